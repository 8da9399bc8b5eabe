export default {
  title: 'Kérdőív – {{provider}}',
  consent: {
    hosted: 'A kérdőív tárhelyszolgáltatója: {{provider}} ({{host}}).',
    selfHosted: 'A kérdőív a(z) {{provider}} szoftverrel fut a(z) {{host}} szerveren.',
    unknown: 'A kérdőív egy másik webhelyen található: {{host}}.',
    shares:
      'Ha itt betölti, {{receiver}} megkapja az IP-címét, és sütiket helyezhet el a böngészőjében. Amíg nem dönt, onnan semmi sem töltődik be.',
    privacy: 'Adatvédelmi szabályzat: {{provider}}',
    website: 'Weboldal: {{provider}}',
    remember:
      'Ha betölti, ez a böngésző megjegyzi a döntését, és legközelebb azonnal betölti a kérdőíveket innen: {{receiver}}.',
    load: 'A kérdőív betöltése',
    newTab: 'Megnyitás új lapon',
  },
  frame: {
    newTab: 'A kérdőív megnyitása új lapon',
    forget: 'Döntésem elfelejtése: {{receiver}}',
    notSaved: 'Döntését nem sikerült menteni ebben a böngészőben: legközelebb újra megkérdezzük.',
  },
  error: {
    noSrc: 'A kérdőív nem jeleníthető meg: hiányzik a címe (az src attribútum).',
    unsafe: 'A kérdőív nem jeleníthető meg: „{{src}}” nem https:// vagy http:// kezdetű webcím.',
  },
};

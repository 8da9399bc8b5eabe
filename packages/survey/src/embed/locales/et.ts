export default {
  title: 'Küsitlus: {{provider}}',
  consent: {
    hosted: 'Seda küsitlust majutab {{provider}} ({{host}}).',
    selfHosted: 'See küsitlus töötab tarkvaraga {{provider}} serveris {{host}}.',
    unknown: 'See küsitlus on teisel veebisaidil: {{host}}.',
    shares:
      'Kui laadite selle siia, saab {{receiver}} teie IP-aadressi ja võib teie brauserisse küpsiseid salvestada. Sealt ei laadita midagi enne, kui olete valiku teinud.',
    privacy: 'Loe privaatsuspoliitikat: {{provider}}',
    website: 'Külasta veebisaiti: {{provider}}',
    remember:
      'Kui laadite selle, jätab see brauser teie valiku meelde ja laadib järgmisel korral küsitlused kohe: {{receiver}}.',
    load: 'Laadi küsitlus',
    newTab: 'Ava uuel vahekaardil',
  },
  frame: {
    newTab: 'Ava küsitlus uuel vahekaardil',
    forget: 'Unusta minu valik: {{receiver}}',
    notSaved: 'Teie valikut ei õnnestunud selles brauseris salvestada: järgmisel korral küsitakse uuesti.',
  },
  error: {
    noSrc: 'Küsitlust ei saa näidata: selle aadress puudub (atribuut src).',
    unsafe: 'Küsitlust ei saa näidata: „{{src}}” ei ole veebiaadress, mis algab https:// või http://.',
  },
};

export default {
  title: 'Vprašalnik na {{provider}}',
  consent: {
    hosted: 'Ta vprašalnik gosti {{provider}} ({{host}}).',
    selfHosted: 'Ta vprašalnik teče na {{provider}}, na strežniku {{host}}.',
    unknown: 'Ta vprašalnik je na drugem spletnem mestu: {{host}}.',
    shares:
      'Če ga naložite tukaj, bo {{receiver}} prejel vaš naslov IP in lahko v vaš brskalnik shrani piškotke. Dokler se ne odločite, se od tam ne naloži nič.',
    privacy: 'Preberite pravilnik o zasebnosti: {{provider}}',
    website: 'Obiščite spletno stran: {{provider}}',
    remember:
      'Če ga naložite, si bo ta brskalnik zapomnil vašo izbiro in naslednjič takoj naložil vprašalnike z {{receiver}}.',
    load: 'Naloži vprašalnik',
    newTab: 'Odpri v novem zavihku',
  },
  frame: {
    newTab: 'Odpri vprašalnik v novem zavihku',
    forget: 'Pozabi mojo izbiro za {{receiver}}',
    notSaved: 'Vaše izbire ni bilo mogoče shraniti v tem brskalniku: naslednjič vas bomo vprašali znova.',
  },
  error: {
    noSrc: 'Vprašalnika ni mogoče prikazati: manjka njegov naslov (atribut src).',
    unsafe: 'Vprašalnika ni mogoče prikazati: »{{src}}« ni spletni naslov, ki se začne s https:// ali http://.',
  },
};

export default {
  loading: 'Kargatzen…',
  empty: 'Oraindik ez dago erakusteko ezer.',
  error: {
    rootPath: 'Datuak',
    missing: 'Falta da: {{path}}.',
    type: '{{path}}: {{expected}} izan behar luke, baina {{received}} da.',
    invalid: '{{path}} ez da baliozkoa: {{expected}} espero zen, eta {{received}} jaso da.',
    more_one: 'Beste arazo {{count}} dago.',
    more_other: 'Beste {{count}} arazo daude.',
    network: 'Ezin izan da kargatu: {{url}}. Egiaztatu helbidea eta konexioa.',
    http: 'Ezin izan da kargatu: {{url}}. Zerbitzariaren erantzuna: {{status}}.',
    timeout: 'Luzeegi jo du kargatzeak: {{url}}.',
    json: 'Iturri honetako datuak ez dira JSON baliozkoa: {{source}} ({{detail}}).',
    inlineSource: 'elementuaren barruko scripta',
    defaultContent: 'Ezin izan da kargatu edukia lehenetsia.',
    unexpected: 'Zerbait gaizki joan da eduki hau erakustean ({{detail}}).',
  },
  storage: {
    quota: 'Nabigatzailearen biltegia beteta dago; beraz, ezin izan da gailu honetan gorde.',
    unavailable: 'Zure nabigatzaileak ez dio orri honi ezer gordetzen uzten gailu honetan.',
  },
};

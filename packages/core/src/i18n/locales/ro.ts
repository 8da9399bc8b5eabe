export default {
  loading: 'Se încarcă…',
  empty: 'Nu există încă nimic de afișat.',
  error: {
    rootPath: 'Datele',
    missing: '{{path}} lipsește.',
    type: '{{path}} ar trebui să fie {{expected}}, dar este {{received}}.',
    invalid: '{{path}} nu este valid: se aștepta {{expected}}, s-a primit {{received}}.',
    more_one: 'Mai există {{count}} problemă.',
    more_few: 'Mai există {{count}} probleme.',
    more_other: 'Mai există {{count}} de probleme.',
    network: '{{url}} nu a putut fi încărcat. Verificați adresa și conexiunea.',
    http: '{{url}} nu a putut fi încărcat: serverul a răspuns {{status}}.',
    timeout: 'Încărcarea {{url}} a durat prea mult.',
    json: 'Datele din {{source}} nu sunt JSON valid ({{detail}}).',
    inlineSource: 'scriptul din interiorul elementului',
    defaultContent: 'Conținutul implicit nu a putut fi încărcat.',
    unexpected: 'A apărut o eroare la afișarea acestui conținut ({{detail}}).',
  },
  storage: {
    quota: 'Spațiul de stocare al browserului este plin, așa că acest lucru nu a putut fi salvat pe acest dispozitiv.',
    unavailable: 'Browserul dumneavoastră nu permite acestei pagini să salveze nimic pe acest dispozitiv.',
  },
};

export default {
  map: {
    label: 'Mappa dei luoghi',
    instructions:
      'I tasti freccia spostano la mappa, + e − regolano lo zoom. Con Tab raggiungi ogni luogo o gruppo di luoghi.',
    zoomIn: 'Ingrandisci',
    zoomOut: 'Riduci',
    reset: 'Mostra tutto',
    fullscreen: 'Schermo intero',
    twoFingers: 'Usa due dita per spostare la mappa.',
    cluster_one: '{{count}} luogo qui: ingrandisci per vederlo',
    cluster_many: '{{count}} luoghi qui: ingrandisci per vederli',
    cluster_other: '{{count}} luoghi qui: ingrandisci per vederli',
    stop: 'Tappa {{number}}: {{name}}',
    attribution: 'Dati cartografici: {{source}}',
  },
  view: {
    label: 'Mostra come',
    map: 'Mappa',
    list: 'Elenco',
  },
  filters: {
    label: 'Filtra i luoghi',
    kinds: 'Tipi di luogo',
    country: 'Paese',
    allCountries: 'Tutti i paesi',
    search: 'Cerca per nome',
  },
  kind: {
    partner: 'Partner',
    meeting: 'Incontro',
    member: 'Membro',
    cooperative: 'Cooperativa',
  },
  list: {
    caption: 'Luoghi',
    name: 'Nome',
    kind: 'Tipo',
    city: 'Città',
    country: 'Paese',
    date: 'Data',
    noLocation: 'Nessuna posizione utilizzabile',
  },
  count_one: '{{number}} luogo visualizzato.',
  count_many: '{{number}} luoghi visualizzati.',
  count_other: '{{number}} luoghi visualizzati.',
  unlocated_one: '{{number}} di questi compare solo nell’elenco, perché la sua posizione non è nota.',
  unlocated_many: '{{number}} di questi compaiono solo nell’elenco, perché la loro posizione non è nota.',
  unlocated_other: '{{number}} di questi compaiono solo nell’elenco, perché la loro posizione non è nota.',
  approximate_one: '{{number}} è collocato solo al centro della sua regione o del suo paese.',
  approximate_many: '{{number}} sono collocati solo al centro della loro regione o del loro paese.',
  approximate_other: '{{number}} sono collocati solo al centro della loro regione o del loro paese.',
  repeatedIds_one: '{{number}} luogo aveva lo stesso identificativo di un altro: ne ha ricevuto uno proprio.',
  repeatedIds_many:
    '{{number}} luoghi avevano lo stesso identificativo di un altro: ognuno ne ha ricevuto uno proprio.',
  repeatedIds_other:
    '{{number}} luoghi avevano lo stesso identificativo di un altro: ognuno ne ha ricevuto uno proprio.',
  precision: {
    approximate: 'posizione approssimativa',
  },
  details: {
    close: 'Chiudi i dettagli',
    website: 'Sito web',
    address: 'Indirizzo',
    themes: 'Temi',
  },
  error: {
    format:
      'Questi dati non sono luoghi che la mappa sa leggere: accetta GeoJSON, esportazioni di uMap, GoGoCarto e Transiscope, e CSV con colonne di latitudine e longitudine.',
    notFeature:
      '{{path}} non può essere letto come un luogo: un luogo è un oggetto con una geometria e delle proprietà.',
    csvColumns: 'Il CSV non ha colonne di latitudine e longitudine. Le sue colonne sono: {{columns}}.',
    csvQuote: 'Il CSV apre delle virgolette alla riga {{line}} e non le chiude mai.',
  },
  empty: 'Non ci sono ancora luoghi da mostrare.',
};

export default {
  map: {
    label: 'Mappa dei luoghi',
    instructions:
      'I tasti freccia spostano la mappa, + e − regolano lo zoom. Con Tab raggiungi ogni luogo o gruppo di luoghi.',
    zoomIn: 'Ingrandisci',
    zoomOut: 'Riduci',
    reset: 'Mostra tutto',
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
  unlocated_one: '{{count}} luogo non ha una posizione utilizzabile: compare solo nell’elenco.',
  unlocated_many: '{{count}} luoghi non hanno una posizione utilizzabile: compaiono solo nell’elenco.',
  unlocated_other: '{{count}} luoghi non hanno una posizione utilizzabile: compaiono solo nell’elenco.',
  details: {
    close: 'Chiudi i dettagli',
    website: 'Sito web',
    themes: 'Temi',
  },
  error: {
    duplicateId:
      'Ogni luogo deve avere un proprio identificativo, ma questi sono usati più di una volta: {{received}}.',
  },
  empty: 'Non ci sono ancora luoghi da mostrare.',
};

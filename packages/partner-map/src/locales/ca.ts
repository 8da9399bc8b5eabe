export default {
  map: {
    label: 'Mapa dels llocs',
    instructions:
      'Les tecles de fletxa desplacen el mapa; les tecles + i − l’apropen o l’allunyen. La tecla Tab permet arribar a cada lloc o grup de llocs.',
    zoomIn: 'Apropar',
    zoomOut: 'Allunyar',
    reset: 'Mostrar-ho tot',
    cluster_one: '{{count}} lloc aquí: apropeu el mapa per veure’l',
    cluster_many: '{{count}} llocs aquí: apropeu el mapa per veure’ls',
    cluster_other: '{{count}} llocs aquí: apropeu el mapa per veure’ls',
    stop: 'Etapa {{number}}: {{name}}',
    attribution: 'Dades del mapa: {{source}}',
  },
  view: {
    label: 'Mostrar com a',
    map: 'Mapa',
    list: 'Llista',
  },
  filters: {
    label: 'Filtrar els llocs',
    kinds: 'Tipus de lloc',
    country: 'País',
    allCountries: 'Tots els països',
    search: 'Cercar per nom',
  },
  kind: {
    partner: 'Soci',
    meeting: 'Reunió',
    member: 'Membre',
  },
  list: {
    caption: 'Llocs',
    name: 'Nom',
    kind: 'Tipus',
    city: 'Ciutat',
    country: 'País',
    date: 'Data',
    noLocation: 'Sense ubicació utilitzable',
  },
  count_one: '{{number}} lloc mostrat.',
  count_many: '{{number}} llocs mostrats.',
  count_other: '{{number}} llocs mostrats.',
  unlocated_one: '{{count}} lloc no té cap ubicació utilitzable: només apareix a la llista.',
  unlocated_many: '{{count}} llocs no tenen cap ubicació utilitzable: només apareixen a la llista.',
  unlocated_other: '{{count}} llocs no tenen cap ubicació utilitzable: només apareixen a la llista.',
  details: {
    close: 'Tancar els detalls',
    website: 'Lloc web',
    themes: 'Temes',
  },
  error: {
    duplicateId:
      'Cada lloc necessita el seu propi identificador, però aquests s’utilitzen més d’una vegada: {{received}}.',
  },
  empty: 'Encara no hi ha llocs per mostrar.',
};

export default {
  map: {
    label: 'Mapa dos lugares',
    instructions:
      'As frechas moven o mapa; + e − achegan e afastan. A tecla Tab leva a cada lugar ou grupo de lugares.',
    zoomIn: 'Achegar',
    zoomOut: 'Afastar',
    reset: 'Amosar todo',
    cluster_one: '{{count}} lugar aquí: achegue',
    cluster_other: '{{count}} lugares aquí: achegue',
    stop: 'Parada {{number}}: {{name}}',
    attribution: 'Datos do mapa: {{source}}',
  },
  view: {
    label: 'Amosar como',
    map: 'Mapa',
    list: 'Lista',
  },
  filters: {
    label: 'Filtrar os lugares',
    kinds: 'Tipos de lugar',
    country: 'País',
    allCountries: 'Todos os países',
    search: 'Buscar polo nome',
  },
  kind: {
    partner: 'Socio',
    meeting: 'Encontro',
    member: 'Membro',
  },
  list: {
    caption: 'Lugares',
    name: 'Nome',
    kind: 'Tipo',
    city: 'Cidade',
    country: 'País',
    date: 'Data',
    noLocation: 'Sen localización utilizable',
  },
  count_one: '{{number}} lugar amosado.',
  count_other: '{{number}} lugares amosados.',
  unlocated_one: '{{count}} lugar non ten localización utilizable: só está na lista.',
  unlocated_other: '{{count}} lugares non teñen localización utilizable: só están na lista.',
  details: {
    close: 'Pechar os detalles',
    website: 'Sitio web',
    themes: 'Temas',
  },
  error: {
    duplicateId: 'Cada lugar necesita o seu propio identificador, pero estes úsanse máis dunha vez: {{received}}.',
  },
  empty: 'Aínda non hai lugares que amosar.',
};

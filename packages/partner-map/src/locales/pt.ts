export default {
  map: {
    label: 'Mapa dos locais',
    instructions:
      'As teclas de seta deslocam o mapa; as teclas + e − aproximam-no ou afastam-no. A tecla Tab permite chegar a cada local ou grupo de locais.',
    zoomIn: 'Aproximar',
    zoomOut: 'Afastar',
    reset: 'Mostrar tudo',
    cluster_one: '{{count}} local aqui: aproxime o mapa para o ver',
    cluster_many: '{{count}} locais aqui: aproxime o mapa para os ver',
    cluster_other: '{{count}} locais aqui: aproxime o mapa para os ver',
    stop: 'Etapa {{number}}: {{name}}',
    attribution: 'Dados do mapa: {{source}}',
  },
  view: {
    label: 'Mostrar como',
    map: 'Mapa',
    list: 'Lista',
  },
  filters: {
    label: 'Filtrar os locais',
    kinds: 'Tipos de local',
    country: 'País',
    allCountries: 'Todos os países',
    search: 'Pesquisar por nome',
  },
  kind: {
    partner: 'Parceiro',
    meeting: 'Reunião',
    member: 'Membro',
  },
  list: {
    caption: 'Locais',
    name: 'Nome',
    kind: 'Tipo',
    city: 'Cidade',
    country: 'País',
    date: 'Data',
    noLocation: 'Sem localização utilizável',
  },
  count_one: '{{number}} local apresentado.',
  count_many: '{{number}} locais apresentados.',
  count_other: '{{number}} locais apresentados.',
  unlocated_one: '{{count}} local não tem uma localização utilizável: aparece apenas na lista.',
  unlocated_many: '{{count}} locais não têm uma localização utilizável: aparecem apenas na lista.',
  unlocated_other: '{{count}} locais não têm uma localização utilizável: aparecem apenas na lista.',
  details: {
    close: 'Fechar os detalhes',
    website: 'Sítio web',
    themes: 'Temas',
  },
  error: {
    duplicateId:
      'Cada local precisa do seu próprio identificador, mas estes são usados mais do que uma vez: {{received}}.',
  },
  empty: 'Ainda não há locais para mostrar.',
};

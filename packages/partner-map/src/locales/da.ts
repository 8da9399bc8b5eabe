export default {
  map: {
    label: 'Kort over stederne',
    instructions:
      'Piletasterne flytter kortet, + og − zoomer. Med Tab kommer du til hvert sted eller hver gruppe af steder.',
    zoomIn: 'Zoom ind',
    zoomOut: 'Zoom ud',
    reset: 'Vis alle',
    cluster_one: '{{count}} sted her: zoom ind',
    cluster_other: '{{count}} steder her: zoom ind',
    stop: 'Stop {{number}}: {{name}}',
    attribution: 'Kortdata: {{source}}',
  },
  view: {
    label: 'Vis som',
    map: 'Kort',
    list: 'Liste',
  },
  filters: {
    label: 'Filtrér stederne',
    kinds: 'Typer af steder',
    country: 'Land',
    allCountries: 'Alle lande',
    search: 'Søg efter navn',
  },
  kind: {
    partner: 'Partner',
    meeting: 'Møde',
    member: 'Medlem',
  },
  list: {
    caption: 'Steder',
    name: 'Navn',
    kind: 'Type',
    city: 'By',
    country: 'Land',
    date: 'Dato',
    noLocation: 'Ingen brugbar placering',
  },
  count_one: '{{number}} sted vist.',
  count_other: '{{number}} steder vist.',
  unlocated_one: '{{count}} sted har ingen brugbar placering: det findes kun i listen.',
  unlocated_other: '{{count}} steder har ingen brugbar placering: de findes kun i listen.',
  details: {
    close: 'Luk detaljerne',
    website: 'Websted',
    themes: 'Temaer',
  },
  error: {
    duplicateId: 'Hvert sted skal have sit eget id, men disse bruges mere end én gang: {{received}}.',
  },
  empty: 'Der er ingen steder at vise endnu.',
};

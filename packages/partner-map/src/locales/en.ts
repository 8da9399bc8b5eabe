// English strings of <devisus-partner-map>: the source of every other locale.
export default {
  map: {
    label: 'Map of the places',
    instructions: 'Arrow keys move the map, + and − zoom. Tab reaches each place or group of places.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Show all',
    cluster_one: '{{count}} place here: zoom in',
    cluster_other: '{{count}} places here: zoom in',
    stop: 'Stop {{number}}: {{name}}',
    attribution: 'Map data: {{source}}',
  },
  view: {
    label: 'Show as',
    map: 'Map',
    list: 'List',
  },
  filters: {
    label: 'Filter the places',
    kinds: 'Kinds of place',
    country: 'Country',
    allCountries: 'All countries',
    search: 'Search by name',
  },
  kind: {
    partner: 'Partner',
    meeting: 'Meeting',
    member: 'Member',
  },
  list: {
    caption: 'Places',
    name: 'Name',
    kind: 'Kind',
    city: 'City',
    country: 'Country',
    date: 'Date',
    noLocation: 'No usable location',
  },
  count_one: '{{number}} place shown.',
  count_other: '{{number}} places shown.',
  unlocated_one: '{{count}} place has no usable location: it is in the list only.',
  unlocated_other: '{{count}} places have no usable location: they are in the list only.',
  details: {
    close: 'Close the details',
    website: 'Website',
    themes: 'Themes',
  },
  error: {
    duplicateId: 'Each place needs its own id, but these are used more than once: {{received}}.',
  },
  empty: 'There are no places to show yet.',
};

export default {
  map: {
    label: 'Harta locurilor',
    instructions:
      'Tastele săgeți mută harta, + și − măresc și micșorează. Tasta Tab ajunge la fiecare loc sau grup de locuri.',
    zoomIn: 'Mărește',
    zoomOut: 'Micșorează',
    reset: 'Arată tot',
    cluster_one: '{{count}} loc aici: măriți',
    cluster_few: '{{count}} locuri aici: măriți',
    cluster_other: '{{count}} de locuri aici: măriți',
    stop: 'Oprirea {{number}}: {{name}}',
    attribution: 'Date cartografice: {{source}}',
  },
  view: {
    label: 'Afișare ca',
    map: 'Hartă',
    list: 'Listă',
  },
  filters: {
    label: 'Filtrați locurile',
    kinds: 'Tipuri de locuri',
    country: 'Țară',
    allCountries: 'Toate țările',
    search: 'Căutare după nume',
  },
  kind: {
    partner: 'Partener',
    meeting: 'Întâlnire',
    member: 'Membru',
  },
  list: {
    caption: 'Locuri',
    name: 'Nume',
    kind: 'Tip',
    city: 'Oraș',
    country: 'Țară',
    date: 'Dată',
    noLocation: 'Fără o localizare utilizabilă',
  },
  count_one: '{{number}} loc afișat.',
  count_few: '{{number}} locuri afișate.',
  count_other: '{{number}} de locuri afișate.',
  unlocated_one: '{{count}} loc nu are o localizare utilizabilă: apare doar în listă.',
  unlocated_few: '{{count}} locuri nu au o localizare utilizabilă: apar doar în listă.',
  unlocated_other: '{{count}} de locuri nu au o localizare utilizabilă: apar doar în listă.',
  details: {
    close: 'Închideți detaliile',
    website: 'Site web',
    themes: 'Teme',
  },
  error: {
    duplicateId:
      'Fiecare loc are nevoie de propriul identificator, dar aceștia sunt folosiți de mai multe ori: {{received}}.',
  },
  empty: 'Nu există încă locuri de afișat.',
};

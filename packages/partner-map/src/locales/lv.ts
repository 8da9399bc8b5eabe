export default {
  map: {
    label: 'Vietu karte',
    instructions:
      'Bultiņu taustiņi pārvieto karti, + un − tuvina un tālina. Ar tabulēšanas taustiņu var piekļūt katrai vietai vai vietu grupai.',
    zoomIn: 'Tuvināt',
    zoomOut: 'Tālināt',
    reset: 'Rādīt visu',
    cluster_zero: 'Šeit ir {{count}} vietas: tuviniet',
    cluster_one: 'Šeit ir {{count}} vieta: tuviniet',
    cluster_other: 'Šeit ir {{count}} vietas: tuviniet',
    stop: 'Pietura {{number}}: {{name}}',
    attribution: 'Kartes dati: {{source}}',
  },
  view: {
    label: 'Rādīt kā',
    map: 'Karte',
    list: 'Saraksts',
  },
  filters: {
    label: 'Filtrēt vietas',
    kinds: 'Vietu veidi',
    country: 'Valsts',
    allCountries: 'Visas valstis',
    search: 'Meklēt pēc nosaukuma',
  },
  kind: {
    partner: 'Partneris',
    meeting: 'Sanāksme',
    member: 'Biedrs',
  },
  list: {
    caption: 'Vietas',
    name: 'Nosaukums',
    kind: 'Veids',
    city: 'Pilsēta',
    country: 'Valsts',
    date: 'Datums',
    noLocation: 'Nav izmantojamas atrašanās vietas',
  },
  count_zero: 'Rādītas {{number}} vietas.',
  count_one: 'Rādīta {{number}} vieta.',
  count_other: 'Rādītas {{number}} vietas.',
  unlocated_zero: '{{count}} vietām nav izmantojamas atrašanās vietas: tās ir tikai sarakstā.',
  unlocated_one: '{{count}} vietai nav izmantojamas atrašanās vietas: tā ir tikai sarakstā.',
  unlocated_other: '{{count}} vietām nav izmantojamas atrašanās vietas: tās ir tikai sarakstā.',
  details: {
    close: 'Aizvērt informāciju',
    website: 'Tīmekļa vietne',
    themes: 'Tēmas',
  },
  error: {
    duplicateId:
      'Katrai vietai vajadzīgs savs identifikators, taču šie ir izmantoti vairāk nekā vienreiz: {{received}}.',
  },
  empty: 'Vēl nav vietu, ko rādīt.',
};

export default {
  map: {
    label: 'Kaart van de locaties',
    instructions:
      'Met de pijltjestoetsen verplaats je de kaart, met + en − zoom je in en uit. Met Tab bereik je elke locatie of groep locaties.',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    reset: 'Alles tonen',
    cluster_one: '{{count}} locatie hier: zoom in',
    cluster_other: '{{count}} locaties hier: zoom in',
    stop: 'Etappe {{number}}: {{name}}',
    attribution: 'Kaartgegevens: {{source}}',
  },
  view: {
    label: 'Weergeven als',
    map: 'Kaart',
    list: 'Lijst',
  },
  filters: {
    label: 'De locaties filteren',
    kinds: 'Soorten locaties',
    country: 'Land',
    allCountries: 'Alle landen',
    search: 'Zoeken op naam',
  },
  kind: {
    partner: 'Partner',
    meeting: 'Bijeenkomst',
    member: 'Lid',
  },
  list: {
    caption: 'Locaties',
    name: 'Naam',
    kind: 'Soort',
    city: 'Stad',
    country: 'Land',
    date: 'Datum',
    noLocation: 'Geen bruikbare locatiegegevens',
  },
  count_one: '{{number}} locatie getoond.',
  count_other: '{{number}} locaties getoond.',
  unlocated_one: '{{count}} locatie heeft geen bruikbare locatiegegevens: die staat alleen in de lijst.',
  unlocated_other: '{{count}} locaties hebben geen bruikbare locatiegegevens: ze staan alleen in de lijst.',
  details: {
    close: 'De details sluiten',
    website: 'Website',
    themes: 'Thema’s',
  },
  error: {
    duplicateId: 'Elke locatie heeft een eigen id nodig, maar deze worden meer dan één keer gebruikt: {{received}}.',
  },
  empty: 'Er zijn nog geen locaties om te tonen.',
};

export default {
  map: {
    label: 'Kaart van de locaties',
    instructions:
      'Met de pijltjestoetsen verplaats je de kaart, met + en − zoom je in en uit. Met Tab bereik je elke locatie of groep locaties.',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    reset: 'Alles tonen',
    fullscreen: 'Volledig scherm',
    twoFingers: 'Gebruik twee vingers om de kaart te verplaatsen.',
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
    cooperative: 'Coöperatie',
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
  unlocated_one: '{{number}} daarvan staat alleen in de lijst, omdat de locatie niet bekend is.',
  unlocated_other: '{{number}} daarvan staan alleen in de lijst, omdat hun locatie niet bekend is.',
  approximate_one: '{{number}} staat alleen in het midden van de eigen regio of het eigen land.',
  approximate_other: '{{number}} staan alleen in het midden van hun regio of land.',
  repeatedIds_one: '{{number}} locatie had dezelfde id als een andere: die kreeg een eigen id.',
  repeatedIds_other: '{{number}} locaties hadden dezelfde id als een andere: elk kreeg een eigen id.',
  precision: {
    approximate: 'bij benadering',
  },
  details: {
    close: 'De details sluiten',
    website: 'Website',
    address: 'Adres',
    themes: 'Thema’s',
  },
  error: {
    format:
      'Deze gegevens zijn geen locaties die de kaart kan lezen: ze leest GeoJSON, exports van uMap, GoGoCarto en Transiscope, en CSV met kolommen voor breedte- en lengtegraad.',
    notFeature:
      '{{path}} kan niet als locatie worden gelezen: een locatie is een object met een geometrie en eigenschappen.',
    csvColumns: 'De CSV heeft geen kolommen voor breedte- en lengtegraad. De kolommen zijn: {{columns}}.',
    csvQuote: 'De CSV opent op regel {{line}} een aanhalingsteken en sluit het nooit.',
  },
  empty: 'Er zijn nog geen locaties om te tonen.',
};

export default {
  map: {
    label: 'Karte der Orte',
    instructions:
      'Mit den Pfeiltasten verschieben Sie die Karte, mit + und − zoomen Sie. Mit der Tabulatortaste erreichen Sie jeden Ort und jede Gruppe von Orten.',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    reset: 'Alles anzeigen',
    cluster_one: '{{count}} Ort hier: zum Anzeigen hineinzoomen',
    cluster_other: '{{count}} Orte hier: zum Anzeigen hineinzoomen',
    stop: 'Station {{number}}: {{name}}',
    attribution: 'Kartendaten: {{source}}',
  },
  view: {
    label: 'Anzeigen als',
    map: 'Karte',
    list: 'Liste',
  },
  filters: {
    label: 'Orte filtern',
    kinds: 'Arten von Orten',
    country: 'Land',
    allCountries: 'Alle Länder',
    search: 'Nach Namen suchen',
  },
  kind: {
    partner: 'Partner',
    meeting: 'Treffen',
    member: 'Mitglied',
  },
  list: {
    caption: 'Orte',
    name: 'Name',
    kind: 'Art',
    city: 'Stadt',
    country: 'Land',
    date: 'Datum',
    noLocation: 'Kein verwendbarer Standort',
  },
  count_one: '{{number}} Ort angezeigt.',
  count_other: '{{number}} Orte angezeigt.',
  unlocated_one: '{{count}} Ort hat keinen verwendbaren Standort: Er steht nur in der Liste.',
  unlocated_other: '{{count}} Orte haben keinen verwendbaren Standort: Sie stehen nur in der Liste.',
  details: {
    close: 'Details schließen',
    website: 'Website',
    themes: 'Themen',
  },
  error: {
    duplicateId: 'Jeder Ort braucht eine eigene ID, diese werden aber mehrfach verwendet: {{received}}.',
  },
  empty: 'Es gibt noch keine Orte zum Anzeigen.',
};

export default {
  map: {
    label: 'A helyszínek térképe',
    instructions:
      'A nyílbillentyűk mozgatják a térképet, a + és a − nagyít és kicsinyít. A Tab billentyűvel minden helyszín és helyszíncsoport elérhető.',
    zoomIn: 'Nagyítás',
    zoomOut: 'Kicsinyítés',
    reset: 'Az összes mutatása',
    cluster_one: '{{count}} helyszín itt: nagyítson',
    cluster_other: '{{count}} helyszín itt: nagyítson',
    stop: '{{number}}. állomás: {{name}}',
    attribution: 'Térképadatok: {{source}}',
  },
  view: {
    label: 'Megjelenítés',
    map: 'Térkép',
    list: 'Lista',
  },
  filters: {
    label: 'A helyszínek szűrése',
    kinds: 'Helyszíntípusok',
    country: 'Ország',
    allCountries: 'Minden ország',
    search: 'Keresés név szerint',
  },
  kind: {
    partner: 'Partner',
    meeting: 'Találkozó',
    member: 'Tag',
  },
  list: {
    caption: 'Helyszínek',
    name: 'Név',
    kind: 'Típus',
    city: 'Település',
    country: 'Ország',
    date: 'Dátum',
    noLocation: 'Nincs használható hely',
  },
  count_one: '{{number}} helyszín látható.',
  count_other: '{{number}} helyszín látható.',
  unlocated_one: '{{count}} helyszínnek nincs használható helye: csak a listában szerepel.',
  unlocated_other: '{{count}} helyszínnek nincs használható helye: csak a listában szerepelnek.',
  details: {
    close: 'A részletek bezárása',
    website: 'Weboldal',
    themes: 'Témák',
  },
  error: {
    duplicateId: 'Minden helyszínnek saját azonosító kell, de ezek többször is szerepelnek: {{received}}.',
  },
  empty: 'Még nincsenek megjeleníthető helyszínek.',
};

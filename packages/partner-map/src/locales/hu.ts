export default {
  map: {
    label: 'A helyszínek térképe',
    instructions:
      'A nyílbillentyűk mozgatják a térképet, a + és a − nagyít és kicsinyít. A Tab billentyűvel minden helyszín és helyszíncsoport elérhető.',
    zoomIn: 'Nagyítás',
    zoomOut: 'Kicsinyítés',
    reset: 'Az összes mutatása',
    fullscreen: 'Teljes képernyő',
    twoFingers: 'A térkép mozgatásához használja két ujját.',
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
    cooperative: 'Szövetkezet',
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
  unlocated_one: 'Közülük {{number}} csak a listában szerepel, mert a helye nem ismert.',
  unlocated_other: 'Közülük {{number}} csak a listában szerepel, mert a helyük nem ismert.',
  approximate_one: '{{number}} csak a régiója vagy az országa közepére kerül.',
  approximate_other: '{{number}} csak a régiója vagy az országa közepére kerül.',
  repeatedIds_one: '{{number}} helyszínnek ugyanaz volt az azonosítója, mint egy másiknak: sajátot kapott.',
  repeatedIds_other: '{{number}} helyszínnek ugyanaz volt az azonosítója, mint egy másiknak: mindegyik sajátot kapott.',
  precision: {
    approximate: 'hozzávetőleges hely',
  },
  details: {
    close: 'A részletek bezárása',
    website: 'Weboldal',
    address: 'Cím',
    themes: 'Témák',
  },
  error: {
    format:
      'Ezek az adatok nem olyan helyszínek, amelyeket a térkép be tud olvasni: GeoJSON-t, uMap-, GoGoCarto- és Transiscope-exportot, valamint szélességi és hosszúsági oszlopokat tartalmazó CSV-t fogad.',
    notFeature:
      '{{path}} nem olvasható be helyszínként: a helyszín geometriával és tulajdonságokkal rendelkező objektum.',
    csvColumns: 'A CSV-ben nincsenek szélességi és hosszúsági oszlopok. Oszlopai: {{columns}}.',
    csvQuote: 'A CSV a(z) {{line}}. sorban idézőjelet nyit, és sehol sem zárja be.',
  },
  empty: 'Még nincsenek megjeleníthető helyszínek.',
};

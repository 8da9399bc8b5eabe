export default {
  map: {
    label: 'Paikkojen kartta',
    instructions:
      'Nuolinäppäimet siirtävät karttaa, + ja − lähentävät ja loitontavat. Sarkaimella pääset jokaiseen paikkaan tai paikkaryhmään.',
    zoomIn: 'Lähennä',
    zoomOut: 'Loitonna',
    reset: 'Näytä kaikki',
    cluster_one: '{{count}} paikka tässä: lähennä',
    cluster_other: '{{count}} paikkaa tässä: lähennä',
    stop: 'Pysähdys {{number}}: {{name}}',
    attribution: 'Karttatiedot: {{source}}',
  },
  view: {
    label: 'Näytä',
    map: 'Kartta',
    list: 'Luettelo',
  },
  filters: {
    label: 'Suodata paikkoja',
    kinds: 'Paikkatyypit',
    country: 'Maa',
    allCountries: 'Kaikki maat',
    search: 'Hae nimellä',
  },
  kind: {
    partner: 'Kumppani',
    meeting: 'Tapaaminen',
    member: 'Jäsen',
  },
  list: {
    caption: 'Paikat',
    name: 'Nimi',
    kind: 'Tyyppi',
    city: 'Kaupunki',
    country: 'Maa',
    date: 'Päivämäärä',
    noLocation: 'Ei käyttökelpoista sijaintia',
  },
  count_one: '{{number}} paikka näytetään.',
  count_other: '{{number}} paikkaa näytetään.',
  unlocated_one: '{{count}} paikalla ei ole käyttökelpoista sijaintia: se on vain luettelossa.',
  unlocated_other: '{{count}} paikalla ei ole käyttökelpoista sijaintia: ne ovat vain luettelossa.',
  details: {
    close: 'Sulje tiedot',
    website: 'Verkkosivusto',
    themes: 'Teemat',
  },
  error: {
    duplicateId: 'Jokainen paikka tarvitsee oman tunnisteen, mutta näitä käytetään useammin kuin kerran: {{received}}.',
  },
  empty: 'Näytettäviä paikkoja ei ole vielä.',
};

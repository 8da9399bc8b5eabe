export default {
  map: {
    label: 'Lekuen mapa',
    instructions:
      'Gezi-teklek mapa mugitzen dute, eta + eta − teklek zooma egiten dute. Tab teklarekin leku edo leku-multzo bakoitzera iristen zara.',
    zoomIn: 'Handiagotu',
    zoomOut: 'Txikiagotu',
    reset: 'Erakutsi dena',
    cluster_one: 'Leku {{count}} hemen: handiagotu',
    cluster_other: '{{count}} leku hemen: handiagotu',
    stop: '{{number}}. geldialdia: {{name}}',
    attribution: 'Maparen datuak: {{source}}',
  },
  view: {
    label: 'Erakutsi honela',
    map: 'Mapa',
    list: 'Zerrenda',
  },
  filters: {
    label: 'Iragazi lekuak',
    kinds: 'Leku motak',
    country: 'Herrialdea',
    allCountries: 'Herrialde guztiak',
    search: 'Bilatu izenaren arabera',
  },
  kind: {
    partner: 'Bazkidea',
    meeting: 'Bilera',
    member: 'Kidea',
  },
  list: {
    caption: 'Lekuak',
    name: 'Izena',
    kind: 'Mota',
    city: 'Herria',
    country: 'Herrialdea',
    date: 'Data',
    noLocation: 'Ez dago kokapen erabilgarririk',
  },
  count_one: 'Leku {{number}} erakusten da.',
  count_other: '{{number}} leku erakusten dira.',
  unlocated_one: 'Leku {{count}}ek ez du kokapen erabilgarririk: zerrendan baino ez dago.',
  unlocated_other: '{{count}} lekuk ez dute kokapen erabilgarririk: zerrendan baino ez daude.',
  details: {
    close: 'Itxi xehetasunak',
    website: 'Webgunea',
    themes: 'Gaiak',
  },
  error: {
    duplicateId:
      'Leku bakoitzak bere identifikatzailea behar du, baina hauek behin baino gehiagotan erabiltzen dira: {{received}}.',
  },
  empty: 'Oraindik ez dago erakusteko lekurik.',
};

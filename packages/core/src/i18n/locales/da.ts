export default {
  loading: 'Indlæser…',
  empty: 'Der er ikke noget at vise endnu.',
  error: {
    rootPath: 'Dataene',
    missing: '{{path}} mangler.',
    type: '{{path}} skal være {{expected}}, men er {{received}}.',
    invalid: '{{path}} er ugyldig: forventede {{expected}}, modtog {{received}}.',
    more_one: 'Der er {{count}} problem mere.',
    more_other: 'Der er {{count}} problemer mere.',
    network: '{{url}} kunne ikke indlæses. Kontrollér adressen og forbindelsen.',
    http: '{{url}} kunne ikke indlæses: serveren svarede {{status}}.',
    timeout: 'Det tog for lang tid at indlæse {{url}}.',
    json: 'Dataene fra {{source}} er ikke gyldig JSON ({{detail}}).',
    inlineSource: 'scriptet inde i elementet',
    defaultContent: 'Standardindholdet kunne ikke indlæses.',
    unexpected: 'Noget gik galt under visningen af dette indhold ({{detail}}).',
  },
  storage: {
    quota: 'Din browsers lager er fuldt, så dette kunne ikke gemmes på denne enhed.',
    unavailable: 'Din browser tillader ikke, at denne side gemmer noget på denne enhed.',
  },
};

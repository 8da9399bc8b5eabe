export default {
  loading: 'S’està carregant…',
  empty: 'Encara no hi ha res a mostrar.',
  error: {
    rootPath: 'Les dades',
    missing: 'Falta {{path}}.',
    type: '{{path}} hauria de ser {{expected}}, però és {{received}}.',
    invalid: '{{path}} no és vàlid: s’esperava {{expected}}, s’ha rebut {{received}}.',
    more_one: 'Hi ha {{count}} problema més.',
    more_many: 'Hi ha {{count}} problemes més.',
    more_other: 'Hi ha {{count}} problemes més.',
    network: 'No s’ha pogut carregar {{url}}. Comproveu l’adreça i la connexió.',
    http: 'No s’ha pogut carregar {{url}}: el servidor ha respost {{status}}.',
    timeout: 'La càrrega de {{url}} ha trigat massa.',
    json: 'Les dades de {{source}} no són JSON vàlid ({{detail}}).',
    inlineSource: 'l’script dins de l’element',
    defaultContent: 'No s’ha pogut carregar el contingut per defecte.',
    unexpected: 'Alguna cosa ha fallat en mostrar aquest contingut ({{detail}}).',
  },
  storage: {
    quota: 'L’emmagatzematge del navegador és ple: no s’ha pogut desar en aquest dispositiu.',
    unavailable: 'El navegador no permet que aquesta pàgina desi res en aquest dispositiu.',
  },
};

export default {
  loading: 'Wird geladen…',
  empty: 'Es gibt noch nichts anzuzeigen.',
  error: {
    rootPath: 'Die Daten',
    missing: '{{path}} fehlt.',
    type: '{{path}} sollte {{expected}} sein, ist aber {{received}}.',
    invalid: '{{path}} ist ungültig: erwartet {{expected}}, erhalten {{received}}.',
    more_one: 'Es gibt {{count}} weiteres Problem.',
    more_other: 'Es gibt {{count}} weitere Probleme.',
    network: '{{url}} konnte nicht geladen werden. Bitte Adresse und Verbindung prüfen.',
    http: '{{url}} konnte nicht geladen werden: Der Server antwortete {{status}}.',
    timeout: 'Das Laden von {{url}} hat zu lange gedauert.',
    json: 'Die Daten aus {{source}} sind kein gültiges JSON ({{detail}}).',
    inlineSource: 'dem Skript im Element',
    defaultContent: 'Die Standardinhalte konnten nicht geladen werden.',
    unexpected: 'Beim Anzeigen dieses Inhalts ist etwas schiefgelaufen ({{detail}}).',
  },
  storage: {
    quota: 'Der Speicher Ihres Browsers ist voll, daher konnte nichts auf diesem Gerät gespeichert werden.',
    unavailable: 'Ihr Browser erlaubt dieser Seite nicht, etwas auf diesem Gerät zu speichern.',
  },
};

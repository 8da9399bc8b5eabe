export default {
  title: 'Umfrage auf {{provider}}',
  consent: {
    hosted: 'Diese Umfrage wird von {{provider}} ({{host}}) bereitgestellt.',
    selfHosted: 'Diese Umfrage läuft mit {{provider}} auf dem Server {{host}}.',
    unknown: 'Diese Umfrage liegt auf einer anderen Website: {{host}}.',
    shares:
      'Wenn Sie sie hier laden, erhält {{receiver}} Ihre IP-Adresse und kann Cookies in Ihrem Browser setzen. Es wird nichts geladen, bevor Sie sich entscheiden.',
    privacy: 'Datenschutzerklärung von {{provider}} lesen',
    website: 'Website von {{provider}} besuchen',
    remember:
      'Wenn Sie sie laden, merkt sich dieser Browser Ihre Wahl und lädt Umfragen von {{receiver}} beim nächsten Mal direkt.',
    load: 'Umfrage laden',
    newTab: 'In neuem Tab öffnen',
  },
  frame: {
    newTab: 'Umfrage in neuem Tab öffnen',
    forget: 'Meine Wahl für {{receiver}} vergessen',
    notSaved:
      'Ihre Wahl konnte in diesem Browser nicht gespeichert werden: Sie werden beim nächsten Mal erneut gefragt.',
  },
  error: {
    noSrc: 'Die Umfrage kann nicht angezeigt werden: Die Adresse fehlt (Attribut src).',
    unsafe:
      'Die Umfrage kann nicht angezeigt werden: „{{src}}“ ist keine Webadresse, die mit https:// oder http:// beginnt.',
  },
};

export default {
  loading: 'Chargement…',
  empty: 'Il n’y a rien à afficher pour l’instant.',
  error: {
    rootPath: 'Les données',
    missing: '{{path}} est absent.',
    type: '{{path}} devrait être {{expected}}, mais vaut {{received}}.',
    invalid: '{{path}} n’est pas valide : attendu {{expected}}, reçu {{received}}.',
    more_one: 'Il y a {{count}} autre problème.',
    more_many: 'Il y a {{count}} autres problèmes.',
    more_other: 'Il y a {{count}} autres problèmes.',
    network: 'Impossible de charger {{url}}. Vérifiez l’adresse et la connexion.',
    http: 'Impossible de charger {{url}} : le serveur a répondu {{status}}.',
    timeout: 'Le chargement de {{url}} a pris trop de temps.',
    json: 'Les données de {{source}} ne sont pas du JSON valide ({{detail}}).',
    inlineSource: 'le script placé dans l’élément',
    defaultContent: 'Le contenu par défaut n’a pas pu être chargé.',
    unexpected: 'Un problème est survenu à l’affichage de ce contenu ({{detail}}).',
  },
  storage: {
    quota: 'Le stockage de votre navigateur est plein : impossible d’enregistrer sur cet appareil.',
    unavailable: 'Votre navigateur ne permet pas à cette page d’enregistrer quoi que ce soit sur cet appareil.',
  },
};

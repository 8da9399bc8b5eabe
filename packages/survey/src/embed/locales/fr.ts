export default {
  title: 'Questionnaire sur {{provider}}',
  consent: {
    hosted: 'Ce questionnaire est hébergé par {{provider}} ({{host}}).',
    selfHosted: 'Ce questionnaire fonctionne avec {{provider}}, sur le serveur {{host}}.',
    unknown: 'Ce questionnaire se trouve sur un autre site : {{host}}.',
    shares:
      'Si vous le chargez ici, {{receiver}} recevra votre adresse IP et pourra déposer des cookies dans votre navigateur. Rien n’est chargé depuis ce site tant que vous n’avez pas choisi.',
    privacy: 'Lire la politique de confidentialité de {{provider}}',
    website: 'Consulter le site de {{provider}}',
    remember:
      'Si vous le chargez, ce navigateur retiendra votre choix et chargera directement les questionnaires de {{receiver}} la prochaine fois.',
    load: 'Charger le questionnaire',
    newTab: 'Ouvrir dans un nouvel onglet',
  },
  frame: {
    newTab: 'Ouvrir le questionnaire dans un nouvel onglet',
    forget: 'Oublier mon choix pour {{receiver}}',
    notSaved:
      'Votre choix n’a pas pu être enregistré dans ce navigateur : la question vous sera de nouveau posée la prochaine fois.',
  },
  error: {
    noSrc: 'Le questionnaire ne peut pas être affiché : son adresse manque (l’attribut src).',
    unsafe:
      'Le questionnaire ne peut pas être affiché : « {{src}} » n’est pas une adresse web commençant par https :// ou http://.',
  },
};

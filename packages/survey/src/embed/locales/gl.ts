export default {
  title: 'Enquisa en {{provider}}',
  consent: {
    hosted: 'Esta enquisa está aloxada en {{provider}} ({{host}}).',
    selfHosted: 'Esta enquisa funciona con {{provider}}, no servidor {{host}}.',
    unknown: 'Esta enquisa está noutro sitio: {{host}}.',
    shares:
      'Se a carga aquí, {{receiver}} recibirá o seu enderezo IP e poderá gardar cookies no seu navegador. Non se carga nada de alí ata que vostede o decida.',
    privacy: 'Ler a política de privacidade de {{provider}}',
    website: 'Visitar o sitio web de {{provider}}',
    remember:
      'Se a carga, este navegador lembrará a súa escolla e a próxima vez cargará directamente as enquisas de {{receiver}}.',
    load: 'Cargar a enquisa',
    newTab: 'Abrir nunha nova lapela',
  },
  frame: {
    newTab: 'Abrir a enquisa nunha nova lapela',
    forget: 'Esquecer a miña escolla para {{receiver}}',
    notSaved: 'Non se puido gardar a súa escolla neste navegador: preguntaráselle de novo a próxima vez.',
  },
  error: {
    noSrc: 'Non se pode amosar a enquisa: falta o seu enderezo (o atributo src).',
    unsafe: 'Non se pode amosar a enquisa: «{{src}}» non é un enderezo web que comece por https:// ou http://.',
  },
};

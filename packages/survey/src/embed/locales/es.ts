export default {
  title: 'Encuesta en {{provider}}',
  consent: {
    hosted: 'Esta encuesta está alojada en {{provider}} ({{host}}).',
    selfHosted: 'Esta encuesta funciona con {{provider}}, en el servidor {{host}}.',
    unknown: 'Esta encuesta está en otro sitio web: {{host}}.',
    shares:
      'Si la carga aquí, {{receiver}} recibirá su dirección IP y podrá instalar cookies en su navegador. No se carga nada hasta que usted decida.',
    privacy: 'Leer la política de privacidad de {{provider}}',
    website: 'Visitar el sitio web de {{provider}}',
    remember:
      'Si la carga, este navegador recordará su elección y la próxima vez cargará directamente las encuestas de {{receiver}}.',
    load: 'Cargar la encuesta',
    newTab: 'Abrir en una pestaña nueva',
  },
  frame: {
    newTab: 'Abrir la encuesta en una pestaña nueva',
    forget: 'Olvidar mi elección para {{receiver}}',
    notSaved: 'No se ha podido guardar su elección en este navegador: se le volverá a preguntar la próxima vez.',
  },
  error: {
    noSrc: 'No se puede mostrar la encuesta: falta su dirección (el atributo src).',
    unsafe: 'No se puede mostrar la encuesta: «{{src}}» no es una dirección web que empiece por https:// o http://.',
  },
};

export default {
  title: 'Enquesta a {{provider}}',
  consent: {
    hosted: 'Aquesta enquesta està allotjada a {{provider}} ({{host}}).',
    selfHosted: 'Aquesta enquesta funciona amb {{provider}}, al servidor {{host}}.',
    unknown: 'Aquesta enquesta és en un altre lloc web: {{host}}.',
    shares:
      'Si la carregueu aquí, {{receiver}} rebrà la vostra adreça IP i podrà desar galetes al vostre navegador. No es carrega res fins que no ho decidiu.',
    privacy: 'Llegir la política de privadesa de {{provider}}',
    website: 'Visitar el lloc web de {{provider}}',
    remember:
      'Si la carregueu, aquest navegador recordarà la vostra elecció i la propera vegada carregarà directament les enquestes de {{receiver}}.',
    load: 'Carregar l’enquesta',
    newTab: 'Obrir en una pestanya nova',
  },
  frame: {
    newTab: 'Obrir l’enquesta en una pestanya nova',
    forget: 'Oblidar la meva elecció per a {{receiver}}',
    notSaved: 'No s’ha pogut desar la vostra elecció en aquest navegador: se us tornarà a preguntar la propera vegada.',
  },
  error: {
    noSrc: 'No es pot mostrar l’enquesta: falta la seva adreça (l’atribut src).',
    unsafe: 'No es pot mostrar l’enquesta: «{{src}}» no és una adreça web que comenci per https:// o http://.',
  },
};

export default {
  title: 'Questionário em {{provider}}',
  consent: {
    hosted: 'Este questionário está alojado em {{provider}} ({{host}}).',
    selfHosted: 'Este questionário funciona com {{provider}}, no servidor {{host}}.',
    unknown: 'Este questionário está noutro site: {{host}}.',
    shares:
      'Se o carregar aqui, {{receiver}} receberá o seu endereço IP e poderá guardar cookies no seu navegador. Nada é carregado até que escolha.',
    privacy: 'Ler a política de privacidade de {{provider}}',
    website: 'Visitar o site de {{provider}}',
    remember:
      'Se o carregar, este navegador lembrará a sua escolha e, da próxima vez, carregará diretamente os questionários de {{receiver}}.',
    load: 'Carregar o questionário',
    newTab: 'Abrir num novo separador',
  },
  frame: {
    newTab: 'Abrir o questionário num novo separador',
    forget: 'Esquecer a minha escolha para {{receiver}}',
    notSaved: 'Não foi possível guardar a sua escolha neste navegador: da próxima vez, voltaremos a perguntar-lhe.',
  },
  error: {
    noSrc: 'Não é possível mostrar o questionário: falta o seu endereço (o atributo src).',
    unsafe:
      'Não é possível mostrar o questionário: «{{src}}» não é um endereço web que comece por https:// ou http://.',
  },
};

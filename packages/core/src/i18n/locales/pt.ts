export default {
  loading: 'A carregar…',
  empty: 'Ainda não há nada para mostrar.',
  error: {
    rootPath: 'Os dados',
    missing: '{{path}} está em falta.',
    type: '{{path}} deveria ser {{expected}}, mas é {{received}}.',
    invalid: '{{path}} não é válido: esperado {{expected}}, recebido {{received}}.',
    more_one: 'Há mais {{count}} problema.',
    more_many: 'Há mais {{count}} problemas.',
    more_other: 'Há mais {{count}} problemas.',
    network: 'Não foi possível carregar {{url}}. Verifique o endereço e a ligação.',
    http: 'Não foi possível carregar {{url}}: o servidor respondeu {{status}}.',
    timeout: 'O carregamento de {{url}} demorou demasiado.',
    json: 'Os dados de {{source}} não são JSON válido ({{detail}}).',
    inlineSource: 'o script dentro do elemento',
    defaultContent: 'Não foi possível carregar o conteúdo predefinido.',
    unexpected: 'Algo correu mal ao mostrar este conteúdo ({{detail}}).',
  },
  storage: {
    quota: 'O armazenamento do navegador está cheio: não foi possível guardar neste dispositivo.',
    unavailable: 'O seu navegador não permite que esta página guarde nada neste dispositivo.',
  },
};

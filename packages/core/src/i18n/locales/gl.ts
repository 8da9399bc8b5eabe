export default {
  loading: 'Cargando…',
  empty: 'Aínda non hai nada que amosar.',
  error: {
    rootPath: 'Os datos',
    missing: 'Falta {{path}}.',
    type: '{{path}} debería ser {{expected}}, pero é {{received}}.',
    invalid: '{{path}} non é válido: esperábase {{expected}} e recibiuse {{received}}.',
    more_one: 'Hai {{count}} problema máis.',
    more_other: 'Hai {{count}} problemas máis.',
    network: 'Non se puido cargar {{url}}. Comprobe o enderezo e a conexión.',
    http: 'Non se puido cargar {{url}}: o servidor respondeu {{status}}.',
    timeout: 'A carga de {{url}} levou demasiado tempo.',
    json: 'Os datos de {{source}} non son JSON válido ({{detail}}).',
    inlineSource: 'o script dentro do elemento',
    defaultContent: 'Non se puido cargar o contido predeterminado.',
    unexpected: 'Algo fallou ao amosar este contido ({{detail}}).',
  },
  storage: {
    quota: 'O almacenamento do navegador está cheo, así que isto non se puido gardar neste dispositivo.',
    unavailable: 'O seu navegador non permite que esta páxina garde nada neste dispositivo.',
  },
};

export default {
  loading: 'Cargando…',
  empty: 'Todavía no hay nada que mostrar.',
  error: {
    rootPath: 'Los datos',
    missing: 'Falta {{path}}.',
    type: '{{path}} debería ser {{expected}}, pero es {{received}}.',
    invalid: '{{path}} no es válido: se esperaba {{expected}}, se recibió {{received}}.',
    more_one: 'Hay {{count}} problema más.',
    more_many: 'Hay {{count}} problemas más.',
    more_other: 'Hay {{count}} problemas más.',
    network: 'No se pudo cargar {{url}}. Compruebe la dirección y la conexión.',
    http: 'No se pudo cargar {{url}}: el servidor respondió {{status}}.',
    timeout: 'La carga de {{url}} tardó demasiado.',
    json: 'Los datos de {{source}} no son JSON válido ({{detail}}).',
    inlineSource: 'el script dentro del elemento',
    defaultContent: 'No se pudo cargar el contenido predeterminado.',
    unexpected: 'Algo salió mal al mostrar este contenido ({{detail}}).',
  },
  storage: {
    quota: 'El almacenamiento del navegador está lleno: no se pudo guardar en este dispositivo.',
    unavailable: 'Su navegador no permite que esta página guarde nada en este dispositivo.',
  },
};

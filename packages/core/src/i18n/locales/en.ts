// English messages of @devisus/core: the states every element shares. The source of every other locale.
export default {
  loading: 'Loading…',
  empty: 'There is nothing to show yet.',
  error: {
    rootPath: 'The data',
    missing: '{{path}} is missing.',
    type: '{{path}} should be {{expected}}, but it is {{received}}.',
    invalid: '{{path}} is not valid: expected {{expected}}, received {{received}}.',
    more_one: 'There is {{count}} other problem.',
    more_other: 'There are {{count}} other problems.',
    network: 'Could not load {{url}}. Check the address and the connection.',
    http: 'Could not load {{url}}: the server answered {{status}}.',
    timeout: 'Loading {{url}} took too long.',
    json: 'The data from {{source}} is not valid JSON ({{detail}}).',
    inlineSource: 'the script inside the element',
    defaultContent: 'The default content could not be loaded.',
    unexpected: 'Something went wrong while showing this content ({{detail}}).',
  },
  storage: {
    quota: 'Your browser’s storage is full, so this could not be saved on this device.',
    unavailable: 'Your browser does not let this page save anything on this device.',
  },
};

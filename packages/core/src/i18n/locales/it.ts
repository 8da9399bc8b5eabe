export default {
  loading: 'Caricamento…',
  empty: 'Non c’è ancora nulla da mostrare.',
  error: {
    rootPath: 'I dati',
    missing: '{{path}} è mancante.',
    type: '{{path}} dovrebbe essere {{expected}}, ma è {{received}}.',
    invalid: '{{path}} non è valido: atteso {{expected}}, ricevuto {{received}}.',
    more_one: 'C’è {{count}} altro problema.',
    more_many: 'Ci sono altri {{count}} problemi.',
    more_other: 'Ci sono altri {{count}} problemi.',
    network: 'Impossibile caricare {{url}}. Controlla l’indirizzo e la connessione.',
    http: 'Impossibile caricare {{url}}: il server ha risposto {{status}}.',
    timeout: 'Il caricamento di {{url}} ha richiesto troppo tempo.',
    json: 'I dati di {{source}} non sono JSON valido ({{detail}}).',
    inlineSource: 'lo script all’interno dell’elemento',
    defaultContent: 'Non è stato possibile caricare il contenuto predefinito.',
    unexpected: 'Si è verificato un problema nel mostrare questo contenuto ({{detail}}).',
  },
  storage: {
    quota: 'La memoria del browser è piena: non è stato possibile salvare su questo dispositivo.',
    unavailable: 'Il browser non consente a questa pagina di salvare dati su questo dispositivo.',
  },
};

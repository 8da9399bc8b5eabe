export default {
  loading: 'Laden…',
  empty: 'Er is nog niets om te tonen.',
  error: {
    rootPath: 'De gegevens',
    missing: '{{path}} ontbreekt.',
    type: '{{path}} zou {{expected}} moeten zijn, maar is {{received}}.',
    invalid: '{{path}} is ongeldig: verwacht {{expected}}, ontvangen {{received}}.',
    more_one: 'Er is nog {{count}} ander probleem.',
    more_other: 'Er zijn nog {{count}} andere problemen.',
    network: 'Kan {{url}} niet laden. Controleer het adres en de verbinding.',
    http: 'Kan {{url}} niet laden: de server antwoordde {{status}}.',
    timeout: 'Het laden van {{url}} duurde te lang.',
    json: 'De gegevens van {{source}} zijn geen geldige JSON ({{detail}}).',
    inlineSource: 'het script in het element',
    defaultContent: 'De standaardinhoud kon niet worden geladen.',
    unexpected: 'Er ging iets mis bij het tonen van deze inhoud ({{detail}}).',
  },
  storage: {
    quota: 'De opslag van je browser is vol, dus dit kon niet op dit apparaat worden bewaard.',
    unavailable: 'Je browser staat deze pagina niet toe iets op dit apparaat te bewaren.',
  },
};

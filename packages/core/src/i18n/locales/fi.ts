export default {
  loading: 'Ladataan…',
  empty: 'Täällä ei ole vielä mitään näytettävää.',
  error: {
    rootPath: 'Tiedot',
    missing: '{{path}} puuttuu.',
    type: '{{path}}: odotettiin {{expected}}, mutta arvo on {{received}}.',
    invalid: '{{path}} ei kelpaa: odotettiin {{expected}}, saatiin {{received}}.',
    more_one: 'Lisäksi on {{count}} muu ongelma.',
    more_other: 'Lisäksi on {{count}} muuta ongelmaa.',
    network: 'Osoitetta {{url}} ei voitu ladata. Tarkista osoite ja yhteys.',
    http: 'Osoitetta {{url}} ei voitu ladata: palvelin vastasi {{status}}.',
    timeout: 'Osoitteen {{url}} lataaminen kesti liian kauan.',
    json: 'Lähteen {{source}} tiedot eivät ole kelvollista JSONia ({{detail}}).',
    inlineSource: 'elementin sisällä oleva skripti',
    defaultContent: 'Oletussisältöä ei voitu ladata.',
    unexpected: 'Sisällön näyttämisessä tapahtui virhe ({{detail}}).',
  },
  storage: {
    quota: 'Selaimesi tallennustila on täynnä, joten tätä ei voitu tallentaa tälle laitteelle.',
    unavailable: 'Selaimesi ei anna tämän sivun tallentaa mitään tälle laitteelle.',
  },
};

export default {
  loading: 'Učitavanje…',
  empty: 'Još nema ničega za prikaz.',
  error: {
    rootPath: 'Podaci',
    missing: 'Nedostaje {{path}}.',
    type: '{{path}} treba biti {{expected}}, ali je {{received}}.',
    invalid: '{{path}} nije valjano: očekivano {{expected}}, primljeno {{received}}.',
    more_one: 'Postoji još {{count}} problem.',
    more_few: 'Postoje još {{count}} problema.',
    more_other: 'Postoji još {{count}} problema.',
    network: '{{url}} nije moguće učitati. Provjerite adresu i vezu.',
    http: '{{url}} nije moguće učitati: poslužitelj je odgovorio {{status}}.',
    timeout: 'Učitavanje {{url}} trajalo je predugo.',
    json: 'Podaci iz {{source}} nisu valjani JSON ({{detail}}).',
    inlineSource: 'skripta unutar elementa',
    defaultContent: 'Zadani sadržaj nije moguće učitati.',
    unexpected: 'Nešto je pošlo po zlu pri prikazu ovog sadržaja ({{detail}}).',
  },
  storage: {
    quota: 'Pohrana vašeg preglednika je puna, pa to nije bilo moguće spremiti na ovom uređaju.',
    unavailable: 'Vaš preglednik ne dopušta ovoj stranici da išta sprema na ovom uređaju.',
  },
};

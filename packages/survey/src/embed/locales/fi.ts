export default {
  title: 'Kysely palvelussa {{provider}}',
  consent: {
    hosted: 'Tämän kyselyn palveluntarjoaja on {{provider}} ({{host}}).',
    selfHosted: 'Tämä kysely toimii {{provider}}-ohjelmistolla palvelimella {{host}}.',
    unknown: 'Tämä kysely on toisella sivustolla: {{host}}.',
    shares:
      'Jos lataat sen tähän, {{receiver}} saa IP-osoitteesi ja voi tallentaa evästeitä selaimeesi. Sieltä ei ladata mitään ennen kuin teet valintasi.',
    privacy: 'Lue tietosuojaseloste: {{provider}}',
    website: 'Siirry verkkosivustolle: {{provider}}',
    remember:
      'Jos lataat sen, tämä selain muistaa valintasi ja lataa seuraavalla kerralla kyselyt suoraan: {{receiver}}.',
    load: 'Lataa kysely',
    newTab: 'Avaa uudessa välilehdessä',
  },
  frame: {
    newTab: 'Avaa kysely uudessa välilehdessä',
    forget: 'Unohda valintani: {{receiver}}',
    notSaved: 'Valintaasi ei voitu tallentaa tähän selaimeen: sinulta kysytään uudelleen ensi kerralla.',
  },
  error: {
    noSrc: 'Kyselyä ei voi näyttää: sen osoite puuttuu (src-attribuutti).',
    unsafe: 'Kyselyä ei voi näyttää: ”{{src}}” ei ole verkko-osoite, joka alkaa https:// tai http://.',
  },
};

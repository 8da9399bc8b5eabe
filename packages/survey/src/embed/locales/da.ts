export default {
  title: 'Spørgeskema på {{provider}}',
  consent: {
    hosted: 'Dette spørgeskema hostes af {{provider}} ({{host}}).',
    selfHosted: 'Dette spørgeskema kører på {{provider}} på serveren {{host}}.',
    unknown: 'Dette spørgeskema ligger på et andet websted: {{host}}.',
    shares:
      'Hvis du indlæser det her, modtager {{receiver}} din IP-adresse og kan sætte cookies i din browser. Intet indlæses derfra, før du vælger det.',
    privacy: 'Læs privatlivspolitikken for {{provider}}',
    website: 'Besøg webstedet for {{provider}}',
    remember:
      'Hvis du indlæser det, husker denne browser dit valg og indlæser spørgeskemaer fra {{receiver}} med det samme næste gang.',
    load: 'Indlæs spørgeskemaet',
    newTab: 'Åbn i en ny fane',
  },
  frame: {
    newTab: 'Åbn spørgeskemaet i en ny fane',
    forget: 'Glem mit valg for {{receiver}}',
    notSaved: 'Dit valg kunne ikke gemmes i denne browser: du bliver spurgt igen næste gang.',
  },
  error: {
    noSrc: 'Spørgeskemaet kan ikke vises: adressen mangler (attributten src).',
    unsafe: 'Spørgeskemaet kan ikke vises: “{{src}}” er ikke en webadresse, der begynder med https:// eller http://.',
  },
};

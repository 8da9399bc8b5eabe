export default {
  title: 'Upitnik na {{provider}}',
  consent: {
    hosted: 'Ovaj upitnik smješten je kod {{provider}} ({{host}}).',
    selfHosted: 'Ovaj upitnik radi na {{provider}}, na poslužitelju {{host}}.',
    unknown: 'Ovaj upitnik nalazi se na drugoj stranici: {{host}}.',
    shares:
      'Ako ga učitate ovdje, {{receiver}} će primiti vašu IP adresu i može postaviti kolačiće u vaš preglednik. Ništa se odande ne učitava dok ne odlučite.',
    privacy: 'Pročitajte pravila o privatnosti: {{provider}}',
    website: 'Posjetite mrežnu stranicu: {{provider}}',
    remember:
      'Ako ga učitate, ovaj će preglednik zapamtiti vaš izbor i sljedeći put odmah učitati upitnike s {{receiver}}.',
    load: 'Učitaj upitnik',
    newTab: 'Otvori u novoj kartici',
  },
  frame: {
    newTab: 'Otvori upitnik u novoj kartici',
    forget: 'Zaboravi moj izbor za {{receiver}}',
    notSaved: 'Vaš izbor nije bilo moguće spremiti u ovom pregledniku: sljedeći put bit ćete ponovno upitani.',
  },
  error: {
    noSrc: 'Upitnik nije moguće prikazati: nedostaje njegova adresa (atribut src).',
    unsafe: 'Upitnik nije moguće prikazati: „{{src}}” nije mrežna adresa koja počinje s https:// ili http://.',
  },
};

export default {
  title: 'Apklausa: {{provider}}',
  consent: {
    hosted: 'Šią apklausą talpina {{provider}} ({{host}}).',
    selfHosted: 'Ši apklausa veikia su {{provider}} serveryje {{host}}.',
    unknown: 'Ši apklausa yra kitoje svetainėje: {{host}}.',
    shares:
      'Jei ją įkelsite čia, {{receiver}} gaus jūsų IP adresą ir gali jūsų naršyklėje įrašyti slapukų. Kol nepasirinksite, iš ten niekas neįkeliama.',
    privacy: 'Skaityti privatumo politiką: {{provider}}',
    website: 'Apsilankyti svetainėje: {{provider}}',
    remember:
      'Jei ją įkelsite, ši naršyklė įsimins jūsų pasirinkimą ir kitą kartą iš karto įkels apklausas iš {{receiver}}.',
    load: 'Įkelti apklausą',
    newTab: 'Atverti naujoje kortelėje',
  },
  frame: {
    newTab: 'Atverti apklausą naujoje kortelėje',
    forget: 'Pamiršti mano pasirinkimą dėl {{receiver}}',
    notSaved: 'Jūsų pasirinkimo šioje naršyklėje išsaugoti nepavyko: kitą kartą būsite paklausti dar kartą.',
  },
  error: {
    noSrc: 'Apklausos parodyti negalima: trūksta jos adreso (atributas src).',
    unsafe: 'Apklausos parodyti negalima: „{{src}}“ nėra interneto adresas, prasidedantis https:// arba http://.',
  },
};

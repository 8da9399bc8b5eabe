export default {
  title: 'Dotazník na {{provider}}',
  consent: {
    hosted: 'Tento dotazník hosťuje {{provider}} ({{host}}).',
    selfHosted: 'Tento dotazník beží na {{provider}}, na serveri {{host}}.',
    unknown: 'Tento dotazník je na inej stránke: {{host}}.',
    shares:
      'Ak ho tu načítate, {{receiver}} dostane vašu IP adresu a môže vo vašom prehliadači ukladať súbory cookie. Kým sa nerozhodnete, nič sa z neho nenačíta.',
    privacy: 'Prečítať zásady ochrany súkromia {{provider}}',
    website: 'Navštíviť webovú stránku {{provider}}',
    remember:
      'Ak ho načítate, tento prehliadač si vašu voľbu zapamätá a nabudúce načíta dotazníky z {{receiver}} hneď.',
    load: 'Načítať dotazník',
    newTab: 'Otvoriť na novej karte',
  },
  frame: {
    newTab: 'Otvoriť dotazník na novej karte',
    forget: 'Zabudnúť moju voľbu pre {{receiver}}',
    notSaved: 'Vašu voľbu sa v tomto prehliadači nepodarilo uložiť: nabudúce sa vás opýtame znova.',
  },
  error: {
    noSrc: 'Dotazník nemožno zobraziť: chýba jeho adresa (atribút src).',
    unsafe: 'Dotazník nemožno zobraziť: „{{src}}“ nie je webová adresa začínajúca https:// alebo http://.',
  },
};

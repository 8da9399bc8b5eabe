export default {
  title: 'Enquête op {{provider}}',
  consent: {
    hosted: 'Deze enquête wordt gehost door {{provider}} ({{host}}).',
    selfHosted: 'Deze enquête draait op {{provider}}, op de server {{host}}.',
    unknown: 'Deze enquête staat op een andere website: {{host}}.',
    shares:
      'Als je de enquête hier laadt, krijgt {{receiver}} je IP-adres en kan het cookies in je browser plaatsen. Er wordt niets geladen zolang je geen keuze hebt gemaakt.',
    privacy: 'Lees het privacybeleid van {{provider}}',
    website: 'Bezoek de website van {{provider}}',
    remember:
      'Als je de enquête laadt, onthoudt deze browser je keuze en laadt hij enquêtes van {{receiver}} de volgende keer meteen.',
    load: 'De enquête laden',
    newTab: 'Openen in een nieuw tabblad',
  },
  frame: {
    newTab: 'De enquête openen in een nieuw tabblad',
    forget: 'Mijn keuze voor {{receiver}} vergeten',
    notSaved: 'Je keuze kon niet in deze browser worden bewaard: de volgende keer wordt het je opnieuw gevraagd.',
  },
  error: {
    noSrc: 'De enquête kan niet worden getoond: het adres ontbreekt (het src-attribuut).',
    unsafe: 'De enquête kan niet worden getoond: “{{src}}” is geen webadres dat begint met https:// of http://.',
  },
};

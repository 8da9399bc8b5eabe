export default {
  title: 'Enkät på {{provider}}',
  consent: {
    hosted: 'Enkäten finns hos {{provider}} ({{host}}).',
    selfHosted: 'Enkäten körs med {{provider}} på servern {{host}}.',
    unknown: 'Enkäten finns på en annan webbplats: {{host}}.',
    shares:
      'Om du läser in den här får {{receiver}} din IP-adress och kan lagra kakor i din webbläsare. Inget läses in därifrån förrän du väljer det.',
    privacy: 'Läs integritetspolicyn för {{provider}}',
    website: 'Besök webbplatsen för {{provider}}',
    remember:
      'Om du läser in den kommer webbläsaren ihåg ditt val och läser in enkäter från {{receiver}} direkt nästa gång.',
    load: 'Läs in enkäten',
    newTab: 'Öppna i en ny flik',
  },
  frame: {
    newTab: 'Öppna enkäten i en ny flik',
    forget: 'Glöm mitt val för {{receiver}}',
    notSaved: 'Ditt val kunde inte sparas i den här webbläsaren: du får frågan igen nästa gång.',
  },
  error: {
    noSrc: 'Enkäten kan inte visas: adressen saknas (attributet src).',
    unsafe: 'Enkäten kan inte visas: ”{{src}}” är ingen webbadress som börjar med https:// eller http://.',
  },
};

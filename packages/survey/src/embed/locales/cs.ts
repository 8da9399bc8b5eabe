export default {
  title: 'Dotazník na {{provider}}',
  consent: {
    hosted: 'Tento dotazník hostuje {{provider}} ({{host}}).',
    selfHosted: 'Tento dotazník běží na {{provider}}, na serveru {{host}}.',
    unknown: 'Tento dotazník je na jiném webu: {{host}}.',
    shares:
      'Pokud ho zde načtete, {{receiver}} obdrží vaši IP adresu a může ve vašem prohlížeči ukládat soubory cookie. Dokud se nerozhodnete, nic se z něj nenačte.',
    privacy: 'Přečíst zásady ochrany osobních údajů {{provider}}',
    website: 'Navštívit web {{provider}}',
    remember:
      'Pokud ho načtete, tento prohlížeč si vaši volbu zapamatuje a příště načte dotazníky z {{receiver}} rovnou.',
    load: 'Načíst dotazník',
    newTab: 'Otevřít na nové kartě',
  },
  frame: {
    newTab: 'Otevřít dotazník na nové kartě',
    forget: 'Zapomenout mou volbu pro {{receiver}}',
    notSaved: 'Vaši volbu se v tomto prohlížeči nepodařilo uložit: příště se vás zeptáme znovu.',
  },
  error: {
    noSrc: 'Dotazník nelze zobrazit: chybí jeho adresa (atribut src).',
    unsafe: 'Dotazník nelze zobrazit: „{{src}}“ není webová adresa začínající https:// nebo http://.',
  },
};

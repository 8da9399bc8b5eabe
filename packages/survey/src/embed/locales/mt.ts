export default {
  title: 'Stħarriġ fuq {{provider}}',
  consent: {
    hosted: 'Dan l-istħarriġ huwa ospitat minn {{provider}} ({{host}}).',
    selfHosted: 'Dan l-istħarriġ jaħdem fuq {{provider}}, fuq is-server {{host}}.',
    unknown: 'Dan l-istħarriġ jinsab fuq sit ieħor: {{host}}.',
    shares:
      'Jekk tgħabbih hawn, {{receiver}} se jirċievi l-indirizz IP tiegħek u jista’ jpoġġi cookies fil-browser tiegħek. Xejn ma jitgħabba minn hemm sakemm tagħżel int.',
    privacy: 'Aqra l-politika tal-privatezza ta’ {{provider}}',
    website: 'Żur is-sit web ta’ {{provider}}',
    remember:
      'Jekk tgħabbih, dan il-browser jiftakar l-għażla tiegħek u d-darba li jmiss jgħabbi mill-ewwel l-istħarriġiet minn {{receiver}}.',
    load: 'Għabbi l-istħarriġ',
    newTab: 'Iftaħ f’tab ġdida',
  },
  frame: {
    newTab: 'Iftaħ l-istħarriġ f’tab ġdida',
    forget: 'Insa l-għażla tiegħi għal {{receiver}}',
    notSaved: 'L-għażla tiegħek ma setgħetx tiġi ssejvjata f’dan il-browser: se terġa’ tiġi mistoqsi d-darba li jmiss.',
  },
  error: {
    noSrc: 'L-istħarriġ ma jistax jintwera: l-indirizz tiegħu huwa nieqes (l-attribut src).',
    unsafe: 'L-istħarriġ ma jistax jintwera: “{{src}}” mhuwiex indirizz web li jibda b’https:// jew http://.',
  },
};

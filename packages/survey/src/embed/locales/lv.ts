export default {
  title: 'Aptauja: {{provider}}',
  consent: {
    hosted: 'Šo aptauju mitina {{provider}} ({{host}}).',
    selfHosted: 'Šī aptauja darbojas ar {{provider}} serverī {{host}}.',
    unknown: 'Šī aptauja atrodas citā vietnē: {{host}}.',
    shares:
      'Ja to ielādēsiet šeit, {{receiver}} saņems jūsu IP adresi un var saglabāt sīkdatnes jūsu pārlūkā. Kamēr neizvēlēsieties, no turienes nekas netiek ielādēts.',
    privacy: 'Lasīt privātuma politiku: {{provider}}',
    website: 'Apmeklēt tīmekļa vietni: {{provider}}',
    remember:
      'Ja to ielādēsiet, šis pārlūks atcerēsies jūsu izvēli un nākamreiz uzreiz ielādēs aptaujas no {{receiver}}.',
    load: 'Ielādēt aptauju',
    newTab: 'Atvērt jaunā cilnē',
  },
  frame: {
    newTab: 'Atvērt aptauju jaunā cilnē',
    forget: 'Aizmirst manu izvēli attiecībā uz {{receiver}}',
    notSaved: 'Jūsu izvēli šajā pārlūkā neizdevās saglabāt: nākamreiz jums jautās vēlreiz.',
  },
  error: {
    noSrc: 'Aptauju nevar parādīt: trūkst tās adreses (atribūts src).',
    unsafe: 'Aptauju nevar parādīt: “{{src}}” nav tīmekļa adrese, kas sākas ar https:// vai http://.',
  },
};

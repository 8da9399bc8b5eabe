export default {
  title: 'Suirbhé ar {{provider}}',
  consent: {
    hosted: 'Tá an suirbhé seo á óstáil ag {{provider}} ({{host}}).',
    selfHosted: 'Ritheann an suirbhé seo ar {{provider}}, ar an bhfreastalaí {{host}}.',
    unknown: 'Tá an suirbhé seo ar shuíomh eile: {{host}}.',
    shares:
      'Má lódálann tú anseo é, gheobhaidh {{receiver}} do sheoladh IP agus d’fhéadfadh sé fianáin a chur i do bhrabhsálaí. Ní lódáiltear aon rud uaidh go dtí go roghnaíonn tú.',
    privacy: 'Léigh polasaí príobháideachais {{provider}}',
    website: 'Tabhair cuairt ar shuíomh gréasáin {{provider}}',
    remember:
      'Má lódálann tú é, cuimhneoidh an brabhsálaí seo ar do rogha agus lódálfaidh sé suirbhéanna ó {{receiver}} láithreach an chéad uair eile.',
    load: 'Lódáil an suirbhé',
    newTab: 'Oscail i gcluaisín nua',
  },
  frame: {
    newTab: 'Oscail an suirbhé i gcluaisín nua',
    forget: 'Déan dearmad ar mo rogha do {{receiver}}',
    notSaved: 'Níorbh fhéidir do rogha a shábháil sa bhrabhsálaí seo: fiafrófar díot arís an chéad uair eile.',
  },
  error: {
    noSrc: 'Ní féidir an suirbhé a thaispeáint: tá a sheoladh ar iarraidh (an tréith src).',
    unsafe: 'Ní féidir an suirbhé a thaispeáint: ní seoladh gréasáin é “{{src}}” a thosaíonn le https:// nó http://.',
  },
};

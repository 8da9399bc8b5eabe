// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Níor tugadh sainmhíniú ar an suirbhé: léadh na ceisteanna thíos ó cholúin agus ó fhreagraí an easpórtála seo ó SurveyMonkey. Faoi gach teideal, insíonn líne conas a léadh í.',
    google:
      'Níor tugadh sainmhíniú ar an suirbhé: léadh na ceisteanna thíos ó cholúin agus ó fhreagraí an easpórtála seo ó Google Forms. Faoi gach teideal, insíonn líne conas a léadh í.',
    kobo: 'Níor tugadh sainmhíniú ar an suirbhé: léadh na ceisteanna thíos ó cholúin agus ó fhreagraí an easpórtála seo ó KoboToolbox. Faoi gach teideal, insíonn líne conas a léadh í.',
    limesurvey:
      'Níor tugadh sainmhíniú ar an suirbhé: léadh na ceisteanna thíos ó cholúin agus ó fhreagraí an easpórtála seo ó LimeSurvey. Faoi gach teideal, insíonn líne conas a léadh í.',
    devisus:
      'Níor tugadh sainmhíniú ar an suirbhé: léadh na ceisteanna thíos ó cholúin agus ó fhreagraí an easpórtála seo ó DEVISUS. Faoi gach teideal, insíonn líne conas a léadh í.',
    csv: 'Níor tugadh sainmhíniú ar an suirbhé: léadh na ceisteanna thíos ó cholúin agus ó fhreagraí an chomhaid CSV seo. Faoi gach teideal, insíonn líne conas a léadh í.',
  },
  readAs: {
    options:
      'Léite mar roinnt roghanna ó cheanntásca na gcolún: colún amháin in aghaidh na rogha, ticeáilte nó gan ticeáil.',
    joined: 'Léite mar roinnt roghanna: tá na freagraí a roghnaíodh i gcill amháin, scartha le “{{separator}}”.',
    grid: 'Léite mar ghreille ó cheanntásca na gcolún: colún amháin in aghaidh an ró, gach ceann freagartha ó na cúpla luach céanna.',
    rankColumns:
      'Léite mar rangú ó cheanntásca na gcolún: colún amháin in aghaidh an ionaid, ina bhfuil an mhír a cuireadh ann.',
    rankNumbers: 'Léite mar rangú ó cheanntásca na gcolún: colún amháin in aghaidh na míre, ina bhfuil a hionad.',
    rating: 'Léite mar rátáil: is slánuimhir ó {{min}} go {{max}} gach freagra.',
    number: 'Léite mar uimhreacha: is uimhir gach freagra.',
    date: 'Léite mar dhátaí: is dáta nó am gach freagra.',
    single: 'Léite mar rogha amháin: beagán freagraí éagsúla, an chuid is mó acu tugtha ag roinnt daoine.',
    closed: 'Léite mar rogha amháin: marcálann SurveyMonkey an colún seo “Response”, ní “Open-Ended Response”.',
    open: 'Léite mar shaorthéacs: marcálann SurveyMonkey an colún seo “Open-Ended Response”.',
    withOther: 'Léite mar rogha amháin: tá colún ar leith san easpórtáil dá freagraí “eile”.',
    text: 'Léite mar shaorthéacs: tá na freagraí ró-éagsúil le bheith ina roghanna.',
  },
};

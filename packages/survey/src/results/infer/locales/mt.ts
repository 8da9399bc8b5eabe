// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Ma ngħatat l-ebda definizzjoni tal-istħarriġ: il-mistoqsijiet hawn taħt inqraw mill-kolonni u mit-tweġibiet ta’ din l-esportazzjoni minn SurveyMonkey. Taħt kull titlu, linja tgħid kif inqrat.',
    google:
      'Ma ngħatat l-ebda definizzjoni tal-istħarriġ: il-mistoqsijiet hawn taħt inqraw mill-kolonni u mit-tweġibiet ta’ din l-esportazzjoni minn Google Forms. Taħt kull titlu, linja tgħid kif inqrat.',
    kobo: 'Ma ngħatat l-ebda definizzjoni tal-istħarriġ: il-mistoqsijiet hawn taħt inqraw mill-kolonni u mit-tweġibiet ta’ din l-esportazzjoni minn KoboToolbox. Taħt kull titlu, linja tgħid kif inqrat.',
    limesurvey:
      'Ma ngħatat l-ebda definizzjoni tal-istħarriġ: il-mistoqsijiet hawn taħt inqraw mill-kolonni u mit-tweġibiet ta’ din l-esportazzjoni minn LimeSurvey. Taħt kull titlu, linja tgħid kif inqrat.',
    devisus:
      'Ma ngħatat l-ebda definizzjoni tal-istħarriġ: il-mistoqsijiet hawn taħt inqraw mill-kolonni u mit-tweġibiet ta’ din l-esportazzjoni minn DEVISUS. Taħt kull titlu, linja tgħid kif inqrat.',
    csv: 'Ma ngħatat l-ebda definizzjoni tal-istħarriġ: il-mistoqsijiet hawn taħt inqraw mill-kolonni u mit-tweġibiet ta’ dan il-fajl CSV. Taħt kull titlu, linja tgħid kif inqrat.',
  },
  readAs: {
    options: 'Inqrat bħala għażla multipla mill-intestaturi tal-kolonni: kolonna għal kull għażla, immarkata jew le.',
    joined: 'Inqrat bħala għażla multipla: it-tweġibiet magħżula huma magħquda b’“{{separator}}” f’ċellula waħda.',
    grid: 'Inqrat bħala grilja mill-intestaturi tal-kolonni: kolonna għal kull ringiela, kull waħda bi tweġiba mill-istess ftit valuri.',
    rankColumns:
      'Inqrat bħala klassifikazzjoni mill-intestaturi tal-kolonni: kolonna għal kull pożizzjoni, bl-oġġett li tqiegħed hemm.',
    rankNumbers:
      'Inqrat bħala klassifikazzjoni mill-intestaturi tal-kolonni: kolonna għal kull oġġett, bil-pożizzjoni tiegħu.',
    rating: 'Inqrat bħala klassifikazzjoni numerika: kull tweġiba hija numru sħiħ minn {{min}} sa {{max}}.',
    number: 'Inqrat bħala numri: kull tweġiba hija numru.',
    date: 'Inqrat bħala dati: kull tweġiba hija data jew ħin.',
    single: 'Inqrat bħala għażla waħda: ftit tweġibiet differenti, il-biċċa l-kbira mogħtija minn diversi persuni.',
    closed: 'Inqrat bħala għażla waħda: SurveyMonkey jimmarka din il-kolonna “Response”, mhux “Open-Ended Response”.',
    open: 'Inqrat bħala test liberu: SurveyMonkey jimmarka din il-kolonna “Open-Ended Response”.',
    withOther: 'Inqrat bħala għażla waħda: l-esportazzjoni għandha kolonna separata għat-tweġibiet “oħrajn”.',
    text: 'Inqrat bħala test liberu: it-tweġibiet huma varjati wisq biex ikunu għażliet.',
  },
};

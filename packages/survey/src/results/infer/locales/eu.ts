// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Ez da inkestaren definiziorik eman: beheko galderak SurveyMonkey esportazio honen zutabe eta erantzunetatik irakurri dira. Izenburu bakoitzaren azpian, lerro batek dio nola irakurri den.',
    google:
      'Ez da inkestaren definiziorik eman: beheko galderak Google Forms esportazio honen zutabe eta erantzunetatik irakurri dira. Izenburu bakoitzaren azpian, lerro batek dio nola irakurri den.',
    kobo: 'Ez da inkestaren definiziorik eman: beheko galderak KoboToolbox esportazio honen zutabe eta erantzunetatik irakurri dira. Izenburu bakoitzaren azpian, lerro batek dio nola irakurri den.',
    limesurvey:
      'Ez da inkestaren definiziorik eman: beheko galderak LimeSurvey esportazio honen zutabe eta erantzunetatik irakurri dira. Izenburu bakoitzaren azpian, lerro batek dio nola irakurri den.',
    devisus:
      'Ez da inkestaren definiziorik eman: beheko galderak DEVISUS esportazio honen zutabe eta erantzunetatik irakurri dira. Izenburu bakoitzaren azpian, lerro batek dio nola irakurri den.',
    csv: 'Ez da inkestaren definiziorik eman: beheko galderak CSV fitxategi honen zutabe eta erantzunetatik irakurri dira. Izenburu bakoitzaren azpian, lerro batek dio nola irakurri den.',
  },
  readAs: {
    options: 'Aukera anitz gisa irakurria zutabe-goiburuetatik: zutabe bat aukera bakoitzeko, markatuta edo ez.',
    joined: 'Aukera anitz gisa irakurria: aukeratutako erantzunak gelaxka berean daude, «{{separator}}» bidez lotuta.',
    grid: 'Sareta gisa irakurria zutabe-goiburuetatik: zutabe bat errenkada bakoitzeko, bakoitza balio gutxi berberekin erantzunda.',
    rankColumns:
      'Sailkapen gisa irakurria zutabe-goiburuetatik: zutabe bat postu bakoitzeko, bertan jarritako elementuarekin.',
    rankNumbers: 'Sailkapen gisa irakurria zutabe-goiburuetatik: zutabe bat elementu bakoitzeko, haren postuarekin.',
    rating: 'Balorazio gisa irakurria: erantzun bakoitza {{min}} eta {{max}} arteko zenbaki oso bat da.',
    number: 'Zenbaki gisa irakurria: erantzun bakoitza zenbaki bat da.',
    date: 'Data gisa irakurria: erantzun bakoitza data edo ordu bat da.',
    single: 'Aukera bakar gisa irakurria: erantzun desberdin gutxi, gehienak hainbat pertsonak emanak.',
    closed:
      'Aukera bakar gisa irakurria: SurveyMonkey-k «Response» gisa markatzen du zutabe hau, ez «Open-Ended Response» gisa.',
    open: 'Testu libre gisa irakurria: SurveyMonkey-k «Open-Ended Response» gisa markatzen du zutabe hau.',
    withOther: 'Aukera bakar gisa irakurria: esportazioak zutabe bereizi bat du «beste bat» erantzunetarako.',
    text: 'Testu libre gisa irakurria: erantzunak askotarikoegiak dira aukerak izateko.',
  },
};

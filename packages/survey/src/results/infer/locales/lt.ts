// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Apklausos aprašas nepateiktas: toliau pateikti klausimai nuskaityti iš šio SurveyMonkey eksporto stulpelių ir atsakymų. Po kiekvienu pavadinimu eilutė nurodo, kaip klausimas nuskaitytas.',
    google:
      'Apklausos aprašas nepateiktas: toliau pateikti klausimai nuskaityti iš šio Google Forms eksporto stulpelių ir atsakymų. Po kiekvienu pavadinimu eilutė nurodo, kaip klausimas nuskaitytas.',
    kobo: 'Apklausos aprašas nepateiktas: toliau pateikti klausimai nuskaityti iš šio KoboToolbox eksporto stulpelių ir atsakymų. Po kiekvienu pavadinimu eilutė nurodo, kaip klausimas nuskaitytas.',
    limesurvey:
      'Apklausos aprašas nepateiktas: toliau pateikti klausimai nuskaityti iš šio LimeSurvey eksporto stulpelių ir atsakymų. Po kiekvienu pavadinimu eilutė nurodo, kaip klausimas nuskaitytas.',
    devisus:
      'Apklausos aprašas nepateiktas: toliau pateikti klausimai nuskaityti iš šio DEVISUS eksporto stulpelių ir atsakymų. Po kiekvienu pavadinimu eilutė nurodo, kaip klausimas nuskaitytas.',
    csv: 'Apklausos aprašas nepateiktas: toliau pateikti klausimai nuskaityti iš šio CSV failo stulpelių ir atsakymų. Po kiekvienu pavadinimu eilutė nurodo, kaip klausimas nuskaitytas.',
  },
  readAs: {
    options:
      'Nuskaityta kaip keli pasirinkimai iš stulpelių antraščių: po vieną stulpelį kiekvienam variantui, pažymėtam ar ne.',
    joined:
      'Nuskaityta kaip keli pasirinkimai: pasirinkti atsakymai viename langelyje sujungti ženklu „{{separator}}“.',
    grid: 'Nuskaityta kaip lentelė iš stulpelių antraščių: po vieną stulpelį kiekvienai eilutei, kiekvienai atsakyta tomis pačiomis keliomis reikšmėmis.',
    rankColumns:
      'Nuskaityta kaip reitingas iš stulpelių antraščių: po vieną stulpelį kiekvienai vietai, joje – ten įrašytas elementas.',
    rankNumbers:
      'Nuskaityta kaip reitingas iš stulpelių antraščių: po vieną stulpelį kiekvienam elementui, jame – jo vieta.',
    rating: 'Nuskaityta kaip įvertinimas: kiekvienas atsakymas yra sveikasis skaičius nuo {{min}} iki {{max}}.',
    number: 'Nuskaityta kaip skaičiai: kiekvienas atsakymas yra skaičius.',
    date: 'Nuskaityta kaip datos: kiekvienas atsakymas yra data arba laikas.',
    single: 'Nuskaityta kaip vienas pasirinkimas: nedaug skirtingų atsakymų, daugumą jų pateikė keli asmenys.',
    closed:
      'Nuskaityta kaip vienas pasirinkimas: SurveyMonkey šį stulpelį žymi „Response“, o ne „Open-Ended Response“.',
    open: 'Nuskaityta kaip laisvas tekstas: SurveyMonkey šį stulpelį žymi „Open-Ended Response“.',
    withOther: 'Nuskaityta kaip vienas pasirinkimas: eksporte yra atskiras stulpelis atsakymams „kita“.',
    text: 'Nuskaityta kaip laisvas tekstas: atsakymai per daug įvairūs, kad būtų pasirinkimai.',
  },
};

// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Nu a fost furnizată nicio definiție a chestionarului: întrebările de mai jos au fost citite din coloanele și răspunsurile acestui export din SurveyMonkey. Sub fiecare titlu, un rând spune cum a fost citită.',
    google:
      'Nu a fost furnizată nicio definiție a chestionarului: întrebările de mai jos au fost citite din coloanele și răspunsurile acestui export din Google Forms. Sub fiecare titlu, un rând spune cum a fost citită.',
    kobo: 'Nu a fost furnizată nicio definiție a chestionarului: întrebările de mai jos au fost citite din coloanele și răspunsurile acestui export din KoboToolbox. Sub fiecare titlu, un rând spune cum a fost citită.',
    limesurvey:
      'Nu a fost furnizată nicio definiție a chestionarului: întrebările de mai jos au fost citite din coloanele și răspunsurile acestui export din LimeSurvey. Sub fiecare titlu, un rând spune cum a fost citită.',
    devisus:
      'Nu a fost furnizată nicio definiție a chestionarului: întrebările de mai jos au fost citite din coloanele și răspunsurile acestui export din DEVISUS. Sub fiecare titlu, un rând spune cum a fost citită.',
    csv: 'Nu a fost furnizată nicio definiție a chestionarului: întrebările de mai jos au fost citite din coloanele și răspunsurile acestui fișier CSV. Sub fiecare titlu, un rând spune cum a fost citită.',
  },
  readAs: {
    options: 'Citită ca alegere multiplă din anteturile coloanelor: o coloană pentru fiecare opțiune, bifată sau nu.',
    joined: 'Citită ca alegere multiplă: răspunsurile alese sunt unite prin „{{separator}}” într-o singură celulă.',
    grid: 'Citită ca grilă din anteturile coloanelor: o coloană pentru fiecare rând, fiecare cu răspunsuri din aceleași câteva valori.',
    rankColumns:
      'Citită ca ierarhizare din anteturile coloanelor: o coloană pentru fiecare loc, cu elementul pus acolo.',
    rankNumbers: 'Citită ca ierarhizare din anteturile coloanelor: o coloană pentru fiecare element, cu locul său.',
    rating: 'Citită ca notare: fiecare răspuns este un număr întreg de la {{min}} la {{max}}.',
    number: 'Citită ca numere: fiecare răspuns este un număr.',
    date: 'Citită ca date calendaristice: fiecare răspuns este o dată sau o oră.',
    single: 'Citită ca alegere unică: puține răspunsuri diferite, cele mai multe date de mai multe persoane.',
    closed:
      'Citită ca alegere unică: SurveyMonkey marchează această coloană cu „Response”, nu cu „Open-Ended Response”.',
    open: 'Citită ca text liber: SurveyMonkey marchează această coloană cu „Open-Ended Response”.',
    withOther: 'Citită ca alegere unică: exportul are o coloană separată pentru răspunsurile „altceva”.',
    text: 'Citită ca text liber: răspunsurile sunt prea variate pentru a fi opțiuni.',
  },
};

// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Definicija upitnika nije dana: pitanja u nastavku pročitana su iz stupaca i odgovora ovog izvoza iz alata SurveyMonkey. Ispod svakog naslova redak objašnjava kako je pitanje pročitano.',
    google:
      'Definicija upitnika nije dana: pitanja u nastavku pročitana su iz stupaca i odgovora ovog izvoza iz alata Google Forms. Ispod svakog naslova redak objašnjava kako je pitanje pročitano.',
    kobo: 'Definicija upitnika nije dana: pitanja u nastavku pročitana su iz stupaca i odgovora ovog izvoza iz alata KoboToolbox. Ispod svakog naslova redak objašnjava kako je pitanje pročitano.',
    limesurvey:
      'Definicija upitnika nije dana: pitanja u nastavku pročitana su iz stupaca i odgovora ovog izvoza iz alata LimeSurvey. Ispod svakog naslova redak objašnjava kako je pitanje pročitano.',
    devisus:
      'Definicija upitnika nije dana: pitanja u nastavku pročitana su iz stupaca i odgovora ovog izvoza iz alata DEVISUS. Ispod svakog naslova redak objašnjava kako je pitanje pročitano.',
    csv: 'Definicija upitnika nije dana: pitanja u nastavku pročitana su iz stupaca i odgovora ove datoteke CSV. Ispod svakog naslova redak objašnjava kako je pitanje pročitano.',
  },
  readAs: {
    options: 'Pročitano kao višestruki izbor iz zaglavlja stupaca: jedan stupac za svaku mogućnost, označenu ili ne.',
    joined: 'Pročitano kao višestruki izbor: odabrani odgovori spojeni su znakom „{{separator}}” u jednoj ćeliji.',
    grid: 'Pročitano kao tablica iz zaglavlja stupaca: jedan stupac za svaki redak, svaki odgovoren istim malobrojnim vrijednostima.',
    rankColumns:
      'Pročitano kao rangiranje iz zaglavlja stupaca: jedan stupac za svako mjesto, sa stavkom stavljenom na njega.',
    rankNumbers: 'Pročitano kao rangiranje iz zaglavlja stupaca: jedan stupac za svaku stavku, s njezinim mjestom.',
    rating: 'Pročitano kao ocjena: svaki je odgovor cijeli broj od {{min}} do {{max}}.',
    number: 'Pročitano kao brojevi: svaki je odgovor broj.',
    date: 'Pročitano kao datumi: svaki je odgovor datum ili vrijeme.',
    single: 'Pročitano kao jedan izbor: malo različitih odgovora, većinu njih dalo je više osoba.',
    closed: 'Pročitano kao jedan izbor: SurveyMonkey označava ovaj stupac s „Response”, a ne „Open-Ended Response”.',
    open: 'Pročitano kao slobodan tekst: SurveyMonkey označava ovaj stupac s „Open-Ended Response”.',
    withOther: 'Pročitano kao jedan izbor: izvoz ima zaseban stupac za odgovore „drugo”.',
    text: 'Pročitano kao slobodan tekst: odgovori su previše raznoliki da bi bili mogućnosti izbora.',
  },
};

// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Nie podano definicji ankiety: poniższe pytania odczytano z kolumn i odpowiedzi tego eksportu z SurveyMonkey. Pod każdym tytułem wiersz wyjaśnia, jak je odczytano.',
    google:
      'Nie podano definicji ankiety: poniższe pytania odczytano z kolumn i odpowiedzi tego eksportu z Google Forms. Pod każdym tytułem wiersz wyjaśnia, jak je odczytano.',
    kobo: 'Nie podano definicji ankiety: poniższe pytania odczytano z kolumn i odpowiedzi tego eksportu z KoboToolbox. Pod każdym tytułem wiersz wyjaśnia, jak je odczytano.',
    limesurvey:
      'Nie podano definicji ankiety: poniższe pytania odczytano z kolumn i odpowiedzi tego eksportu z LimeSurvey. Pod każdym tytułem wiersz wyjaśnia, jak je odczytano.',
    devisus:
      'Nie podano definicji ankiety: poniższe pytania odczytano z kolumn i odpowiedzi tego eksportu z DEVISUS. Pod każdym tytułem wiersz wyjaśnia, jak je odczytano.',
    csv: 'Nie podano definicji ankiety: poniższe pytania odczytano z kolumn i odpowiedzi tego pliku CSV. Pod każdym tytułem wiersz wyjaśnia, jak je odczytano.',
  },
  readAs: {
    options: 'Odczytano jako wielokrotny wybór z nagłówków kolumn: jedna kolumna na każdą opcję, zaznaczoną lub nie.',
    joined:
      'Odczytano jako wielokrotny wybór: wybrane odpowiedzi są połączone znakiem „{{separator}}” w jednej komórce.',
    grid: 'Odczytano jako tabelę z nagłówków kolumn: jedna kolumna na każdy wiersz, każdy z odpowiedzią spośród tych samych kilku wartości.',
    rankColumns:
      'Odczytano jako ranking z nagłówków kolumn: jedna kolumna na każdą pozycję, zawierająca umieszczony na niej element.',
    rankNumbers: 'Odczytano jako ranking z nagłówków kolumn: jedna kolumna na każdy element, zawierająca jego pozycję.',
    rating: 'Odczytano jako ocenę: każda odpowiedź jest liczbą całkowitą od {{min}} do {{max}}.',
    number: 'Odczytano jako liczby: każda odpowiedź jest liczbą.',
    date: 'Odczytano jako daty: każda odpowiedź jest datą lub godziną.',
    single: 'Odczytano jako jednokrotny wybór: niewiele różnych odpowiedzi, większość podana przez kilka osób.',
    closed:
      'Odczytano jako jednokrotny wybór: SurveyMonkey oznacza tę kolumnę jako „Response”, a nie „Open-Ended Response”.',
    open: 'Odczytano jako dowolny tekst: SurveyMonkey oznacza tę kolumnę jako „Open-Ended Response”.',
    withOther: 'Odczytano jako jednokrotny wybór: eksport ma osobną kolumnę na odpowiedzi „inne”.',
    text: 'Odczytano jako dowolny tekst: odpowiedzi są zbyt zróżnicowane, by były opcjami wyboru.',
  },
};

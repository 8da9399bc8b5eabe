export default {
  inferred: {
    surveymonkey:
      'Es wurde keine Fragebogendefinition angegeben: Die Fragen unten wurden aus den Spalten und Antworten von diesem SurveyMonkey-Export gelesen. Unter jedem Titel steht, wie.',
    google:
      'Es wurde keine Fragebogendefinition angegeben: Die Fragen unten wurden aus den Spalten und Antworten von diesem Google-Forms-Export gelesen. Unter jedem Titel steht, wie.',
    kobo: 'Es wurde keine Fragebogendefinition angegeben: Die Fragen unten wurden aus den Spalten und Antworten von diesem KoboToolbox-Export gelesen. Unter jedem Titel steht, wie.',
    limesurvey:
      'Es wurde keine Fragebogendefinition angegeben: Die Fragen unten wurden aus den Spalten und Antworten von diesem LimeSurvey-Export gelesen. Unter jedem Titel steht, wie.',
    devisus:
      'Es wurde keine Fragebogendefinition angegeben: Die Fragen unten wurden aus den Spalten und Antworten von diesem DEVISUS-Export gelesen. Unter jedem Titel steht, wie.',
    csv: 'Es wurde keine Fragebogendefinition angegeben: Die Fragen unten wurden aus den Spalten und Antworten von dieser CSV-Datei gelesen. Unter jedem Titel steht, wie.',
  },
  readAs: {
    options: 'Als Mehrfachauswahl aus den Spaltenköpfen gelesen: eine Spalte je Option, angekreuzt oder nicht.',
    joined:
      'Als Mehrfachauswahl gelesen: Die gewählten Antworten stehen, durch „{{separator}}“ getrennt, in einer Zelle.',
    grid: 'Als Matrix aus den Spaltenköpfen gelesen: eine Spalte je Zeile, jede mit denselben wenigen Werten beantwortet.',
    rankColumns:
      'Als Rangfolge aus den Spaltenköpfen gelesen: eine Spalte je Rang, mit dem dort eingeordneten Element.',
    rankNumbers: 'Als Rangfolge aus den Spaltenköpfen gelesen: eine Spalte je Element, mit seinem Rang.',
    rating: 'Als Bewertung gelesen: Jede Antwort ist eine ganze Zahl von {{min}} bis {{max}}.',
    number: 'Als Zahlen gelesen: Jede Antwort ist eine Zahl.',
    date: 'Als Datum gelesen: Jede Antwort ist ein Datum oder eine Uhrzeit.',
    single: 'Als Einfachauswahl gelesen: wenige verschiedene Antworten, die meisten von mehreren Personen gegeben.',
    closed:
      'Als Einfachauswahl gelesen: SurveyMonkey kennzeichnet diese Spalte mit „Response“, nicht mit „Open-Ended Response“.',
    open: 'Als Freitext gelesen: SurveyMonkey kennzeichnet diese Spalte mit „Open-Ended Response“.',
    withOther: 'Als Einfachauswahl gelesen: Der Export hat eine eigene Spalte für die „Sonstiges“-Antworten.',
    text: 'Als Freitext gelesen: Die Antworten sind zu verschieden, um Auswahlmöglichkeiten zu sein.',
  },
};

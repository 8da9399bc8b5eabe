// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Nebola zadaná definícia dotazníka: otázky nižšie boli prečítané zo stĺpcov a odpovedí tohto exportu z SurveyMonkey. Pod každým nadpisom je uvedené, ako bola otázka prečítaná.',
    google:
      'Nebola zadaná definícia dotazníka: otázky nižšie boli prečítané zo stĺpcov a odpovedí tohto exportu z Google Forms. Pod každým nadpisom je uvedené, ako bola otázka prečítaná.',
    kobo: 'Nebola zadaná definícia dotazníka: otázky nižšie boli prečítané zo stĺpcov a odpovedí tohto exportu z KoboToolbox. Pod každým nadpisom je uvedené, ako bola otázka prečítaná.',
    limesurvey:
      'Nebola zadaná definícia dotazníka: otázky nižšie boli prečítané zo stĺpcov a odpovedí tohto exportu z LimeSurvey. Pod každým nadpisom je uvedené, ako bola otázka prečítaná.',
    devisus:
      'Nebola zadaná definícia dotazníka: otázky nižšie boli prečítané zo stĺpcov a odpovedí tohto exportu z DEVISUS. Pod každým nadpisom je uvedené, ako bola otázka prečítaná.',
    csv: 'Nebola zadaná definícia dotazníka: otázky nižšie boli prečítané zo stĺpcov a odpovedí tohto súboru CSV. Pod každým nadpisom je uvedené, ako bola otázka prečítaná.',
  },
  readAs: {
    options:
      'Prečítané ako výber viacerých možností zo záhlaví stĺpcov: jeden stĺpec pre každú možnosť, začiarknutú alebo nie.',
    joined:
      'Prečítané ako výber viacerých možností: zvolené odpovede sú v jednej bunke spojené znakom „{{separator}}“.',
    grid: 'Prečítané ako tabuľka zo záhlaví stĺpcov: jeden stĺpec pre každý riadok, každý zodpovedaný z tých istých niekoľkých hodnôt.',
    rankColumns:
      'Prečítané ako poradie zo záhlaví stĺpcov: jeden stĺpec pre každé miesto, s položkou na ňom umiestnenou.',
    rankNumbers: 'Prečítané ako poradie zo záhlaví stĺpcov: jeden stĺpec pre každú položku, s jej miestom.',
    rating: 'Prečítané ako hodnotenie: každá odpoveď je celé číslo od {{min}} do {{max}}.',
    number: 'Prečítané ako čísla: každá odpoveď je číslo.',
    date: 'Prečítané ako dátumy: každá odpoveď je dátum alebo čas.',
    single: 'Prečítané ako výber jednej možnosti: málo rôznych odpovedí, väčšinu z nich uviedlo viac ľudí.',
    closed:
      'Prečítané ako výber jednej možnosti: SurveyMonkey označuje tento stĺpec „Response“, nie „Open-Ended Response“.',
    open: 'Prečítané ako voľný text: SurveyMonkey označuje tento stĺpec „Open-Ended Response“.',
    withOther: 'Prečítané ako výber jednej možnosti: export má pre odpovede „iné“ samostatný stĺpec.',
    text: 'Prečítané ako voľný text: odpovede sú príliš rôznorodé na to, aby boli možnosťami výberu.',
  },
};

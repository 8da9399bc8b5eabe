// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Nebyla zadána definice dotazníku: otázky níže byly vyčteny ze sloupců a odpovědí tohoto exportu z SurveyMonkey. Pod každým nadpisem je uvedeno, jak byla otázka přečtena.',
    google:
      'Nebyla zadána definice dotazníku: otázky níže byly vyčteny ze sloupců a odpovědí tohoto exportu z Google Forms. Pod každým nadpisem je uvedeno, jak byla otázka přečtena.',
    kobo: 'Nebyla zadána definice dotazníku: otázky níže byly vyčteny ze sloupců a odpovědí tohoto exportu z KoboToolbox. Pod každým nadpisem je uvedeno, jak byla otázka přečtena.',
    limesurvey:
      'Nebyla zadána definice dotazníku: otázky níže byly vyčteny ze sloupců a odpovědí tohoto exportu z LimeSurvey. Pod každým nadpisem je uvedeno, jak byla otázka přečtena.',
    devisus:
      'Nebyla zadána definice dotazníku: otázky níže byly vyčteny ze sloupců a odpovědí tohoto exportu z DEVISUS. Pod každým nadpisem je uvedeno, jak byla otázka přečtena.',
    csv: 'Nebyla zadána definice dotazníku: otázky níže byly vyčteny ze sloupců a odpovědí tohoto souboru CSV. Pod každým nadpisem je uvedeno, jak byla otázka přečtena.',
  },
  readAs: {
    options:
      'Přečteno jako výběr více možností ze záhlaví sloupců: jeden sloupec pro každou možnost, zaškrtnutou nebo ne.',
    joined: 'Přečteno jako výběr více možností: zvolené odpovědi jsou v jedné buňce spojeny znakem „{{separator}}“.',
    grid: 'Přečteno jako tabulka ze záhlaví sloupců: jeden sloupec pro každý řádek, každý zodpovězený z týchž několika hodnot.',
    rankColumns:
      'Přečteno jako pořadí ze záhlaví sloupců: jeden sloupec pro každé místo, obsahující položku na něj umístěnou.',
    rankNumbers: 'Přečteno jako pořadí ze záhlaví sloupců: jeden sloupec pro každou položku, obsahující její místo.',
    rating: 'Přečteno jako hodnocení: každá odpověď je celé číslo od {{min}} do {{max}}.',
    number: 'Přečteno jako čísla: každá odpověď je číslo.',
    date: 'Přečteno jako data: každá odpověď je datum nebo čas.',
    single: 'Přečteno jako výběr jedné možnosti: málo různých odpovědí, většinu z nich uvedlo více lidí.',
    closed:
      'Přečteno jako výběr jedné možnosti: SurveyMonkey označuje tento sloupec „Response“, nikoli „Open-Ended Response“.',
    open: 'Přečteno jako volný text: SurveyMonkey označuje tento sloupec „Open-Ended Response“.',
    withOther: 'Přečteno jako výběr jedné možnosti: export má pro odpovědi „jiné“ samostatný sloupec.',
    text: 'Přečteno jako volný text: odpovědi jsou příliš různorodé, než aby šlo o možnosti výběru.',
  },
};

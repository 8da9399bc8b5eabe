// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Ingen definition av enkäten angavs: frågorna nedan har lästs ut från kolumnerna och svaren i den här exporten från SurveyMonkey. Under varje rubrik anger en rad hur frågan lästes.',
    google:
      'Ingen definition av enkäten angavs: frågorna nedan har lästs ut från kolumnerna och svaren i den här exporten från Google Forms. Under varje rubrik anger en rad hur frågan lästes.',
    kobo: 'Ingen definition av enkäten angavs: frågorna nedan har lästs ut från kolumnerna och svaren i den här exporten från KoboToolbox. Under varje rubrik anger en rad hur frågan lästes.',
    limesurvey:
      'Ingen definition av enkäten angavs: frågorna nedan har lästs ut från kolumnerna och svaren i den här exporten från LimeSurvey. Under varje rubrik anger en rad hur frågan lästes.',
    devisus:
      'Ingen definition av enkäten angavs: frågorna nedan har lästs ut från kolumnerna och svaren i den här exporten från DEVISUS. Under varje rubrik anger en rad hur frågan lästes.',
    csv: 'Ingen definition av enkäten angavs: frågorna nedan har lästs ut från kolumnerna och svaren i den här CSV-filen. Under varje rubrik anger en rad hur frågan lästes.',
  },
  readAs: {
    options: 'Läst som flerval utifrån kolumnrubrikerna: en kolumn per alternativ, ikryssat eller inte.',
    joined: 'Läst som flerval: de valda svaren står i en cell, åtskilda av ”{{separator}}”.',
    grid: 'Läst som en matris utifrån kolumnrubrikerna: en kolumn per rad, var och en besvarad med samma få värden.',
    rankColumns:
      'Läst som en rangordning utifrån kolumnrubrikerna: en kolumn per placering, med posten som placerats där.',
    rankNumbers: 'Läst som en rangordning utifrån kolumnrubrikerna: en kolumn per post, med dess placering.',
    rating: 'Läst som ett betyg: varje svar är ett heltal från {{min}} till {{max}}.',
    number: 'Läst som tal: varje svar är ett tal.',
    date: 'Läst som datum: varje svar är ett datum eller en tid.',
    single: 'Läst som enkelval: få olika svar, de flesta givna av flera personer.',
    closed: 'Läst som enkelval: SurveyMonkey märker kolumnen ”Response”, inte ”Open-Ended Response”.',
    open: 'Läst som fritext: SurveyMonkey märker kolumnen ”Open-Ended Response”.',
    withOther: 'Läst som enkelval: exporten har en egen kolumn för svaren ”annat”.',
    text: 'Läst som fritext: svaren är för varierade för att vara svarsalternativ.',
  },
};

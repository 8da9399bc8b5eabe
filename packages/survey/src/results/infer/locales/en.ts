// English strings of what <devisus-survey-results> says about an export read without its survey: the source of every other locale.
export default {
  inferred: {
    surveymonkey:
      'No survey definition was given: the questions below were read from the columns and answers of this SurveyMonkey export. Under each title, a line says how it was read.',
    google:
      'No survey definition was given: the questions below were read from the columns and answers of this Google Forms export. Under each title, a line says how it was read.',
    kobo: 'No survey definition was given: the questions below were read from the columns and answers of this KoboToolbox export. Under each title, a line says how it was read.',
    limesurvey:
      'No survey definition was given: the questions below were read from the columns and answers of this LimeSurvey export. Under each title, a line says how it was read.',
    devisus:
      'No survey definition was given: the questions below were read from the columns and answers of this DEVISUS export. Under each title, a line says how it was read.',
    csv: 'No survey definition was given: the questions below were read from the columns and answers of this CSV file. Under each title, a line says how it was read.',
  },
  readAs: {
    options: 'Read as several choices from the column headers: one column per option, ticked or not.',
    joined: 'Read as several choices: the answers chosen are joined by “{{separator}}” in one cell.',
    grid: 'Read as a grid from the column headers: one column per row, each answered from the same few values.',
    rankColumns: 'Read as a ranking from the column headers: one column per place, holding the item put there.',
    rankNumbers: 'Read as a ranking from the column headers: one column per item, holding its place.',
    rating: 'Read as a rating: every answer is a whole number from {{min}} to {{max}}.',
    number: 'Read as numbers: every answer is a number.',
    date: 'Read as dates: every answer is a date or a time.',
    single: 'Read as one choice: few different answers, most of them given by several people.',
    closed: 'Read as one choice: SurveyMonkey marks this column “Response”, not “Open-Ended Response”.',
    open: 'Read as free text: SurveyMonkey marks this column “Open-Ended Response”.',
    withOther: 'Read as one choice: the export has a separate column for its “other” answers.',
    text: 'Read as free text: the answers are too varied to be choices.',
  },
};

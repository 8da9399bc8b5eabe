// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Der blev ikke angivet nogen definition af spørgeskemaet: spørgsmålene nedenfor er læst ud fra kolonnerne og svarene i denne eksport fra SurveyMonkey. Under hver titel står der, hvordan spørgsmålet blev læst.',
    google:
      'Der blev ikke angivet nogen definition af spørgeskemaet: spørgsmålene nedenfor er læst ud fra kolonnerne og svarene i denne eksport fra Google Forms. Under hver titel står der, hvordan spørgsmålet blev læst.',
    kobo: 'Der blev ikke angivet nogen definition af spørgeskemaet: spørgsmålene nedenfor er læst ud fra kolonnerne og svarene i denne eksport fra KoboToolbox. Under hver titel står der, hvordan spørgsmålet blev læst.',
    limesurvey:
      'Der blev ikke angivet nogen definition af spørgeskemaet: spørgsmålene nedenfor er læst ud fra kolonnerne og svarene i denne eksport fra LimeSurvey. Under hver titel står der, hvordan spørgsmålet blev læst.',
    devisus:
      'Der blev ikke angivet nogen definition af spørgeskemaet: spørgsmålene nedenfor er læst ud fra kolonnerne og svarene i denne eksport fra DEVISUS. Under hver titel står der, hvordan spørgsmålet blev læst.',
    csv: 'Der blev ikke angivet nogen definition af spørgeskemaet: spørgsmålene nedenfor er læst ud fra kolonnerne og svarene i denne CSV-fil. Under hver titel står der, hvordan spørgsmålet blev læst.',
  },
  readAs: {
    options: 'Læst som flere valg ud fra kolonneoverskrifterne: én kolonne pr. valgmulighed, afkrydset eller ej.',
    joined: 'Læst som flere valg: de valgte svar står i én celle, adskilt af “{{separator}}”.',
    grid: 'Læst som en matrix ud fra kolonneoverskrifterne: én kolonne pr. række, hver besvaret med de samme få værdier.',
    rankColumns:
      'Læst som en rangordning ud fra kolonneoverskrifterne: én kolonne pr. placering med det element, der er sat der.',
    rankNumbers: 'Læst som en rangordning ud fra kolonneoverskrifterne: én kolonne pr. element med dets placering.',
    rating: 'Læst som en bedømmelse: hvert svar er et helt tal fra {{min}} til {{max}}.',
    number: 'Læst som tal: hvert svar er et tal.',
    date: 'Læst som datoer: hvert svar er en dato eller et klokkeslæt.',
    single: 'Læst som ét valg: få forskellige svar, de fleste givet af flere personer.',
    closed: 'Læst som ét valg: SurveyMonkey markerer denne kolonne “Response”, ikke “Open-Ended Response”.',
    open: 'Læst som fritekst: SurveyMonkey markerer denne kolonne “Open-Ended Response”.',
    withOther: 'Læst som ét valg: eksporten har en særskilt kolonne til svarene “andet”.',
    text: 'Læst som fritekst: svarene er for forskellige til at være valgmuligheder.',
  },
};

// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Non se achegou ningunha definición da enquisa: as preguntas de abaixo léronse das columnas e respostas desta exportación de SurveyMonkey. Baixo cada título, unha liña indica como se leu.',
    google:
      'Non se achegou ningunha definición da enquisa: as preguntas de abaixo léronse das columnas e respostas desta exportación de Google Forms. Baixo cada título, unha liña indica como se leu.',
    kobo: 'Non se achegou ningunha definición da enquisa: as preguntas de abaixo léronse das columnas e respostas desta exportación de KoboToolbox. Baixo cada título, unha liña indica como se leu.',
    limesurvey:
      'Non se achegou ningunha definición da enquisa: as preguntas de abaixo léronse das columnas e respostas desta exportación de LimeSurvey. Baixo cada título, unha liña indica como se leu.',
    devisus:
      'Non se achegou ningunha definición da enquisa: as preguntas de abaixo léronse das columnas e respostas desta exportación de DEVISUS. Baixo cada título, unha liña indica como se leu.',
    csv: 'Non se achegou ningunha definición da enquisa: as preguntas de abaixo léronse das columnas e respostas deste ficheiro CSV. Baixo cada título, unha liña indica como se leu.',
  },
  readAs: {
    options:
      'Lida como escolla múltiple a partir das cabeceiras das columnas: unha columna por opción, marcada ou non.',
    joined: 'Lida como escolla múltiple: as respostas escollidas están unidas por «{{separator}}» nunha mesma cela.',
    grid: 'Lida como grella a partir das cabeceiras das columnas: unha columna por fila, cada unha respondida cos mesmos poucos valores.',
    rankColumns:
      'Lida como clasificación a partir das cabeceiras das columnas: unha columna por posto, co elemento colocado nel.',
    rankNumbers:
      'Lida como clasificación a partir das cabeceiras das columnas: unha columna por elemento, co seu posto.',
    rating: 'Lida como valoración: cada resposta é un número enteiro de {{min}} a {{max}}.',
    number: 'Lida como números: cada resposta é un número.',
    date: 'Lida como datas: cada resposta é unha data ou unha hora.',
    single: 'Lida como escolla única: poucas respostas diferentes, a maioría dadas por varias persoas.',
    closed: 'Lida como escolla única: SurveyMonkey marca esta columna como «Response», non «Open-Ended Response».',
    open: 'Lida como texto libre: SurveyMonkey marca esta columna como «Open-Ended Response».',
    withOther: 'Lida como escolla única: a exportación ten unha columna á parte para as respostas «outro».',
    text: 'Lida como texto libre: as respostas son demasiado variadas para seren opcións.',
  },
};

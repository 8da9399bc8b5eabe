export default {
  inferred: {
    surveymonkey:
      'No se ha dado ninguna definición de la encuesta: las preguntas de abajo se han leído de las columnas y respuestas de esta exportación de SurveyMonkey. Bajo cada título, una línea dice cómo.',
    google:
      'No se ha dado ninguna definición de la encuesta: las preguntas de abajo se han leído de las columnas y respuestas de esta exportación de Google Forms. Bajo cada título, una línea dice cómo.',
    kobo: 'No se ha dado ninguna definición de la encuesta: las preguntas de abajo se han leído de las columnas y respuestas de esta exportación de KoboToolbox. Bajo cada título, una línea dice cómo.',
    limesurvey:
      'No se ha dado ninguna definición de la encuesta: las preguntas de abajo se han leído de las columnas y respuestas de esta exportación de LimeSurvey. Bajo cada título, una línea dice cómo.',
    devisus:
      'No se ha dado ninguna definición de la encuesta: las preguntas de abajo se han leído de las columnas y respuestas de esta exportación de DEVISUS. Bajo cada título, una línea dice cómo.',
    csv: 'No se ha dado ninguna definición de la encuesta: las preguntas de abajo se han leído de las columnas y respuestas de este archivo CSV. Bajo cada título, una línea dice cómo.',
  },
  readAs: {
    options: 'Leída como opción múltiple a partir de los encabezados: una columna por opción, marcada o no.',
    joined: 'Leída como opción múltiple: las respuestas elegidas van unidas por «{{separator}}» en una celda.',
    grid: 'Leída como una cuadrícula a partir de los encabezados: una columna por fila, todas respondidas con los mismos pocos valores.',
    rankColumns:
      'Leída como una clasificación a partir de los encabezados: una columna por puesto, con el elemento puesto ahí.',
    rankNumbers: 'Leída como una clasificación a partir de los encabezados: una columna por elemento, con su puesto.',
    rating: 'Leída como una valoración: cada respuesta es un número entero de {{min}} a {{max}}.',
    number: 'Leída como números: cada respuesta es un número.',
    date: 'Leída como fechas: cada respuesta es una fecha o una hora.',
    single: 'Leída como opción única: pocas respuestas distintas, la mayoría dadas por varias personas.',
    closed: 'Leída como opción única: SurveyMonkey marca esta columna «Response», no «Open-Ended Response».',
    open: 'Leída como texto libre: SurveyMonkey marca esta columna «Open-Ended Response».',
    withOther: 'Leída como opción única: la exportación tiene una columna aparte para sus respuestas «otro».',
    text: 'Leída como texto libre: las respuestas son demasiado variadas para ser opciones.',
  },
};

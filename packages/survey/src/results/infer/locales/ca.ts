export default {
  inferred: {
    surveymonkey:
      'No s’ha donat cap definició de l’enquesta: les preguntes d’aquí sota s’han llegit de les columnes i les respostes de aquesta exportació de SurveyMonkey. Sota cada títol, una línia diu com.',
    google:
      'No s’ha donat cap definició de l’enquesta: les preguntes d’aquí sota s’han llegit de les columnes i les respostes de aquesta exportació de Google Forms. Sota cada títol, una línia diu com.',
    kobo: 'No s’ha donat cap definició de l’enquesta: les preguntes d’aquí sota s’han llegit de les columnes i les respostes de aquesta exportació de KoboToolbox. Sota cada títol, una línia diu com.',
    limesurvey:
      'No s’ha donat cap definició de l’enquesta: les preguntes d’aquí sota s’han llegit de les columnes i les respostes de aquesta exportació de LimeSurvey. Sota cada títol, una línia diu com.',
    devisus:
      'No s’ha donat cap definició de l’enquesta: les preguntes d’aquí sota s’han llegit de les columnes i les respostes de aquesta exportació de DEVISUS. Sota cada títol, una línia diu com.',
    csv: 'No s’ha donat cap definició de l’enquesta: les preguntes d’aquí sota s’han llegit de les columnes i les respostes de aquest fitxer CSV. Sota cada títol, una línia diu com.',
  },
  readAs: {
    options: 'Llegida com a opció múltiple a partir de les capçaleres: una columna per opció, marcada o no.',
    joined: 'Llegida com a opció múltiple: les respostes triades van unides per «{{separator}}» en una cel·la.',
    grid: 'Llegida com una graella a partir de les capçaleres: una columna per fila, totes respostes amb els mateixos pocs valors.',
    rankColumns:
      'Llegida com una classificació a partir de les capçaleres: una columna per posició, amb l’element posat allà.',
    rankNumbers:
      'Llegida com una classificació a partir de les capçaleres: una columna per element, amb la seva posició.',
    rating: 'Llegida com una valoració: cada resposta és un nombre enter de {{min}} a {{max}}.',
    number: 'Llegida com a nombres: cada resposta és un nombre.',
    date: 'Llegida com a dates: cada resposta és una data o una hora.',
    single: 'Llegida com a opció única: poques respostes diferents, la majoria donades per diverses persones.',
    closed: 'Llegida com a opció única: SurveyMonkey marca aquesta columna «Response», no «Open-Ended Response».',
    open: 'Llegida com a text lliure: SurveyMonkey marca aquesta columna «Open-Ended Response».',
    withOther: 'Llegida com a opció única: l’exportació té una columna a part per a les respostes «altre».',
    text: 'Llegida com a text lliure: les respostes són massa variades per ser opcions.',
  },
};

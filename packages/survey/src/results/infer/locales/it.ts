export default {
  inferred: {
    surveymonkey:
      'Non è stata fornita alcuna definizione del questionario: le domande qui sotto sono state lette dalle colonne e dalle risposte di questa esportazione di SurveyMonkey. Sotto ogni titolo, una riga dice come.',
    google:
      'Non è stata fornita alcuna definizione del questionario: le domande qui sotto sono state lette dalle colonne e dalle risposte di questa esportazione di Google Forms. Sotto ogni titolo, una riga dice come.',
    kobo: 'Non è stata fornita alcuna definizione del questionario: le domande qui sotto sono state lette dalle colonne e dalle risposte di questa esportazione di KoboToolbox. Sotto ogni titolo, una riga dice come.',
    limesurvey:
      'Non è stata fornita alcuna definizione del questionario: le domande qui sotto sono state lette dalle colonne e dalle risposte di questa esportazione di LimeSurvey. Sotto ogni titolo, una riga dice come.',
    devisus:
      'Non è stata fornita alcuna definizione del questionario: le domande qui sotto sono state lette dalle colonne e dalle risposte di questa esportazione di DEVISUS. Sotto ogni titolo, una riga dice come.',
    csv: 'Non è stata fornita alcuna definizione del questionario: le domande qui sotto sono state lette dalle colonne e dalle risposte di questo file CSV. Sotto ogni titolo, una riga dice come.',
  },
  readAs: {
    options: 'Letta come scelta multipla dalle intestazioni di colonna: una colonna per opzione, spuntata o no.',
    joined: 'Letta come scelta multipla: le risposte scelte sono unite da «{{separator}}» in una cella.',
    grid: 'Letta come griglia dalle intestazioni di colonna: una colonna per riga, ognuna con gli stessi pochi valori.',
    rankColumns:
      'Letta come classifica dalle intestazioni di colonna: una colonna per posizione, con l’elemento messo lì.',
    rankNumbers: 'Letta come classifica dalle intestazioni di colonna: una colonna per elemento, con la sua posizione.',
    rating: 'Letta come valutazione: ogni risposta è un numero intero da {{min}} a {{max}}.',
    number: 'Letta come numeri: ogni risposta è un numero.',
    date: 'Letta come date: ogni risposta è una data o un orario.',
    single: 'Letta come scelta singola: poche risposte diverse, la maggior parte date da più persone.',
    closed: 'Letta come scelta singola: SurveyMonkey segna questa colonna «Response», non «Open-Ended Response».',
    open: 'Letta come testo libero: SurveyMonkey segna questa colonna «Open-Ended Response».',
    withOther: 'Letta come scelta singola: l’esportazione ha una colonna a parte per le risposte «altro».',
    text: 'Letta come testo libero: le risposte sono troppo varie per essere scelte.',
  },
};

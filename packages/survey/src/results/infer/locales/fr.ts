export default {
  inferred: {
    surveymonkey:
      'Aucune définition du questionnaire n’a été fournie : les questions ci-dessous ont été lues dans les colonnes et les réponses de cet export SurveyMonkey. Sous chaque titre, une ligne dit comment.',
    google:
      'Aucune définition du questionnaire n’a été fournie : les questions ci-dessous ont été lues dans les colonnes et les réponses de cet export Google Forms. Sous chaque titre, une ligne dit comment.',
    kobo: 'Aucune définition du questionnaire n’a été fournie : les questions ci-dessous ont été lues dans les colonnes et les réponses de cet export KoboToolbox. Sous chaque titre, une ligne dit comment.',
    limesurvey:
      'Aucune définition du questionnaire n’a été fournie : les questions ci-dessous ont été lues dans les colonnes et les réponses de cet export LimeSurvey. Sous chaque titre, une ligne dit comment.',
    devisus:
      'Aucune définition du questionnaire n’a été fournie : les questions ci-dessous ont été lues dans les colonnes et les réponses de cet export DEVISUS. Sous chaque titre, une ligne dit comment.',
    csv: 'Aucune définition du questionnaire n’a été fournie : les questions ci-dessous ont été lues dans les colonnes et les réponses de ce fichier CSV. Sous chaque titre, une ligne dit comment.',
  },
  readAs: {
    options: 'Lue comme un choix multiple d’après les en-têtes de colonnes : une colonne par option, cochée ou non.',
    joined:
      'Lue comme un choix multiple : les réponses choisies sont jointes par « {{separator}} » dans une même cellule.',
    grid: 'Lue comme une grille d’après les en-têtes de colonnes : une colonne par ligne, chacune répondue parmi les mêmes quelques valeurs.',
    rankColumns:
      'Lue comme un classement d’après les en-têtes de colonnes : une colonne par rang, avec l’élément placé à ce rang.',
    rankNumbers: 'Lue comme un classement d’après les en-têtes de colonnes : une colonne par élément, avec son rang.',
    rating: 'Lue comme une note : chaque réponse est un nombre entier de {{min}} à {{max}}.',
    number: 'Lue comme des nombres : chaque réponse est un nombre.',
    date: 'Lue comme des dates : chaque réponse est une date ou une heure.',
    single: 'Lue comme un choix unique : peu de réponses différentes, la plupart données par plusieurs personnes.',
    closed:
      'Lue comme un choix unique : SurveyMonkey marque cette colonne « Response » et non « Open-Ended Response ».',
    open: 'Lue comme du texte libre : SurveyMonkey marque cette colonne « Open-Ended Response ».',
    withOther: 'Lue comme un choix unique : l’export a une colonne à part pour ses réponses « autre ».',
    text: 'Lue comme du texte libre : les réponses sont trop variées pour être des choix.',
  },
};

import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'features.devisus-2022-04-paris.properties.name': 'Partnertreffen 1, Paris',
  'features.devisus-2022-04-paris.properties.description':
    'Einrichtung des Konsortiums: seine Arbeitsweise, der Gesamtzeitplan und die Arbeitsergebnisse.',
  'features.devisus-2022-04-paris.properties.city': 'Paris',
  'features.devisus-2022-09-lille.properties.name': 'Partnertreffen 2, Lille',
  'features.devisus-2022-09-lille.properties.description':
    'Eine gemeinsame Kultur aufbauen: Die Partner tauschen Erfahrungen aus und hören Forschende an. Forschende der Chaire ESS Hauts-de-France sprachen über den Unterschied zwischen Messen und Evaluieren sowie zwischen Wirkung und Nutzen; das CIRAD stellte partizipative Garantiesysteme vor; ConcertES und das CES Liège stellten VISES vor und das, was in Wallonien darauf folgte.',
  'features.devisus-2022-09-lille.properties.city': 'Lille',
  'features.devisus-2022-10-rome.properties.name': 'Partnertreffen 3, Rom',
  'features.devisus-2022-10-rome.properties.description':
    'Welche Kompetenzen und welches Know-how es braucht, um Organisationen bei der Bewertung ihrer sozialen Wirkung zu helfen.',
  'features.devisus-2022-10-rome.properties.city': 'Rom',
  'features.devisus-2023-02-namur.properties.name': 'Partnertreffen 4, Namur',
  'features.devisus-2023-02-namur.properties.description':
    'Ein Weiterbildungsrahmen für Coaches, die Organisationen im Bereich soziale Wirkung begleiten.',
  'features.devisus-2023-02-namur.properties.city': 'Namur',
  'features.devisus-2023-05-brussels.properties.name': 'Partnertreffen 5, Brüssel',
  'features.devisus-2023-05-brussels.properties.description': 'Die Ergebnisse teilen und das Projekt abschließen.',
  'features.devisus-2023-05-brussels.properties.city': 'Brüssel',
  'features.mes.properties.description': 'Partner von DEVISUS. Koordinator des Projekts.',
  'features.adepes.properties.description': 'Partner von DEVISUS.',
  'features.apes.properties.description': 'Partner von DEVISUS.',
  'features.ries.properties.description': 'Partner von DEVISUS.',
  'features.unipso.properties.description': 'Partner von DEVISUS.',
  'features.concertes.properties.description': 'Partner von DEVISUS.',
  'features.ripess-europe.properties.description':
    'Partner von DEVISUS. Das europäische Netzwerk der Solidarwirtschaft.',
  'features.initiative-europe-conseil.properties.description': 'Partner von DEVISUS.',
  'features.lifelong-learning-platform.properties.description': 'Partner von DEVISUS.',
  'features.reso-solidaire.properties.description':
    'Partner von Impact & ValuESS. Ein Entwicklungszentrum der Sozial- und Solidarwirtschaft in der Bretagne.',
  'features.reso-solidaire.properties.region': 'Pays de Rennes, Bretagne',
  'features.adess.properties.description':
    'Partner von Impact & ValuESS. Ein Entwicklungszentrum der Sozial- und Solidarwirtschaft in der Bretagne.',
  'features.adess.properties.region': 'Pays de Brest, Bretagne',
  'features.south-west-forum.properties.description': 'Partner von Impact & ValuESS. Eine englische Organisation.',
  'features.south-west-forum.properties.region': 'England',
} satisfies Translation;

import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'features.devisus-2022-04-paris.properties.name': 'Reunió de socis 1, París',
  'features.devisus-2022-04-paris.properties.description':
    'Posada en marxa del consorci: el seu funcionament, el calendari general i els lliurables.',
  'features.devisus-2022-04-paris.properties.city': 'París',
  'features.devisus-2022-09-lille.properties.name': 'Reunió de socis 2, Lilla',
  'features.devisus-2022-09-lille.properties.description':
    'Construir una cultura comuna: els socis intercanvien experiències i escolten investigadors. Investigadors de la Chaire ESS Hauts-de-France van parlar de la diferència entre mesurar i avaluar i entre impacte i utilitat; el CIRAD va presentar els sistemes participatius de garantia; ConcertES i el CES Liège van presentar VISES i el que en va sorgir després a Valònia.',
  'features.devisus-2022-09-lille.properties.city': 'Lilla',
  'features.devisus-2022-10-rome.properties.name': 'Reunió de socis 3, Roma',
  'features.devisus-2022-10-rome.properties.description':
    'Les competències i el saber fer que calen per ajudar les entitats a avaluar el seu impacte social.',
  'features.devisus-2022-10-rome.properties.city': 'Roma',
  'features.devisus-2023-02-namur.properties.name': 'Reunió de socis 4, Namur',
  'features.devisus-2023-02-namur.properties.description': 'Un marc de formació per a acompanyants en impacte social.',
  'features.devisus-2023-02-namur.properties.city': 'Namur',
  'features.devisus-2023-05-brussels.properties.name': 'Reunió de socis 5, Brussel·les',
  'features.devisus-2023-05-brussels.properties.description': 'Difusió dels resultats i tancament del projecte.',
  'features.devisus-2023-05-brussels.properties.city': 'Brussel·les',
  'features.mes.properties.description': 'Soci de DEVISUS. Coordinador del projecte.',
  'features.adepes.properties.description': 'Soci de DEVISUS.',
  'features.apes.properties.description': 'Soci de DEVISUS.',
  'features.ries.properties.description': 'Soci de DEVISUS.',
  'features.unipso.properties.description': 'Soci de DEVISUS.',
  'features.concertes.properties.description': 'Soci de DEVISUS.',
  'features.ripess-europe.properties.description': 'Soci de DEVISUS. La xarxa europea de l’economia solidària.',
  'features.initiative-europe-conseil.properties.description': 'Soci de DEVISUS.',
  'features.lifelong-learning-platform.properties.description': 'Soci de DEVISUS.',
  'features.reso-solidaire.properties.description':
    'Soci d’Impact & ValuESS. Un pol de desenvolupament de l’economia social i solidària a la Bretanya.',
  'features.reso-solidaire.properties.region': 'Pays de Rennes, Bretanya',
  'features.adess.properties.description':
    'Soci d’Impact & ValuESS. Un pol de desenvolupament de l’economia social i solidària a la Bretanya.',
  'features.adess.properties.region': 'Pays de Brest, Bretanya',
  'features.south-west-forum.properties.description': 'Soci d’Impact & ValuESS. Una organització anglesa.',
  'features.south-west-forum.properties.region': 'Anglaterra',
} satisfies Translation;

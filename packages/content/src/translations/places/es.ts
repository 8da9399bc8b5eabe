import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'features.devisus-2022-04-paris.properties.name': 'Reunión de socios 1, París',
  'features.devisus-2022-04-paris.properties.description':
    'Puesta en marcha del consorcio: su funcionamiento, el calendario general y los entregables.',
  'features.devisus-2022-04-paris.properties.city': 'París',
  'features.devisus-2022-09-lille.properties.name': 'Reunión de socios 2, Lille',
  'features.devisus-2022-09-lille.properties.description':
    'Construir una cultura común: los socios intercambian experiencias y escuchan a investigadores. Investigadores de la Chaire ESS Hauts-de-France hablaron de la diferencia entre medir y evaluar y entre impacto y utilidad; el CIRAD presentó los sistemas participativos de garantía; ConcertES y el CES Liège presentaron VISES y lo que vino después en Valonia.',
  'features.devisus-2022-09-lille.properties.city': 'Lille',
  'features.devisus-2022-10-rome.properties.name': 'Reunión de socios 3, Roma',
  'features.devisus-2022-10-rome.properties.description':
    'Las competencias y los conocimientos prácticos que se necesitan para ayudar a las entidades a evaluar su impacto social.',
  'features.devisus-2022-10-rome.properties.city': 'Roma',
  'features.devisus-2023-02-namur.properties.name': 'Reunión de socios 4, Namur',
  'features.devisus-2023-02-namur.properties.description': 'Un marco de formación para acompañantes en impacto social.',
  'features.devisus-2023-02-namur.properties.city': 'Namur',
  'features.devisus-2023-05-brussels.properties.name': 'Reunión de socios 5, Bruselas',
  'features.devisus-2023-05-brussels.properties.description': 'Difusión de los resultados y cierre del proyecto.',
  'features.devisus-2023-05-brussels.properties.city': 'Bruselas',
  'features.mes.properties.description': 'Socio de DEVISUS. Coordinador del proyecto.',
  'features.adepes.properties.description': 'Socio de DEVISUS.',
  'features.apes.properties.description': 'Socio de DEVISUS.',
  'features.ries.properties.description': 'Socio de DEVISUS.',
  'features.unipso.properties.description': 'Socio de DEVISUS.',
  'features.concertes.properties.description': 'Socio de DEVISUS.',
  'features.ripess-europe.properties.description': 'Socio de DEVISUS. La red europea de la economía solidaria.',
  'features.initiative-europe-conseil.properties.description': 'Socio de DEVISUS.',
  'features.lifelong-learning-platform.properties.description': 'Socio de DEVISUS.',
  'features.reso-solidaire.properties.description':
    'Socio de Impact & ValuESS. Un polo de desarrollo de la economía social y solidaria en Bretaña.',
  'features.reso-solidaire.properties.region': 'Pays de Rennes, Bretaña',
  'features.adess.properties.description':
    'Socio de Impact & ValuESS. Un polo de desarrollo de la economía social y solidaria en Bretaña.',
  'features.adess.properties.region': 'Pays de Brest, Bretaña',
  'features.south-west-forum.properties.description': 'Socio de Impact & ValuESS. Una organización inglesa.',
  'features.south-west-forum.properties.region': 'Inglaterra',
} satisfies Translation;

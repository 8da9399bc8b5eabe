import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'features.devisus-2022-04-paris.properties.name': 'Reunião de parceiros 1, Paris',
  'features.devisus-2022-04-paris.properties.description':
    'Criação do consórcio: o seu funcionamento, o calendário geral e os resultados a entregar.',
  'features.devisus-2022-04-paris.properties.city': 'Paris',
  'features.devisus-2022-09-lille.properties.name': 'Reunião de parceiros 2, Lille',
  'features.devisus-2022-09-lille.properties.description':
    'Construir uma cultura comum: os parceiros trocam experiências e ouvem investigadores. Investigadores da Chaire ESS Hauts-de-France falaram da diferença entre medir e avaliar e entre impacto e utilidade; o CIRAD apresentou os sistemas participativos de garantia; a ConcertES e o CES Liège apresentaram o VISES e o que se lhe seguiu na Valónia.',
  'features.devisus-2022-09-lille.properties.city': 'Lille',
  'features.devisus-2022-10-rome.properties.name': 'Reunião de parceiros 3, Roma',
  'features.devisus-2022-10-rome.properties.description':
    'As competências e o saber-fazer necessários para ajudar as organizações a avaliar o seu impacto social.',
  'features.devisus-2022-10-rome.properties.city': 'Roma',
  'features.devisus-2023-02-namur.properties.name': 'Reunião de parceiros 4, Namur',
  'features.devisus-2023-02-namur.properties.description':
    'Um referencial de formação para técnicos de acompanhamento em impacto social.',
  'features.devisus-2023-02-namur.properties.city': 'Namur',
  'features.devisus-2023-05-brussels.properties.name': 'Reunião de parceiros 5, Bruxelas',
  'features.devisus-2023-05-brussels.properties.description': 'Disseminação dos resultados e encerramento do projeto.',
  'features.devisus-2023-05-brussels.properties.city': 'Bruxelas',
  'features.mes.properties.description': 'Parceiro do DEVISUS. Coordenador do projeto.',
  'features.adepes.properties.description': 'Parceiro do DEVISUS.',
  'features.apes.properties.description': 'Parceiro do DEVISUS.',
  'features.ries.properties.description': 'Parceiro do DEVISUS.',
  'features.unipso.properties.description': 'Parceiro do DEVISUS.',
  'features.concertes.properties.description': 'Parceiro do DEVISUS.',
  'features.ripess-europe.properties.description': 'Parceiro do DEVISUS. A rede europeia da economia solidária.',
  'features.initiative-europe-conseil.properties.description': 'Parceiro do DEVISUS.',
  'features.lifelong-learning-platform.properties.description': 'Parceiro do DEVISUS.',
  'features.reso-solidaire.properties.description':
    'Parceiro do Impact & ValuESS. Um polo de desenvolvimento da economia social e solidária na Bretanha.',
  'features.reso-solidaire.properties.region': 'Pays de Rennes, Bretanha',
  'features.adess.properties.description':
    'Parceiro do Impact & ValuESS. Um polo de desenvolvimento da economia social e solidária na Bretanha.',
  'features.adess.properties.region': 'Pays de Brest, Bretanha',
  'features.south-west-forum.properties.description': 'Parceiro do Impact & ValuESS. Uma organização inglesa.',
  'features.south-west-forum.properties.region': 'Inglaterra',
} satisfies Translation;

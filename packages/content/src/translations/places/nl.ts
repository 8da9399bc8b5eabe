import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'features.devisus-2022-04-paris.properties.name': 'Partnerbijeenkomst 1, Parijs',
  'features.devisus-2022-04-paris.properties.description':
    'Opzet van het consortium: hoe het werkt, de algemene planning en de op te leveren resultaten.',
  'features.devisus-2022-04-paris.properties.city': 'Parijs',
  'features.devisus-2022-09-lille.properties.name': 'Partnerbijeenkomst 2, Rijsel',
  'features.devisus-2022-09-lille.properties.description':
    'Een gedeelde cultuur opbouwen: de partners wisselen ervaringen uit en luisteren naar onderzoekers. Onderzoekers van de Chaire ESS Hauts-de-France spraken over het verschil tussen meten en evalueren en tussen impact en nut; CIRAD stelde participatieve garantiesystemen voor; ConcertES en CES Liège stelden VISES voor en wat daarop volgde in Wallonië.',
  'features.devisus-2022-09-lille.properties.city': 'Rijsel',
  'features.devisus-2022-10-rome.properties.name': 'Partnerbijeenkomst 3, Rome',
  'features.devisus-2022-10-rome.properties.description':
    'Welke vaardigheden en knowhow nodig zijn om organisaties te helpen hun maatschappelijke impact te evalueren.',
  'features.devisus-2022-10-rome.properties.city': 'Rome',
  'features.devisus-2023-02-namur.properties.name': 'Partnerbijeenkomst 4, Namen',
  'features.devisus-2023-02-namur.properties.description':
    'Een opleidingskader voor begeleiders in maatschappelijke impact.',
  'features.devisus-2023-02-namur.properties.city': 'Namen',
  'features.devisus-2023-05-brussels.properties.name': 'Partnerbijeenkomst 5, Brussel',
  'features.devisus-2023-05-brussels.properties.description': 'De resultaten delen en het project afsluiten.',
  'features.devisus-2023-05-brussels.properties.city': 'Brussel',
  'features.mes.properties.description': 'Partner van DEVISUS. Coördinator van het project.',
  'features.adepes.properties.description': 'Partner van DEVISUS.',
  'features.apes.properties.description': 'Partner van DEVISUS.',
  'features.ries.properties.description': 'Partner van DEVISUS.',
  'features.unipso.properties.description': 'Partner van DEVISUS.',
  'features.concertes.properties.description': 'Partner van DEVISUS.',
  'features.ripess-europe.properties.description':
    'Partner van DEVISUS. Het Europese netwerk van de solidaire economie.',
  'features.initiative-europe-conseil.properties.description': 'Partner van DEVISUS.',
  'features.lifelong-learning-platform.properties.description': 'Partner van DEVISUS.',
  'features.reso-solidaire.properties.description':
    'Partner van Impact & ValuESS. Een ontwikkelingscentrum van de sociale en solidaire economie in Bretagne.',
  'features.reso-solidaire.properties.region': 'Pays de Rennes, Bretagne',
  'features.adess.properties.description':
    'Partner van Impact & ValuESS. Een ontwikkelingscentrum van de sociale en solidaire economie in Bretagne.',
  'features.adess.properties.region': 'Pays de Brest, Bretagne',
  'features.south-west-forum.properties.description': 'Partner van Impact & ValuESS. Een Engelse organisatie.',
  'features.south-west-forum.properties.region': 'Engeland',
} satisfies Translation;

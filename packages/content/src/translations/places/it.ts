import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'features.devisus-2022-04-paris.properties.name': 'Incontro dei partner 1, Parigi',
  'features.devisus-2022-04-paris.properties.description':
    'Avvio del consorzio: il suo funzionamento, il calendario generale e i prodotti attesi.',
  'features.devisus-2022-04-paris.properties.city': 'Parigi',
  'features.devisus-2022-09-lille.properties.name': 'Incontro dei partner 2, Lille',
  'features.devisus-2022-09-lille.properties.description':
    'Costruire una cultura comune: i partner si scambiano esperienze e ascoltano alcuni ricercatori. I ricercatori della Chaire ESS Hauts-de-France hanno parlato della differenza tra misurare e valutare e tra impatto e utilità; il CIRAD ha presentato i sistemi di garanzia partecipativi; ConcertES e il CES Liège hanno presentato VISES e i suoi sviluppi in Vallonia.',
  'features.devisus-2022-09-lille.properties.city': 'Lille',
  'features.devisus-2022-10-rome.properties.name': 'Incontro dei partner 3, Roma',
  'features.devisus-2022-10-rome.properties.description':
    'Le competenze e il saper fare necessari per aiutare le organizzazioni a valutare il proprio impatto sociale.',
  'features.devisus-2022-10-rome.properties.city': 'Roma',
  'features.devisus-2023-02-namur.properties.name': 'Incontro dei partner 4, Namur',
  'features.devisus-2023-02-namur.properties.description':
    'Un quadro di formazione per gli accompagnatori sull’impatto sociale.',
  'features.devisus-2023-02-namur.properties.city': 'Namur',
  'features.devisus-2023-05-brussels.properties.name': 'Incontro dei partner 5, Bruxelles',
  'features.devisus-2023-05-brussels.properties.description': 'Diffusione dei risultati e chiusura del progetto.',
  'features.devisus-2023-05-brussels.properties.city': 'Bruxelles',
  'features.mes.properties.description': 'Partner di DEVISUS. Coordinatore del progetto.',
  'features.adepes.properties.description': 'Partner di DEVISUS.',
  'features.apes.properties.description': 'Partner di DEVISUS.',
  'features.ries.properties.description': 'Partner di DEVISUS.',
  'features.unipso.properties.description': 'Partner di DEVISUS.',
  'features.concertes.properties.description': 'Partner di DEVISUS.',
  'features.ripess-europe.properties.description': 'Partner di DEVISUS. La rete europea dell’economia solidale.',
  'features.initiative-europe-conseil.properties.description': 'Partner di DEVISUS.',
  'features.lifelong-learning-platform.properties.description': 'Partner di DEVISUS.',
  'features.reso-solidaire.properties.description':
    'Partner di Impact & ValuESS. Un polo di sviluppo dell’economia sociale e solidale in Bretagna.',
  'features.reso-solidaire.properties.region': 'Pays de Rennes, Bretagna',
  'features.adess.properties.description':
    'Partner di Impact & ValuESS. Un polo di sviluppo dell’economia sociale e solidale in Bretagna.',
  'features.adess.properties.region': 'Pays de Brest, Bretagna',
  'features.south-west-forum.properties.description': 'Partner di Impact & ValuESS. Un’organizzazione inglese.',
  'features.south-west-forum.properties.region': 'Inghilterra',
} satisfies Translation;

import type { DemoList } from './demo-list.js';

/**
 * Sample good practices of the social and solidarity economy. Titles are LocalizedText: the last
 * one has English and French only, so in the other languages it shows the English fallback.
 */
export const samplePractices: DemoList = {
  items: [
    {
      id: 'repair-cafe',
      title: {
        en: 'Neighbourhood repair café',
        fr: 'Repair café de quartier',
        it: 'Repair café di quartiere',
        nl: 'Repaircafé in de buurt',
        es: 'Repair café de barrio',
        de: 'Repair-Café im Viertel',
        pt: 'Repair café de bairro',
        ca: 'Repair cafè de barri',
      },
      place: 'Liège',
    },
    {
      id: 'food-coop',
      title: {
        en: 'Food cooperative run by its members',
        fr: 'Coopérative alimentaire gérée par ses membres',
        it: 'Cooperativa alimentare gestita dai soci',
        nl: 'Voedselcoöperatie beheerd door haar leden',
        es: 'Cooperativa de consumo gestionada por sus socios',
        de: 'Lebensmittelgenossenschaft in der Hand ihrer Mitglieder',
        pt: 'Cooperativa alimentar gerida pelos seus membros',
        ca: 'Cooperativa de consum gestionada pels seus socis',
      },
      place: 'Barcelona',
    },
    {
      id: 'work-integration',
      title: {
        en: 'Work-integration social enterprise',
        fr: 'Entreprise sociale d’insertion par le travail',
        it: 'Impresa sociale di inserimento lavorativo',
        nl: 'Sociale onderneming voor arbeidsintegratie',
        es: 'Empresa social de inserción laboral',
        de: 'Soziales Unternehmen zur Arbeitsintegration',
        pt: 'Empresa social de inserção pelo trabalho',
        ca: 'Empresa social d’inserció laboral',
      },
      place: 'Torino',
    },
    {
      id: 'energy-coop',
      title: { en: 'Citizen energy cooperative', fr: 'Coopérative citoyenne d’énergie' },
      place: 'Gent',
    },
  ],
};

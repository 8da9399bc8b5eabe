import type { Practice } from '../../src/index.js';

/** Practices for the tests: accents, several languages, facets that overlap. */
export const practices: Practice[] = [
  {
    id: 'economie-circulaire',
    title: { en: 'A circular economy workshop', fr: 'Un atelier d’économie circulaire' },
    summary: { en: 'Repairing furniture with young people.', fr: 'Réparer des meubles avec des jeunes.' },
    organisations: [{ name: 'Atelier Réemploi', url: 'https://example.org/reemploi' }],
    country: 'FR',
    city: 'Lille',
    themes: ['circular-economy', 'youth'],
    dimensions: ['ecological', 'social'],
    evaluationMethod: { en: 'Questionnaire', fr: 'Questionnaire' },
    timeframe: { start: '2021-03' },
    source: { project: 'Test project' },
  },
  {
    id: 'cooperative-energy',
    title: { en: 'Citizen energy cooperative', fr: 'Coopérative citoyenne d’énergie' },
    summary: {
      en: 'Residents own the solar panels on the school roof.',
      fr: 'Les habitants possèdent les panneaux solaires du toit de l’école.',
    },
    organisations: [{ name: 'Sun Coop' }],
    country: ['BE', 'FR'],
    themes: ['energy', 'citizenship'],
    dimensions: ['ecological', 'democratic'],
    evaluationMethod: { en: 'Case study', fr: 'Étude de cas' },
    timeframe: { start: '2019-01', end: '2023-12' },
    source: { project: 'Other project' },
  },
  {
    id: 'social-utility-training',
    title: { en: 'Training coaches in social utility', fr: 'Former des accompagnateurs à l’utilité sociale' },
    summary: {
      en: 'A course for coaches who support social economy organisations.',
      fr: 'Une formation pour les accompagnateurs.',
    },
    organisations: [{ name: 'Learning Network' }],
    country: 'IT',
    themes: ['training', 'social-utility'],
    problem: {
      en: 'Few coaches know evaluation methods.',
      fr: 'Peu d’accompagnateurs connaissent les méthodes d’évaluation.',
    },
    timeframe: { start: '2022-10' },
    source: { project: 'Test project' },
  },
];

/** `count` generated practices, for lists longer than a page. */
export function manyPractices(count: number): Practice[] {
  const countries = ['FR', 'BE', 'IT', 'ES', 'DE', 'PT', 'NL'];
  const themes = ['training', 'energy', 'housing', 'food', 'finance', 'culture'];
  return Array.from({ length: count }, (_, index) => ({
    id: `practice-${index}`,
    title: `Practice number ${index} about ${themes[index % themes.length]}`,
    summary: `A generated practice in ${countries[index % countries.length]}.`,
    organisations: [{ name: `Organisation ${index % 50}` }],
    country: countries[index % countries.length],
    themes: [themes[index % themes.length]],
  }));
}

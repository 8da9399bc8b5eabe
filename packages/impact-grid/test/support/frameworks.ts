import type { Framework } from '../../src/index.js';

const levels = [0, 1, 2, 3].map((value) => ({ value, label: { en: `Level ${value}`, fr: `Niveau ${value}` } }));

/** A small grid with every indicator type, two dimensions and weights, for exact expectations. */
export const smallFramework: Framework = {
  id: 'small',
  version: '2',
  title: { en: 'Small grid', fr: 'Petite grille' },
  dimensions: [
    {
      id: 'people',
      title: { en: 'People', fr: 'Personnes' },
      criteria: [
        {
          id: 'people-care',
          title: { en: 'Care', fr: 'Soin' },
          indicators: [
            { id: 'care-scale', title: { en: 'How much care?', fr: 'Combien de soin ?' }, type: 'scale', levels },
            { id: 'care-yes', title: { en: 'Do you listen?', fr: 'Écoutez-vous ?' }, type: 'yesno', weight: 3 },
          ],
        },
      ],
    },
    {
      id: 'planet',
      title: { en: 'Planet', fr: 'Planète' },
      weight: 2,
      criteria: [
        {
          id: 'planet-waste',
          title: { en: 'Waste', fr: 'Déchets' },
          indicators: [
            {
              id: 'waste-share',
              title: { en: 'Share recycled', fr: 'Part recyclée' },
              type: 'number',
              baseline: 10,
              target: 60,
              unit: '%',
            },
            { id: 'waste-story', title: { en: 'Tell us more', fr: 'Dites-nous en plus' }, type: 'text' },
          ],
        },
      ],
    },
  ],
};

/** A third dimension, so that the results draw a radar chart. */
export const threeDimensions: Framework = {
  ...smallFramework,
  id: 'three',
  dimensions: [
    ...smallFramework.dimensions,
    {
      id: 'town',
      title: 'Town',
      criteria: [
        { id: 'town-links', title: 'Links', indicators: [{ id: 'town-partner', title: 'Partners?', type: 'yesno' }] },
      ],
    },
  ],
};

export function clone<T>(value: T): T {
  return structuredClone(value);
}

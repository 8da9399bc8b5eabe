/** A small survey with every question type and a condition, for exact expectations. */
export const allTypes = {
  id: 'all-types',
  title: { default: 'Everything', fr: 'Tout' },
  showProgressBar: 'top',
  completedHtml: { default: 'Thanks!', fr: 'Merci !' },
  pages: [
    {
      name: 'p1',
      title: 'About you',
      elements: [
        { type: 'text', name: 'org', title: 'Organisation', isRequired: true },
        {
          type: 'text',
          name: 'staff',
          title: 'Staff',
          inputType: 'number',
          validators: [{ type: 'numeric', minValue: 0, maxValue: 1000 }],
        },
        { type: 'text', name: 'email', title: 'Email', inputType: 'email' },
        {
          type: 'radiogroup',
          name: 'evaluates',
          title: 'Do you evaluate?',
          isRequired: true,
          choices: [{ value: 'yes', text: { default: 'Yes', fr: 'Oui' } }, 'no'],
        },
        {
          type: 'checkbox',
          name: 'methods',
          title: 'Methods',
          visibleIf: "{evaluates} = 'yes'",
          choices: ['surveys', 'interviews'],
          showOtherItem: true,
          showNoneItem: true,
        },
      ],
    },
    {
      name: 'p2',
      title: 'More',
      elements: [
        { type: 'dropdown', name: 'country', title: 'Country', choices: ['FR', 'BE'] },
        { type: 'boolean', name: 'share', title: 'Share a practice?' },
        {
          type: 'text',
          name: 'contact',
          title: 'Contact',
          requiredIf: '{share} = true',
          validators: [{ type: 'email' }],
        },
        { type: 'rating', name: 'useful', title: 'Useful?', rateMin: 1, rateMax: 5 },
        { type: 'matrix', name: 'scope', title: 'Scope', columns: ['never', 'often'], rows: ['territory', 'people'] },
        { type: 'ranking', name: 'purposes', title: 'Purposes', choices: ['improve', 'report', 'communicate'] },
        {
          type: 'panel',
          name: 'extra',
          title: 'Extra',
          elements: [{ type: 'comment', name: 'notes', title: 'Notes', validators: [{ type: 'text', maxLength: 20 }] }],
        },
      ],
    },
  ],
};

/** Forgets the drafts and outboxes a test left on this device. */
export function clearSurveyStorage(): void {
  for (const item of Object.keys(localStorage)) if (item.startsWith('devisus:survey-')) localStorage.removeItem(item);
}

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../support/token-sheet.js';

/**
 * The design tokens every element draws with: one colour set (light and dark), one type scale and
 * one spacing scale, defined once in core's theme styles. The colours and the base spacing and
 * font are yours to set (`--devisus-*`, see the Theming guide); the scales follow from them.
 */
const meta = {
  title: 'Core/Design tokens',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Colours, type scale and spacing scale of every DEVISUS element, drawn with the tokens themselves. ' +
          'Switch the theme in the toolbar, or see both palettes below.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The tokens in the theme the toolbar picks (the reader's system preference by default). */
export const Tokens: Story = {
  render: () => html`<devisus-token-sheet></devisus-token-sheet>`,
};

/** The light palette, whatever the toolbar says. */
export const Light: Story = {
  render: () => html`<devisus-token-sheet theme="light"></devisus-token-sheet>`,
};

/** The dark palette, whatever the toolbar says. */
export const Dark: Story = {
  render: () => html`<devisus-token-sheet theme="dark"></devisus-token-sheet>`,
};

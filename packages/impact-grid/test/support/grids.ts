import { html } from 'lit';
import { mount, settled, settledFixture } from '@devisus/test-support';
import type { ImpactGrid } from '../../src/index.js';
import '../../src/define/devisus-impact-grid.js';

/**
 * What a test sets on a grid: its attributes, and the properties it is given as data. The
 * properties are `unknown` because tests give the grid broken data on purpose, as a page could.
 */
export interface GridSetup {
  attributes?: Record<string, string>;
  answers?: unknown;
  comparison?: unknown;
  data?: unknown;
}

/**
 * A grid that keeps nothing on the device (`no-autosave`, so tests never share a draft), with the
 * attributes set first and the properties after, in the order a template binding sets them.
 */
function grid({ attributes = {}, ...properties }: GridSetup): ImpactGrid {
  const el = document.createElement('devisus-impact-grid');
  el.setAttribute('no-autosave', '');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  return el;
}

/** A grid on the page, ready (its data read and rendered). */
export function gridFixture(setup: GridSetup): Promise<ImpactGrid> {
  return settledFixture<ImpactGrid>(html`${grid(setup)}`);
}

/** A grid inside a form on the page, ready, for what the grid does as a form control. */
export async function gridInForm(setup: GridSetup): Promise<{ form: HTMLFormElement; grid: ImpactGrid }> {
  const form = mount<HTMLFormElement>(html`<form>${grid(setup)}</form>`);
  return { form, grid: await settled(form.querySelector('devisus-impact-grid')!) };
}

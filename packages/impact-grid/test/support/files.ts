import type { ImpactGrid } from '../../src/index.js';
import { part, waitFor } from '@devisus/test-support';

/**
 * Chooses a JSON file in the grid's file input, as a reader would, and waits until it is read:
 * whatever becomes of the file (imported, compared or refused), the status line names it.
 */
export async function chooseFile(el: ImpactGrid, name: string, content: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="actions"] input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await waitFor(() => part(el, 'status')?.textContent?.includes(name), `the status line to name ${name}`);
  await el.updateComplete;
}

import type { ImpactGrid } from '../../src/index.js';

/** Chooses a JSON file in the grid's file input, as a reader would, and waits until it is read. */
export async function chooseFile(el: ImpactGrid, name: string, content: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="actions"] input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await new Promise((resolve) => setTimeout(resolve, 100));
  await el.updateComplete;
}

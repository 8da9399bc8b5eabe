import { html, nothing } from 'lit';

/** A table's caption and column headings; `id` lets a chart be labelled by the caption. */
export function tableHead(caption: string, headings: readonly unknown[], id?: string) {
  return html`<caption id=${id ?? nothing}>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${headings.map((heading) => html`<th scope="col">${heading}</th>`)}
      </tr>
    </thead>`;
}

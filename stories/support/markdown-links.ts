/**
 * The guides are written once, as markdown in docs/ (read on GitHub too), and shown in Storybook
 * with the Markdown block. Their links point at sibling files (`./theming.md#fonts`,
 * `../partner-map/data.md`); here they become links to where Storybook shows that file.
 */

/** Where each guide of docs/ is shown: its Docs page, and its heading when a page holds several. */
const PAGES: Record<string, { page: string; heading?: string }> = {
  'guides/embedding.md': { page: 'guides-embedding--docs' },
  'guides/theming.md': { page: 'guides-theming--docs' },
  'guides/data.md': { page: 'guides-data--docs' },
  'guides/languages.md': { page: 'guides-languages--docs' },
  'impact-grid/writing-a-grid.md': { page: 'guides-impact-grid-writing-a-grid--docs' },
  'impact-grid/scores.md': { page: 'guides-impact-grid-scores--docs' },
  'impact-grid/collecting-answers.md': { page: 'guides-impact-grid-collecting-answers--docs' },
  'practices/records.md': { page: 'elements-practice-gallery--guides', heading: 'writing-practice-records' },
  'practices/csv.md': { page: 'elements-practice-gallery--guides', heading: 'practices-from-a-spreadsheet-csv' },
  'practices/embedding-a-filtered-gallery.md': {
    page: 'elements-practice-gallery--guides',
    heading: 'embedding-a-filtered-gallery',
  },
  'partner-map/data.md': { page: 'elements-partner-map--guides', heading: 'places-on-the-partner-map' },
  'partner-map/spreadsheet-to-geojson.md': {
    page: 'elements-partner-map--guides',
    heading: 'from-a-spreadsheet-to-geojson',
  },
  'partner-map/reusing-a-gogocarto-map.md': {
    page: 'elements-partner-map--guides',
    heading: 'reusing-a-gogocarto-map',
  },
  'survey/surveyjs-subset.md': { page: 'elements-survey--guides', heading: 'the-surveyjs-subset' },
  'survey/responses.md': { page: 'elements-survey--guides', heading: 'responses' },
  'survey/receiving-endpoint.md': { page: 'elements-survey--guides', heading: 'a-receiving-endpoint' },
  'survey/embed-privacy.md': { page: 'elements-survey--guides', heading: 'embedding-an-outside-survey-with-consent' },
};

/** `./data.md` or `../guides/data.md`, read from docs/<folder>/, as a path under docs/. */
function underDocs(folder: string, link: string): string {
  return link.startsWith('../') ? link.slice(3) : `${folder}/${link.slice(2)}`;
}

/** Makes each heading one level lower, outside code blocks: on a page holding several guides, each guide's title becomes an h2. */
function demoteHeadings(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (line.trimStart().startsWith('```')) fenced = !fenced;
      return !fenced && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n');
}

/**
 * A guide of docs/ (`file`, e.g. `partner-map/data.md`) ready for the Markdown block: links to other
 * guides lead to their Storybook page (or heading, on the same page), links to files Storybook does
 * not show (READMEs, JSON Schemas, sample files) become plain text, and with `demote` its headings go
 * one level down.
 */
export function storybookMarkdown(markdown: string, file: string, { demote = false } = {}): string {
  const folder = file.split('/')[0];
  const here = PAGES[file]?.page;
  return (demote ? demoteHeadings(markdown) : markdown)
    .replace(
      /\[([^\]]+)\]\((\.\.?\/[A-Za-z/-]+\.md)(#[^)]*)?\)/g,
      (_link, text: string, path: string, hash?: string) => {
        const target = PAGES[underDocs(folder, path)];
        // A guide Storybook does not show (a package's README, say) keeps only its link text.
        if (!target) return text;
        const anchor = hash ?? (target.heading ? `#${target.heading}` : '');
        return target.page === here ? `[${text}](${anchor})` : `[${text}](?path=/docs/${target.page}${anchor})`;
      },
    )
    .replace(/\[([^\]]+)\]\(\.\.?\/[a-z/.-]+\.(json|geojson|csv)\)/g, '$1');
}

/**
 * The guides are written once, as markdown in docs/guides/, and shown here with the Markdown block.
 * Their links point at sibling files (`./theming.md#fonts`), which work on GitHub; in Storybook they
 * become links to the matching Docs page (`?path=/docs/guides-theming--docs`).
 */
const GUIDES: Record<string, string> = {
  'embedding.md': 'guides-embedding--docs',
  'theming.md': 'guides-theming--docs',
  'data.md': 'guides-data--docs',
  'languages.md': 'guides-languages--docs',
};

export function storybookLinks(markdown: string): string {
  return markdown.replace(/\]\(\.\/([a-z-]+\.md)(#[^)]*)?\)/g, (link, file: string, hash = '') => {
    const id = GUIDES[file];
    return id ? `](?path=/docs/${id}${hash})` : link;
  });
}

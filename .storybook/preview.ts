/// <reference types="vite/client" />
import { setCustomElementsManifest } from '@storybook/web-components';
import type { ArgTypesEnhancer, Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { LOCALES } from '@devisus/core';

// ---------------------------------------------------------------------------------------------
// Custom elements manifest: the Docs tables (attributes, properties, events, slots, CSS parts and
// custom properties) come from each package's generated custom-elements.json (`npm run manifests`).
// A glob rather than imports, so that Storybook still starts when some are not generated yet.
// ---------------------------------------------------------------------------------------------

interface Manifest {
  schemaVersion?: string;
  readme?: string;
  modules?: unknown[];
}

const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', { eager: true, import: 'default' });

const manifestFiles = Object.keys(manifests).sort();

setCustomElementsManifest({
  schemaVersion: manifests[manifestFiles[0] ?? '']?.schemaVersion ?? '1.0.0',
  readme: '',
  // Module paths are relative to their package (`src/index.ts` in each): prefix them with the
  // package's folder so that modules of different packages stay distinct.
  modules: manifestFiles.flatMap((file) => {
    const folder = file.replace(/^\.\.\//, '').replace(/\/custom-elements\.json$/, '');
    return (manifests[file]?.modules ?? []).map((module) =>
      typeof module === 'object' && module !== null && 'path' in module
        ? { ...module, path: `${folder}/${String(module.path)}` }
        : module,
    );
  }),
});

// ---------------------------------------------------------------------------------------------
// Language: every DEVISUS element follows `<html lang>` (and its closest `[lang]`) live, so setting
// the attribute is all it takes.
// ---------------------------------------------------------------------------------------------

// Every shipped language, each named in itself (Suomi, Gaeilge, Ελληνικά) by the browser's Intl, so a
// language added to core's LOCALES reaches the menu with no second list to keep in step.
const LANGUAGES = LOCALES.map((value) => {
  const name = new Intl.DisplayNames([value], { type: 'language' }).of(value) ?? value;
  return { value, title: name.charAt(0).toLocaleUpperCase(value) + name.slice(1), right: value };
});

const withLocale: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale;
  // Docs pages wrap each story in Storybook's own `lang="en"` containers, and an element follows
  // its closest `[lang]`: so the story is wrapped in the toolbar's language too.
  return html`<div class="devisus-locale" lang=${locale}>${story()}</div>`;
};

// ---------------------------------------------------------------------------------------------
// Theme: `auto` leaves each element to the reader's system preference (or to the story's own
// `theme`); `light` and `dark` set the `theme` attribute on every `devisus-*` element of the story,
// including ones the story adds later.
// The preview background follows, so a dark element is not judged on a white page.
// ---------------------------------------------------------------------------------------------

type Theme = 'auto' | 'light' | 'dark';

const PREVIEW_STYLES = `
  .devisus-preview {
    --devisus-preview-background: #ffffff;
    --devisus-preview-text: #1a1f1e;
    background: var(--devisus-preview-background);
    color: var(--devisus-preview-text);
    color-scheme: light;
    /* A typical site font: DEVISUS elements inherit the host page's font. */
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  .devisus-preview[data-mode='docs'] { padding: 1rem; border-radius: 0.25rem; }
  .devisus-preview[data-theme='dark'] {
    --devisus-preview-background: #16191b;
    --devisus-preview-text: #eef1f0;
    color-scheme: dark;
  }
  html[data-devisus-preview-theme='dark'] body { background: #16191b; color: #eef1f0; }
  @media (prefers-color-scheme: dark) {
    .devisus-preview[data-theme='auto'] {
      --devisus-preview-background: #16191b;
      --devisus-preview-text: #eef1f0;
      color-scheme: dark;
    }
    html[data-devisus-preview-theme='auto'] body { background: #16191b; color: #eef1f0; }
  }
`;

function installPreviewStyles(): void {
  if (document.getElementById('devisus-preview-styles')) return;
  const style = document.createElement('style');
  style.id = 'devisus-preview-styles';
  style.textContent = PREVIEW_STYLES;
  document.head.append(style);
}

/** The `theme` an element had before the toolbar forced one, restored when it goes back to auto. */
const ownTheme = new WeakMap<Element, string | null>();

/**
 * Gives every `devisus-*` element inside `wrapper` the wrapper's theme. Back on `auto`, an element
 * gets its own `theme` back (none, unless the story set one).
 */
function applyTheme(wrapper: HTMLElement): void {
  const theme = (wrapper.dataset.theme ?? 'auto') as Theme;
  for (const element of wrapper.querySelectorAll('*')) {
    if (!element.localName.startsWith('devisus-')) continue;
    if (theme === 'auto') {
      if (!ownTheme.has(element)) continue;
      const own = ownTheme.get(element) ?? null;
      ownTheme.delete(element);
      if (own === null) element.removeAttribute('theme');
      else element.setAttribute('theme', own);
    } else if (element.getAttribute('theme') !== theme) {
      if (!ownTheme.has(element)) ownTheme.set(element, element.getAttribute('theme'));
      element.setAttribute('theme', theme);
    }
  }
}

const observed = new WeakSet<HTMLElement>();

/** Called by Lit with the wrapper once it is in the DOM: themes what is there and what comes. */
function watchWrapper(node: Element | undefined): void {
  if (!(node instanceof HTMLElement) || observed.has(node)) return;
  observed.add(node);
  // Added or replaced elements and a changed toolbar value (the data-theme attribute) re-apply it.
  // Changes to the elements' own `theme` attribute are not observed, so this cannot loop.
  new MutationObserver(() => applyTheme(node)).observe(node, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-theme'],
  });
  applyTheme(node);
}

const withTheme: Decorator = (story, context) => {
  installPreviewStyles();
  const theme = String(context.globals.theme ?? 'auto') as Theme;
  const docs = context.viewMode === 'docs';
  // In a single story the whole preview page takes the background; in Docs only each story's box.
  if (docs) delete document.documentElement.dataset.devisusPreviewTheme;
  else document.documentElement.dataset.devisusPreviewTheme = theme;
  return html`<div
    class="devisus-preview"
    data-theme=${theme}
    data-mode=${docs ? 'docs' : 'story'}
    ${ref(watchWrapper)}
  >
    ${story()}
  </div>`;
};

// ---------------------------------------------------------------------------------------------
// Docs tables: what every element inherits from core needs no control here (the toolbar sets the
// language and the theme; `state` is read only), and a property behind a dashed attribute
// (`tilesAttribution` for `tiles-attribution`) is described once, on the attribute's row.
// ---------------------------------------------------------------------------------------------

const hidePropertyTwins: ArgTypesEnhancer = ({ argTypes }) => {
  const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const twins = new Set(
    Object.keys(argTypes)
      .filter((name) => name.includes('-') && argTypes[name]?.table?.category === 'attributes')
      .map(camel),
  );
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) =>
      twins.has(name) && argType.table?.category === 'properties'
        ? [name, { ...argType, table: { ...argType.table, disable: true } }]
        : [name, argType],
    ),
  );
};

const preview: Preview = {
  decorators: [withTheme, withLocale],
  argTypesEnhancers: [hidePropertyTwins],
  argTypes: {
    theme: { control: false },
    lang: { control: false },
    state: { control: false },
  },
  globalTypes: {
    locale: {
      description: 'Language of the page (<html lang>), which every DEVISUS element follows',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES,
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark palette; auto follows the system preference',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (system preference)', icon: 'browser' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'en',
    theme: 'auto',
  },
  parameters: {
    // The theme toolbar sets the background; Storybook's own backgrounds tool would contradict it.
    backgrounds: { disable: true },
    controls: { expanded: true },
    // Accessibility violations fail the story in test runs instead of only being listed.
    a11y: { test: 'error' },
    docs: { toc: { headingSelector: 'h2, h3' } },
    options: {
      storySort: {
        // An introduction first, then the elements in the order of the README's table, then the guides.
        order: [
          'Introduction',
          'Elements',
          [
            'Impact grid',
            'Practice card',
            'Practice gallery',
            'Partner map',
            'Survey',
            'Survey embed',
            'Survey results',
          ],
          'Guides',
          ['Embedding', 'Theming', 'Data', 'Languages'],
          'Core',
          '*',
        ],
      },
    },
  },
};

export default preview;

/**
 * Finds the language an element should speak: its own `lang`, else the closest ancestor's
 * (crossing shadow roots, up to `<html lang>`), else the browser's, else English.
 */
export function resolveLanguage(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = canonical(node.getAttribute('lang'));
    if (lang) return lang;
    node = node.parentElement ?? hostOf(node);
  }
  const htmlLang = canonical(document.documentElement.getAttribute('lang'));
  if (htmlLang) return htmlLang;
  return canonical(navigator.languages?.[0] ?? navigator.language) ?? 'en';
}

/** `fr_FR` (common in CMS themes) becomes `fr-FR`; an empty or malformed tag counts as none. */
function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

type LanguageListener = () => void;
const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document, so that every
 * element follows its page live. One observer serves all elements; it stops when none listens.
 */
export function watchLanguage(listener: LanguageListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  window.addEventListener('languagechange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('languagechange', listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

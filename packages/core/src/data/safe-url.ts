/**
 * Returns `url` when it is safe to put in a link from untrusted data (http, https or mailto),
 * resolved against the page; otherwise undefined, so that `javascript:` and the like never run.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

import { expect } from '@open-wc/testing';
import { define, emit } from '../src/index.js';

describe('define', () => {
  it('registers a tag once and only warns when a second copy defines it again', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      define('devisus-define-check', First);
      define('devisus-define-check', First);
      expect(warnings).to.deep.equal([]);
      expect(() => define('devisus-define-check', Second)).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('devisus-define-check')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('<devisus-define-check> is already defined');
  });
});

describe('emit', () => {
  it('fires a devisus-* event with its detail, bubbling out of shadow roots', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    let received: CustomEvent | undefined;
    document.addEventListener('devisus-test', (event) => (received = event as CustomEvent), { once: true });
    emit(inner, 'devisus-test', { id: 'x' });
    host.remove();
    expect(received?.detail).to.deep.equal({ id: 'x' });
    expect(received?.target).to.equal(host);
  });
});

describe('safeUrl', () => {
  it('keeps web and mail links and drops script URLs', async () => {
    const { safeUrl } = await import('../src/index.js');
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeUrl('mailto:someone@example.org')).to.equal('mailto:someone@example.org');
    expect(safeUrl('/local/page')).to.equal(new URL('/local/page', document.baseURI).href);
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl(' JAVASCRIPT:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(safeUrl(undefined)).to.equal(undefined);
  });
});

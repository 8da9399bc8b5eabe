import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProperties, type StyleProperties } from '../src/index.js';

describe('styleProperties()', () => {
  const bar = (container: HTMLElement, properties: StyleProperties) => {
    render(html`<span ${styleProperties(properties)}></span>`, container);
    return container.querySelector('span')!;
  };

  it('sets, changes and removes style properties, from the first render on', () => {
    const container = document.createElement('div');
    const span = bar(container, { width: '40%', '--share': '0.4' });
    expect([span.style.width, span.style.getPropertyValue('--share')]).to.deep.equal(['40%', '0.4']);
    bar(container, { width: '75%' });
    expect([span.style.width, span.style.getPropertyValue('--share')]).to.deep.equal(['75%', '']);
    bar(container, { width: undefined });
    expect(span.getAttribute('style') ?? '').to.equal('');
  });

  it('is bound on an element, not inside an attribute', () => {
    const container = document.createElement('div');
    expect(() => render(html`<span class=${styleProperties({ width: '1px' })}></span>`, container)).to.throw(
      'styleProperties() is bound on an element',
    );
  });
});

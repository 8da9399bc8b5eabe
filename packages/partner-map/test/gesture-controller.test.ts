import { expect, html as testHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { GestureController } from '../src/map/gesture-controller.js';
import { mount } from '@devisus/test-support';

// A bare host for the controller: a map container with a 500 px wide drawing (1000 drawing units,
// so one client pixel is two units) and a button inside, as the element has.
class GestureHost extends LitElement {
  readonly gestures = new GestureController(this, {
    surface: () => this.renderRoot.querySelector('div'),
    canvas: () => this.renderRoot.querySelector('svg'),
    home: () => ({ k: 2, x: -300, y: -200 }),
    clickable: 'button',
    oneFinger: () => this.oneFingerDrags++,
  });
  oneFingerDrags = 0;

  protected override render() {
    return html`<div tabindex="0">
      <svg viewBox="0 0 1000 760" width="500" height="380"></svg>
      <button type="button">A place</button>
    </div>`;
  }
}
customElements.define('test-gesture-host', GestureHost);

describe('gesture controller', () => {
  const host = async () => {
    const el = mount<GestureHost>(testHtml`<test-gesture-host></test-gesture-host>`);
    await el.updateComplete;
    return el;
  };
  const inside = (el: GestureHost, selector: string) => el.shadowRoot!.querySelector(selector)!;
  /** Sends a pointer event at client pixels (x, y) from the drawing's top left corner. */
  const pointer = (
    el: GestureHost,
    target: string,
    type: string,
    pointerId: number,
    x: number,
    y: number,
    pointerType = 'mouse',
  ) => {
    const box = inside(el, 'svg').getBoundingClientRect();
    inside(el, target).dispatchEvent(
      new PointerEvent(type, {
        pointerId,
        pointerType,
        clientX: box.left + x,
        clientY: box.top + y,
        bubbles: true,
        composed: true,
      }),
    );
  };
  const key = (el: GestureHost, target: string, name: string) =>
    inside(el, target).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

  it('pans by the distance dragged, in drawing units, until the pointer is released', async () => {
    const el = await host();
    pointer(el, 'svg', 'pointerdown', 1, 100, 100);
    pointer(el, 'svg', 'pointermove', 1, 130, 80);
    expect(el.gestures.viewport).to.deep.equal({ k: 1, x: 60, y: -40 });
    pointer(el, 'svg', 'pointerup', 1, 130, 80);
    pointer(el, 'svg', 'pointermove', 1, 200, 200);
    expect(el.gestures.viewport).to.deep.equal({ k: 1, x: 60, y: -40 });
  });

  it('leaves a drag that starts on a button or a place to it', async () => {
    const el = await host();
    pointer(el, 'button', 'pointerdown', 1, 100, 100);
    pointer(el, 'svg', 'pointermove', 1, 150, 150);
    expect(el.gestures.viewport).to.deep.equal({ k: 1, x: 0, y: 0 });
  });

  it('moves with two fingers and zooms by the change of distance between them; one finger leaves the page to scroll', async () => {
    const el = await host();
    pointer(el, 'svg', 'pointerdown', 1, 200, 100, 'touch');
    pointer(el, 'svg', 'pointerdown', 2, 300, 100, 'touch');
    pointer(el, 'svg', 'pointermove', 2, 400, 100, 'touch');
    const { k, x, y } = el.gestures.viewport;
    expect(k).to.be.closeTo(2, 1e-9);
    // The drawing point under the fingers' middle, (250, 100) px or (500, 200) units, follows the
    // middle to (300, 100) px, (600, 200) units.
    expect(500 * k + x).to.be.closeTo(600, 1e-6);
    expect(200 * k + y).to.be.closeTo(200, 1e-6);
    pointer(el, 'svg', 'pointerup', 1, 200, 100, 'touch');
    pointer(el, 'svg', 'pointerup', 2, 400, 100, 'touch');
    const before = el.gestures.viewport;
    pointer(el, 'svg', 'pointerdown', 3, 100, 100, 'touch');
    pointer(el, 'svg', 'pointermove', 3, 100, 200, 'touch');
    expect(el.gestures.viewport, 'one finger does not move the map').to.equal(before);
    expect(el.oneFingerDrags).to.equal(1);
  });

  it('zooms with the wheel keeping the point under the pointer still', async () => {
    const el = await host();
    const box = inside(el, 'svg').getBoundingClientRect();
    inside(el, 'svg').dispatchEvent(
      new WheelEvent('wheel', { deltaY: -200, clientX: box.left + 250, clientY: box.top + 100, bubbles: true }),
    );
    const { k, x, y } = el.gestures.viewport;
    expect(k).to.be.greaterThan(1.3);
    // Drawing point (500, 200) was under the pointer at (500, 200) units and still is.
    expect(500 * k + x).to.be.closeTo(500, 1e-6);
    expect(200 * k + y).to.be.closeTo(200, 1e-6);
  });

  it('moves with the arrow keys, zooms with + and -, goes home with 0; keys on a place are the place’s', async () => {
    const el = await host();
    key(el, 'div', 'ArrowLeft');
    key(el, 'div', 'ArrowUp');
    expect(el.gestures.viewport).to.deep.equal({ k: 1, x: 60, y: 60 });
    key(el, 'button', 'ArrowLeft');
    expect(el.gestures.viewport).to.deep.equal({ k: 1, x: 60, y: 60 });
    key(el, 'div', '+');
    expect(el.gestures.viewport.k).to.equal(2);
    key(el, 'div', '-');
    expect(el.gestures.viewport.k).to.equal(1);
    key(el, 'div', '0');
    expect(el.gestures.viewport).to.deep.equal({ k: 2, x: -300, y: -200 });
  });

  it('asks its host to draw again when the view moves', async () => {
    const el = await host();
    await el.updateComplete;
    key(el, 'div', 'ArrowDown');
    expect(el.isUpdatePending).to.equal(true);
  });
});

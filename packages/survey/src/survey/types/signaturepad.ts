import { css, html } from 'lit';
import { adopt } from './styles.js';
import { ref } from 'lit/directives/ref.js';
import type { Question } from '../../definition/model.js';
import { described, questionId, title, type QuestionContext } from '../question-parts.js';

// SurveyJS's `signaturepad`: the answer is the picture of the signature as a data URL
// (`data:image/png;base64,…`, or JPEG when `dataFormat` says so), as SurveyJS stores it. It is drawn
// with a mouse, a finger or a pen; or, for whoever cannot draw (keyboard, switch, voice control), it
// is the name typed in the field under the pad, written on the pad.

interface Pad {
  canvas: HTMLCanvasElement;
  /** The picture last drawn from the answer, so that a re-render does not draw it again. */
  shown?: string;
  drawing?: boolean;
}

const pads = new WeakMap<HTMLCanvasElement, Pad>();

const styles = css`
  .signaturepad canvas {
    display: block;
    max-width: 100%;
    height: auto;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    touch-action: none;
  }
`;

const formatOf = (question: Question) => (question.json.dataFormat === 'jpeg' ? 'image/jpeg' : 'image/png');

/** Clears the pad to its background (white, so that a JPEG has no black background). */
function clear(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.strokeStyle = context.fillStyle = '#000';
  context.lineWidth = 2;
  context.lineCap = context.lineJoin = 'round';
  return context;
}

/** Draws the answer back on the pad (after a reload, say) when it is not what the pad shows. */
function show(pad: Pad, value: unknown): void {
  if (pad.drawing || value === pad.shown) return;
  pad.shown = typeof value === 'string' ? value : undefined;
  const context = clear(pad.canvas);
  if (!pad.shown?.startsWith('data:image/')) return;
  const image = new Image();
  image.onload = () => context.drawImage(image, 0, 0, pad.canvas.width, pad.canvas.height);
  image.src = pad.shown;
}

export function render(context: QuestionContext, question: Question) {
  const d = described(context, question);
  const id = questionId(question.name);
  const disabled = !context.enabled(question);
  const width = Number(question.json.signatureWidth) || 300;
  const height = Number(question.json.signatureHeight) || 200;
  const save = (pad: Pad) => {
    pad.shown = pad.canvas.toDataURL(formatOf(question));
    context.set(question.name, pad.shown);
  };
  const point = (pad: Pad, event: PointerEvent) => {
    const box = pad.canvas.getBoundingClientRect();
    return [
      ((event.clientX - box.left) * pad.canvas.width) / box.width,
      ((event.clientY - box.top) * pad.canvas.height) / box.height,
    ];
  };
  const down = (event: PointerEvent) => {
    const pad = pads.get(event.currentTarget as HTMLCanvasElement);
    if (!pad || disabled) return;
    // Keeps the stroke when the pointer leaves the pad; a pointer the browser does not track (a
    // synthetic one) cannot be captured, and needs not be.
    try {
      pad.canvas.setPointerCapture(event.pointerId);
    } catch {
      /* drawn all the same */
    }
    pad.drawing = true;
    const drawing = pad.canvas.getContext('2d')!;
    drawing.beginPath();
    drawing.moveTo(...(point(pad, event) as [number, number]));
  };
  const move = (event: PointerEvent) => {
    const pad = pads.get(event.currentTarget as HTMLCanvasElement);
    if (!pad?.drawing) return;
    const drawing = pad.canvas.getContext('2d')!;
    drawing.lineTo(...(point(pad, event) as [number, number]));
    drawing.stroke();
  };
  const up = (event: PointerEvent) => {
    const pad = pads.get(event.currentTarget as HTMLCanvasElement);
    if (!pad?.drawing) return;
    pad.drawing = false;
    save(pad);
  };
  const typed = (event: Event) => {
    const name = (event.target as HTMLInputElement).value;
    const pad = pads.get(canvasOf(event.target as Element));
    if (!pad) return;
    const drawing = clear(pad.canvas);
    if (!name.trim()) {
      pad.shown = undefined;
      return context.set(question.name, undefined);
    }
    drawing.font = `italic ${Math.round(pad.canvas.height / 5)}px cursive`;
    drawing.textAlign = 'center';
    drawing.textBaseline = 'middle';
    drawing.fillText(name, pad.canvas.width / 2, pad.canvas.height / 2, pad.canvas.width - 20);
    save(pad);
  };
  const canvasOf = (element: Element) => element.closest('fieldset')!.querySelector('canvas')!;
  const attach = (element?: Element) => {
    if (!(element instanceof HTMLCanvasElement)) return;
    const pad = pads.get(element) ?? { canvas: element };
    pads.set(element, pad);
    show(pad, context.value(question.name));
  };
  return html`<fieldset class="signaturepad" ${adopt(styles)} id=${id} aria-describedby=${d.ids} ?disabled=${disabled}>
    <legend class="label">${title(context, question)}</legend>
    ${d.lines}
    <canvas
      ${ref(attach)}
      width=${width}
      height=${height}
      role="img"
      aria-label=${context.t('signature.area')}
      @pointerdown=${down}
      @pointermove=${move}
      @pointerup=${up}
      @pointercancel=${up}
    ></canvas>
    <div class="other">
      <label for="${id}-typed">${context.t('signature.typed')}</label>
      <input id="${id}-typed" type="text" autocomplete="name" aria-invalid=${d.invalid} @input=${typed} />
    </div>
    <button
      type="button"
      @click=${(event: Event) => {
        const canvas = canvasOf(event.target as Element);
        const pad = pads.get(canvas);
        if (pad) {
          clear(canvas);
          pad.shown = undefined;
        }
        (canvas.closest('fieldset')!.querySelector('input') as HTMLInputElement).value = '';
        context.set(question.name, undefined);
      }}
    >
      ${context.t('signature.clear')}
    </button>
  </fieldset>`;
}

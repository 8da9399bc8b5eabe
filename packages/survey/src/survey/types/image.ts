import { html, nothing } from 'lit';
import type { Question } from '../../definition/model.js';
import type { QuestionContext } from '../question-parts.js';

// SurveyJS's `image` item: a picture the survey shows (it holds no answer). Its address must be a web
// address (or a `data:image/…` one); its `altText` is what screen readers say, and without one the
// image is taken as decoration.

/** Whether `link` is an address an image may come from: http(s), relative, or a data image. */
export function imageAddress(link: unknown): string | undefined {
  if (typeof link !== 'string' || !link.trim()) return undefined;
  try {
    const { protocol } = new URL(link, document.baseURI);
    return protocol === 'http:' || protocol === 'https:' || /^data:image\//i.test(link) ? link : undefined;
  } catch {
    return undefined;
  }
}

const size = (value: unknown) => (typeof value === 'number' || /^\d+$/.test(String(value)) ? String(value) : nothing);

export function render(context: QuestionContext, question: Question) {
  const { imageLink, imageWidth, imageHeight } = question.json;
  const src = imageAddress(imageLink);
  if (!src) return nothing;
  return html`<img
    class="image"
    src=${src}
    alt=${context.localize(question.altText)}
    width=${size(imageWidth)}
    height=${size(imageHeight)}
  />`;
}

import { nothing } from 'lit';
import type { Question } from '../../definition/model.js';
import type { piped } from '../piping.js';
import type { QuestionContext } from '../question-parts.js';

// The rarer question types live in chunks of their own, loaded the first time a survey shows one:
// a survey without matrix, ranking, html or multipletext questions never downloads their code (nor
// the HTML sanitiser).

/** Draws one question of a type. */
export type Renderer = (context: QuestionContext, question: Question) => unknown;

const loaders: Record<string, () => Promise<{ render: Renderer }>> = {
  matrix: () => import('./matrix.js'),
  ranking: () => import('./ranking.js'),
  html: () => import('./html.js'),
  multipletext: () => import('./multipletext.js'),
  image: () => import('./image.js'),
  signaturepad: () => import('./signaturepad.js'),
  file: () => import('./file.js'),
  imagepicker: () => import('./imagepicker.js'),
  tagbox: () => import('./tagbox.js'),
};

/** Each type's renderer once loaded, or the load under way. */
const renderers = new Map<string, Renderer | Promise<void>>();

/** Starts loading the code of a type, once; calls `loaded` when it is there. */
function load(type: string, loaded?: () => void): void {
  if (!renderers.has(type) && type in loaders)
    renderers.set(
      type,
      loaders[type]().then((module) => (renderers.set(type, module.render), loaded?.())),
    );
}

/** Loads the code of the types a survey uses as soon as it is read, so that later pages show at once. */
export const preload = (questions: Iterable<Question>): void => {
  for (const { type } of questions) load(type);
};

/** Draws a question whose type loads on demand: at once when its code is there, else once it has come. */
export function renderLazy(context: QuestionContext, question: Question): unknown {
  const render = renderers.get(question.type);
  if (typeof render === 'function') return render(context, question);
  if (render) void render.then(() => context.refresh());
  else load(question.type, () => context.refresh());
  return nothing;
}

/** Fills `{name}` places with answers (piping.ts). */
export type Piping = typeof piped;

let pipingCode: Piping | Promise<void> | undefined;

/**
 * The piping of `{name}` places in texts, which loads in a small chunk of its own after the survey
 * (`loaded` is called once it is there); undefined until then, when texts are shown as written.
 */
export function piping(loaded: () => void): Piping | undefined {
  if (typeof pipingCode === 'function') return pipingCode;
  pipingCode ??= import('../piping.js').then((module) => void (pipingCode = module.piped));
  void pipingCode.then(loaded);
  return undefined;
}

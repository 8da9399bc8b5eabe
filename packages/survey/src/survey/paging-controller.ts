import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Where the reader is among the pages shown. */
export interface PagePlace {
  /** The indexes of the pages shown. */
  pages: number[];
  /** The current page's place among them. */
  position: number;
  /** The current page's index among all pages. */
  index: number;
  last: boolean;
}

/** Moves the focus to the first of `selectors` found once the host has drawn its next update. */
export function focusAfterUpdate(host: Host, ...selectors: string[]): void {
  void host.updateComplete.then(() => {
    for (const selector of selectors) {
      const target = host.renderRoot.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  });
}

/**
 * The pages of a survey: the page the reader is on, going on (only once the page's problems are
 * dealt with) and back, the problems shown, and where the focus goes: the error summary when a page
 * has problems, the new page's title (or first field) after a move, the question a summary link names.
 */
export class PagingController implements ReactiveController {
  /** The page the reader is on, as an index among all pages (a page hidden since moves the reader on). */
  page = 0;
  /** What is wrong on the page, by question, set when the reader tries to go on. */
  errors: ReadonlyMap<string, string> = new Map();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Where the current page sits among the pages shown. */
  place(pages: number[]): PagePlace {
    const exact = pages.indexOf(this.page);
    const position = Math.min(
      exact >= 0
        ? exact
        : Math.max(
            0,
            pages.findIndex((index) => index > this.page),
          ),
      pages.length - 1,
    );
    return { pages, position, index: pages[position], last: position === pages.length - 1 };
  }

  /**
   * Shows the page's problems, if any, in the error summary, which gets the focus. Says whether
   * the reader may go on.
   */
  check(problems: ReadonlyMap<string, string>): boolean {
    this.#setErrors(problems);
    if (problems.size) focusAfterUpdate(this.host, '[part="error-summary"]');
    return problems.size === 0;
  }

  next({ pages, position }: PagePlace): void {
    this.#go(pages[position + 1] ?? pages[position]);
  }

  back({ pages, position }: PagePlace): void {
    this.#setErrors(new Map());
    this.#go(pages[Math.max(0, position - 1)]);
  }

  /** An answer changed: the problem shown for it goes. */
  answered(name: string): void {
    if (!this.errors.has(name)) return;
    const errors = new Map(this.errors);
    errors.delete(name);
    this.#setErrors(errors);
  }

  /** A link of the error summary: the focus goes to the question's first field. */
  focusQuestion(name: string): void {
    const holder = this.host.renderRoot.querySelector(`[data-name="${CSS.escape(name)}"]`);
    holder?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }

  #go(page: number): void {
    this.page = page;
    this.host.requestUpdate();
    focusAfterUpdate(this.host, '.page-title', 'input, select, textarea');
  }

  #setErrors(errors: ReadonlyMap<string, string>): void {
    this.errors = errors;
    this.host.requestUpdate();
  }
}

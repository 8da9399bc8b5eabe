import type { ReactiveControllerHost } from 'lit';
import type { Store } from './store.js';

/** Why a draft could not be kept, as a key of core's translations. */
export type DraftRefusal = 'storage.quota' | 'storage.unavailable';

export interface DraftOptions<T> {
  /** Where drafts of this kind are kept. */
  store: Store<T>;
  /** The current draft's key (a framework's id, a survey's); empty while it is not known yet. */
  key: () => string;
  /** False when the site asked to keep nothing on the device (`no-autosave`). */
  enabled: () => boolean;
  /** Whether a stored value has the draft's shape: storage holds whatever an older release or another script left. */
  valid: (value: unknown) => value is T;
}

/**
 * What a person typed, kept on the device until they are done: it restores a draft once per key,
 * saves on demand, and says in `refused` (updating its host) when the browser refuses to store, so
 * that the element can tell the person their answers are not kept. It needs none of the host's
 * lifecycle, so it holds the host without registering as a Lit controller.
 */
export class DraftController<T> {
  /** Set when the last save was refused; the element shows it with `t(refused)`. */
  refused?: DraftRefusal;
  #restoredFor?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftOptions<T>,
  ) {}

  /** The stored draft, the first time a key is asked for; `undefined` afterwards, or when none fits. */
  restore(): T | undefined {
    const key = this.options.key();
    if (!key || this.#restoredFor === key) return undefined;
    this.#restoredFor = key;
    if (!this.options.enabled()) return undefined;
    const { store, valid } = this.options;
    const saved = store.get(key);
    if (saved === undefined || valid(saved)) return saved;
    // Of the wrong shape: kept apart (the store's setAsideRecords) rather than lost, and out of the next save's way.
    store.setAside(key, saved);
    store.remove(key);
    return undefined;
  }

  /** Keeps `value` as the draft; true when it is kept. */
  save(value: T): boolean {
    const key = this.options.key();
    if (!key || !this.options.enabled()) return false;
    const result = this.options.store.set(key, value);
    this.refused = result.ok ? undefined : result.reason === 'quota' ? 'storage.quota' : 'storage.unavailable';
    this.host.requestUpdate();
    return result.ok;
  }

  /** Forgets the draft (the answers were delivered, or the person started afresh). */
  clear(): void {
    const key = this.options.key();
    if (key) this.options.store.remove(key);
  }
}

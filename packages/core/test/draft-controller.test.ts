import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { createStore, DraftController } from '../src/index.js';

interface Draft {
  text: string;
}

const isDraft = (value: unknown): value is Draft =>
  typeof value === 'object' && value !== null && typeof (value as Draft).text === 'string';

/** A storage that refuses every write, as a full or disabled one does. */
function refusingStorage(error: DOMException): Storage {
  const storage = window.sessionStorage;
  return {
    ...storage,
    getItem: (key: string) => storage.getItem(key),
    setItem: () => {
      throw error;
    },
    removeItem: (key: string) => storage.removeItem(key),
  } as Storage;
}

describe('DraftController', () => {
  let updates: number;
  const host: ReactiveControllerHost = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  let key: string;
  let enabled: boolean;
  const store = createStore<Draft>({ name: 'draft-test', version: 1, storage: () => window.sessionStorage });

  beforeEach(() => {
    updates = 0;
    key = 'survey-a';
    enabled = true;
    window.sessionStorage.clear();
  });

  const draftFor = (options: Partial<Parameters<typeof createStore<Draft>>[0]> = {}) =>
    new DraftController<Draft>(host, {
      store: options.storage ? createStore<Draft>({ name: 'draft-test', version: 1, storage: options.storage }) : store,
      key: () => key,
      enabled: () => enabled,
      valid: isDraft,
    });

  it('restores what was saved, once per key', () => {
    draftFor().save({ text: 'half an answer' });
    const draft = draftFor();
    expect(draft.restore()).to.deep.equal({ text: 'half an answer' });
    expect(draft.restore()).to.equal(undefined);
    key = 'survey-b';
    expect(draft.restore()).to.equal(undefined);
  });

  it('sets aside a stored value of the wrong shape instead of handing it on', () => {
    window.sessionStorage.setItem(
      'devisus:draft-test:survey-a',
      JSON.stringify({ version: 1, savedAt: '', value: { text: 42 } }),
    );
    const draft = draftFor();
    expect(draft.restore()).to.equal(undefined);
    // Kept for download, out of the way of the next save.
    expect(window.sessionStorage.getItem('devisus:draft-test:survey-a')).to.equal(null);
    const [record] = store.setAsideRecords('survey-a');
    expect(JSON.parse(record.text)).to.deep.equal({ text: 42 });
  });

  it('keeps nothing when the site asked for no autosave', () => {
    enabled = false;
    expect(draftFor().save({ text: 'private' })).to.equal(false);
    enabled = true;
    expect(draftFor().restore()).to.equal(undefined);
  });

  it('says why when the browser refuses to store, and updates its host', () => {
    const quota = draftFor({ storage: () => refusingStorage(new DOMException('full', 'QuotaExceededError')) });
    expect(quota.save({ text: 'x' })).to.equal(false);
    expect(quota.refused).to.equal('storage.quota');
    expect(updates).to.equal(1);
    const denied = draftFor({ storage: () => refusingStorage(new DOMException('no', 'SecurityError')) });
    denied.save({ text: 'x' });
    expect(denied.refused).to.equal('storage.unavailable');
  });

  it('forgets the draft once the answers are delivered', () => {
    const draft = draftFor();
    draft.save({ text: 'sent' });
    draft.clear();
    expect(draftFor().restore()).to.equal(undefined);
  });
});

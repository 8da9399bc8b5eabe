import { expect } from '@open-wc/testing';
import { createStore } from '../src/index.js';
import { nextMessage } from '@devisus/test-support';

const name = () => `test-${Math.random().toString(36).slice(2)}`;

describe('createStore', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage))
      if (/^devisus(-set-aside)?:test-/.test(key)) localStorage.removeItem(key);
  });

  it('keeps values with their version and the time they were saved', () => {
    const store = createStore<{ answers: number[] }>({ name: name(), version: 2 });
    expect(store.set('draft', { answers: [1, 2] })).to.deep.equal({ ok: true });
    expect(store.get('draft')).to.deep.equal({ answers: [1, 2] });
    const record = store.getRecord('draft')!;
    expect(record.version).to.equal(2);
    expect(Date.now() - Date.parse(record.savedAt)).to.be.lessThan(5000);
    expect(store.keys()).to.deep.equal(['draft']);
    store.remove('draft');
    expect(store.get('draft')).to.equal(undefined);
  });

  it('keeps stores of different names apart', () => {
    const a = createStore<string>({ name: name(), version: 1 });
    const b = createStore<string>({ name: name(), version: 1 });
    a.set('k', 'from a');
    expect(b.get('k')).to.equal(undefined);
    expect(b.keys()).to.deep.equal([]);
  });

  it('migrates older records and sets aside what it cannot read', () => {
    const storeName = name();
    createStore<string>({ name: storeName, version: 1 }).set('draft', 'old shape');
    localStorage.setItem(`devisus:${storeName}:broken`, '{not json');
    const v2 = createStore<{ text: string }>({
      name: storeName,
      version: 2,
      migrate: (value, from) => (from === 1 ? { text: String(value) } : undefined),
    });
    expect(v2.get('draft')).to.deep.equal({ text: 'old shape' });
    expect(v2.get('broken')).to.equal(undefined);
    const v3 = createStore<string>({ name: storeName, version: 3 });
    expect(v3.get('draft')).to.equal(undefined);
    // A newer record is never misread by older code.
    createStore<string>({ name: storeName, version: 9 }).set('future', 'x');
    expect(v3.get('future')).to.equal(undefined);
  });

  it('keeps what it cannot read apart, as it was, until it is forgotten', () => {
    const storeName = name();
    localStorage.setItem(`devisus:${storeName}:broken`, '{not json');
    localStorage.setItem(`devisus:${storeName}:future`, '{"version":9,"value":"x"}');
    const store = createStore<string>({ name: storeName, version: 1 });
    expect(store.get('broken')).to.equal(undefined);
    expect(store.get('future')).to.equal(undefined);
    // Moved out of the way: a new value can be saved without overwriting what was there.
    expect(store.keys()).to.deep.equal([]);
    store.set('future', 'mine');
    expect(store.get('future')).to.equal('mine');
    expect(store.setAsideRecords('broken').map((record) => record.text)).to.deep.equal(['{not json']);
    expect(store.setAsideRecords().map((record) => record.text)).to.have.members([
      '{not json',
      '{"version":9,"value":"x"}',
    ]);
    store.setAside('future', { part: 'of a value' });
    const [first, second] = store.setAsideRecords('future');
    expect(second.text).to.equal('{"part":"of a value"}');
    store.forgetSetAside(first.id);
    store.forgetSetAside(second.id);
    expect(store.setAsideRecords('future')).to.deep.equal([]);
    store.forgetSetAside(store.setAsideRecords()[0].id);
    expect(Object.keys(localStorage).filter((key) => key.includes(storeName))).to.deep.equal([
      `devisus:${storeName}:future`,
    ]);
  });

  it('keeps what it sets aside for the visit when the browser refuses to store it', () => {
    const storeName = name();
    const store = createStore<string>({
      name: storeName,
      version: 1,
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    store.setAside('draft', ['half', 'done']);
    expect(store.setAsideRecords('draft').map((record) => record.text)).to.deep.equal(['["half","done"]']);
  });

  it('says when the storage is full, with real browser storage', () => {
    const store = createStore<string>({ name: name(), version: 1 });
    const filler = 'x'.repeat(1024 * 1024);
    const fillers: string[] = [];
    try {
      for (let index = 0; index < 200; index++) {
        const key = `devisus:test-filler:${index}`;
        localStorage.setItem(key, filler);
        fillers.push(key);
      }
    } catch {
      // Storage is now full.
    }
    try {
      const result = store.set('draft', filler);
      expect(result.ok).to.equal(false);
      expect(result.ok === false && result.reason).to.equal('quota');
    } finally {
      fillers.forEach((key) => localStorage.removeItem(key));
    }
  });

  it('says when the browser refuses storage altogether', () => {
    const store = createStore<string>({
      name: name(),
      version: 1,
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const result = store.set('draft', 'x');
    expect(result.ok).to.equal(false);
    expect(result.ok === false && result.reason).to.equal('unavailable');
    expect(store.get('draft')).to.equal(undefined);
    expect(store.keys()).to.deep.equal([]);
    expect(() => store.remove('draft')).not.to.throw();
  });

  it('survives a reload of the page', async () => {
    const storeName = name();
    const frame = document.createElement('iframe');
    // The page reads what a previous visit saved, posts it to the test, then saves an answer.
    const url = new URL('../src/store/store.ts', import.meta.url).href;
    frame.srcdoc = `<script type="module">
      import { createStore } from '${url}';
      const store = createStore({ name: '${storeName}', version: 1 });
      const before = store.get('draft') ?? null;
      store.set('draft', { q1: 'yes' });
      parent.postMessage(before, '*');
    </script>`;
    try {
      const first = nextMessage(frame);
      document.body.append(frame);
      expect(await first).to.equal(null);
      const second = nextMessage(frame);
      frame.contentWindow!.location.reload();
      expect(await second).to.deep.equal({ q1: 'yes' });
    } finally {
      frame.remove();
    }
  });
});

/**
 * A small persistent store for drafts and outboxes, kept in localStorage so that it survives
 * reloads and crashes. Every record carries the version of its shape, so that a later release can
 * migrate or set aside what an earlier one saved. Writing never fails silently: it says why.
 */
export interface StoredRecord<T> {
  version: number;
  savedAt: string;
  value: T;
}

/**
 * A stored value that could not be read as what it should be (another release, another script, a
 * hand edit): moved out of the way so that it is never misread nor overwritten, and kept as text so
 * that the person can still download it.
 */
export interface SetAsideRecord {
  id: string;
  /** The key it was stored under. */
  key: string;
  setAsideAt: string;
  text: string;
}

export type StoreWriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable'; error: unknown };

export interface StoreOptions<T> {
  /** Namespace of the keys, e.g. `impact-grid`. */
  name: string;
  /** Version of the value's shape; bump it when the shape changes. */
  version: number;
  /** Turns a value saved under an older version into the current shape; `undefined` sets it aside. */
  migrate?: (value: unknown, fromVersion: number) => T | undefined;
  /** The storage to use; localStorage by default. */
  storage?: () => Storage;
}

export interface Store<T> {
  get(key: string): T | undefined;
  /** The whole record, with its version and the time it was saved. */
  getRecord(key: string): StoredRecord<T> | undefined;
  set(key: string, value: T): StoreWriteResult;
  remove(key: string): void;
  /** The keys saved under this store's name, without the prefix. */
  keys(): string[];
  /** Keeps `value` (a record's text, or a part of a value) apart from the values in use. */
  setAside(key: string, value: unknown): void;
  /** What was set aside, for every key or for one. */
  setAsideRecords(key?: string): SetAsideRecord[];
  /** Forgets a set-aside record, once the person no longer needs it. */
  forgetSetAside(id: string): void;
}

const PREFIX = 'devisus';

export function createStore<T>(options: StoreOptions<T>): Store<T> {
  const { name, version, migrate } = options;
  const storage = options.storage ?? (() => window.localStorage);
  const prefix = `${PREFIX}:${name}:`;
  const asideKey = `${PREFIX}-set-aside:${name}`;
  // What was set aside while the browser refused to store it: kept for this visit at least.
  let asideInMemory: SetAsideRecord[] | undefined;

  // Reading storage can itself throw (storage disabled, sandboxed iframe): it then holds nothing.
  function tryStorage(): Storage | undefined {
    try {
      return storage();
    } catch {
      return undefined;
    }
  }

  function getRecord(key: string): StoredRecord<T> | undefined {
    let text: string | null | undefined;
    try {
      text = tryStorage()?.getItem(prefix + key);
    } catch {
      return undefined;
    }
    if (!text) return undefined;
    try {
      const record = JSON.parse(text) as StoredRecord<unknown>;
      if (record.version === version && 'value' in record) return record as StoredRecord<T>;
      const value = record.version < version ? migrate?.(record.value, record.version) : undefined;
      if (value !== undefined) return { version, savedAt: record.savedAt, value };
    } catch {
      // Not JSON, or not a record at all (`null`, a string): set aside like any record it cannot read.
    }
    // Not ours to read (a newer release's, a broken one): kept apart, so it is neither misread nor overwritten.
    setAside(key, text);
    remove(key);
    return undefined;
  }

  function remove(key: string): void {
    try {
      tryStorage()?.removeItem(prefix + key);
    } catch {
      // Nothing could be stored there either, so there is nothing to remove.
    }
  }

  /** Every record set aside by this store, oldest first. */
  function asideRecords(): SetAsideRecord[] {
    if (asideInMemory) return asideInMemory;
    try {
      const list: unknown = JSON.parse(tryStorage()?.getItem(asideKey) ?? '[]');
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  }

  function saveAside(records: SetAsideRecord[]): void {
    try {
      if (records.length) storage().setItem(asideKey, JSON.stringify(records));
      else storage().removeItem(asideKey);
      asideInMemory = undefined;
    } catch {
      asideInMemory = records;
    }
  }

  function setAside(key: string, value: unknown): void {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    saveAside([...asideRecords(), { id: crypto.randomUUID(), key, setAsideAt: new Date().toISOString(), text }]);
  }

  return {
    getRecord,
    get: (key) => getRecord(key)?.value,
    set(key, value) {
      const record: StoredRecord<T> = { version, savedAt: new Date().toISOString(), value };
      const target = tryStorage();
      if (!target) return { ok: false, reason: 'unavailable', error: new Error('storage is not available') };
      try {
        target.setItem(prefix + key, JSON.stringify(record));
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable', error };
      }
    },
    remove,
    keys: () => {
      const target = tryStorage();
      return target ? storedKeys(target, prefix) : [];
    },
    setAside,
    setAsideRecords: (key) => asideRecords().filter((record) => key === undefined || record.key === key),
    forgetSetAside: (id) => saveAside(asideRecords().filter((record) => record.id !== id)),
  };
}

/** The keys of `storage` that start with `prefix`, without it. */
function storedKeys(storage: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(prefix)) keys.push(key.slice(prefix.length));
  }
  return keys;
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

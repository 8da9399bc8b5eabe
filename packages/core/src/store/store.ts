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
}

const PREFIX = 'devisus';

export function createStore<T>(options: StoreOptions<T>): Store<T> {
  const { name, version, migrate } = options;
  const storage = options.storage ?? (() => window.localStorage);
  const prefix = `${PREFIX}:${name}:`;

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
    let record: StoredRecord<unknown>;
    try {
      record = JSON.parse(text) as StoredRecord<unknown>;
    } catch {
      return undefined;
    }
    if (typeof record !== 'object' || record === null || typeof record.version !== 'number') return undefined;
    if (record.version === version) return record as StoredRecord<T>;
    const value = record.version < version ? migrate?.(record.value, record.version) : undefined;
    return value === undefined ? undefined : { version, savedAt: record.savedAt, value };
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
    remove(key) {
      try {
        tryStorage()?.removeItem(prefix + key);
      } catch {
        // Nothing could be stored there either, so there is nothing to remove.
      }
    },
    keys() {
      const target = tryStorage();
      if (!target) return [];
      const keys: string[] = [];
      for (let index = 0; index < target.length; index++) {
        const key = target.key(index);
        if (key?.startsWith(prefix)) keys.push(key.slice(prefix.length));
      }
      return keys;
    },
  };
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

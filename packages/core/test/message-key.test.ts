import { expect } from '@open-wc/testing';
import type { MessageKey } from '../src/index.js';

// Checked by `npm run typecheck`: the `@ts-expect-error` lines fail it if a wrong key were accepted.
interface Messages {
  title: string;
  error: { missing: string; more_one: string; more_other: string };
}
type Key = MessageKey<Messages>;

const keys: Key[] = ['title', 'error.missing', 'error.more'];
// @ts-expect-error a key English does not have
const unknown: Key = 'error.unknown';
// @ts-expect-error a plural form is asked for by its base, with `count`
const pluralForm: Key = 'error.more_one';
// @ts-expect-error a group is not a string
const group: Key = 'error';

describe('MessageKey', () => {
  it('names the dotted paths of the strings, plural forms under their base', () => {
    expect(keys).to.have.length(3);
    expect([unknown, pluralForm, group]).to.have.length(3);
  });
});

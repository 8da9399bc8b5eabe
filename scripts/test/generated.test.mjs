// Generated sources are committed (tests and Storybook read the sources, not a build): they must be
// what their generators write today, or a new element or locale would silently be left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generatedElementFiles } from '../generate-elements.mjs';
import { localeLoaderTables } from '../generate-locale-loaders.mjs';
import { ROOT } from '../packages.mjs';

const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '(missing)';
  }
};

test('the widgets list and type every element of every package', () => {
  for (const [path, source] of generatedElementFiles()) {
    assert.equal(read(path), source, `run \`npm run build\` and commit ${relative(ROOT, path)}`);
  }
});

test('every folder of interface strings has its current locale loader table', () => {
  const tables = localeLoaderTables();
  assert.ok(tables.length >= 7, `found ${tables.length} locale folders`);
  for (const { path, source } of tables) {
    assert.equal(read(path), source, `run \`npm run build\` and commit ${relative(ROOT, path)}`);
  }
});

// The test launcher's tolerance of Firefox ESR releases that lack a WebDriver BiDi emulation command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tolerateUnknownEmulationCommands } from '../browsers.mjs';

function pageFailingWith(message) {
  const calls = [];
  return {
    calls,
    async setViewport(viewport) {
      calls.push(viewport);
      if (message) throw new Error(message);
    },
  };
}

test('a viewport change survives a browser that does not know the screen orientation command', async () => {
  const page = tolerateUnknownEmulationCommands(
    pageFailingWith('Protocol error (emulation.setScreenOrientationOverride): unknown command'),
  );
  await page.setViewport({ width: 800, height: 600 });
  assert.deepEqual(page.calls, [{ width: 800, height: 600 }]);
});

test('other protocol errors still fail the session', async () => {
  const page = tolerateUnknownEmulationCommands(
    pageFailingWith('Protocol error (browsingContext.setViewport): no such frame'),
  );
  await assert.rejects(page.setViewport({ width: 320, height: 600 }), /no such frame/);
});

test('a browser that knows every command is unchanged', async () => {
  const page = tolerateUnknownEmulationCommands(pageFailingWith(undefined));
  await page.setViewport({ width: 360, height: 640 });
  assert.equal(page.calls.length, 1);
});

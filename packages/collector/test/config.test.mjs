// Configuration, starting in production, and migrations.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cleanDatabase, collector, sampleResponse, spawnCollector } from './helpers.mjs';

const folder = mkdtempSync(join(tmpdir(), 'devisus-config-'));
after(() => rmSync(folder, { recursive: true, force: true }));

describe('configuration', () => {
  test('defaults: port 8787, ./devisus-data, min-cell 5, every id accepted', async () => {
    const { resolveConfig } = await collector();
    const config = resolveConfig({}, {});
    assert.equal(config.port, 8787);
    assert.equal(config.data, './devisus-data');
    assert.equal(config.minCell, 5);
    assert.equal(config.surveys, null);
    assert.equal(config.databaseUrl, undefined);
  });

  test('the environment wins over the file; the admin token is kept only as its hash', async () => {
    const { resolveConfig } = await collector();
    const token = 'a-long-random-admin-token';
    const config = resolveConfig(
      { port: 9000, data: 'file-data' },
      { PORT: '9100', DEVISUS_DATA: '/srv/data', DATABASE_URL: 'postgres://db/x', DEVISUS_ADMIN_TOKEN: token },
    );
    assert.equal(config.port, 9100);
    assert.equal(config.data, '/srv/data');
    assert.equal(config.databaseUrl, 'postgres://db/x');
    assert.equal(config.adminTokenSha256, createHash('sha256').update(token).digest('hex'));
    assert.ok(!JSON.stringify(config).includes(token));
  });

  test('a mistake in the file is named with its place', async () => {
    const { parseFile, resolveConfig, ConfigError } = await collector();
    assert.throws(
      () => parseFile({ surveys: { impact: { origins: ['network.example'] } } }),
      (error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /surveys\.impact\.origins\.0/);
        return true;
      },
    );
    assert.throws(() => parseFile({ prot: 80 }), /prot/);
    assert.throws(
      () => resolveConfig(parseFile({ surveys: { s: { definition: { pages: 'no' } } } })),
      /surveys\.s\.definition: pages/,
    );
    assert.throws(() => resolveConfig({}, { DEVISUS_ADMIN_TOKEN: 'short' }), /too short/);
  });

  test('a definition is read from a path next to the file', async () => {
    const { loadConfig } = await collector();
    writeFileSync(join(folder, 'survey.json'), JSON.stringify({ elements: [{ type: 'boolean', name: 'ok' }] }));
    writeFileSync(
      join(folder, 'devisus-collector.json'),
      JSON.stringify({ surveys: { s: { definition: 'survey.json' } } }),
    );
    const config = loadConfig({}, folder);
    assert.equal(config.surveys.get('s').definition.elements[0].name, 'ok');
  });
});

describe('starting', () => {
  test('with no configuration it accepts every id, and says so', async () => {
    const started = await spawnCollector({ DEVISUS_DATA: 'memory://', DEVISUS_CONFIG: '' });
    assert.match(started.output(), /ANY survey id/);
    assert.match(started.output(), /ANY grid id/);
    started.child.kill('SIGTERM');
    assert.equal((await started.exited).code, 0);
  });

  test('with NODE_ENV=production and no configuration it refuses to start, saying what is missing', async () => {
    await assert.rejects(spawnCollector({ NODE_ENV: 'production', DEVISUS_DATA: 'memory://' }), (error) => {
      assert.match(error.message, /exited \(1\)/);
      assert.match(error.message, /no "surveys" or "grids"/);
      assert.match(error.message, /no admin token/);
      return true;
    });
  });

  test('with NODE_ENV=production and a configuration it starts', async () => {
    const file = join(folder, 'production.json');
    writeFileSync(file, JSON.stringify({ surveys: { impact: { origins: ['https://network.example'] } } }));
    const started = await spawnCollector({
      NODE_ENV: 'production',
      DEVISUS_CONFIG: file,
      DEVISUS_ADMIN_TOKEN: 'a-long-random-admin-token',
      DEVISUS_DATA: 'memory://',
    });
    assert.doesNotMatch(started.output(), /ANY survey id/);
    started.child.kill('SIGTERM');
    await started.exited;
  });
});

test('migrations: applied once, in order, and a second start keeps the data', async () => {
  const { openDatabase, migrate, MIGRATIONS } = await collector();
  const where = await cleanDatabase();
  const data = where.data === 'memory://' ? join(folder, 'pglite') : undefined;
  const open = () => openDatabase({ url: where.url, data });
  let db = await open();
  // Two collectors starting on one database at once: each step applied once.
  const versions = await Promise.all([migrate(db), migrate(db)]);
  assert.deepEqual(versions, [MIGRATIONS.length, MIGRATIONS.length]);
  const record = sampleResponse();
  await db.query(`insert into devisus_responses (id, survey_id, body_sha256, record) values ($1, $2, 'x', $3)`, [
    record.id,
    record.surveyId,
    JSON.stringify(record),
  ]);
  await db.close();
  db = await open();
  assert.equal(await migrate(db), MIGRATIONS.length);
  const applied = await db.query('select version from devisus_migrations order by version');
  assert.deepEqual(
    applied.map((row) => row.version),
    MIGRATIONS.map((step) => step.version),
  );
  const [row] = await db.query('select record from devisus_responses where id = $1', [record.id]);
  assert.deepEqual(row.record, record);
  await db.close();
});

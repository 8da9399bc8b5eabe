/// <reference types="node" />
import { ConfigError, loadConfig, productionProblems, type CollectorConfig } from './config.js';
import { startCollector, type RunningCollector } from './server.js';

/**
 * `npx @devisus/collector` and `npm run collector`: reads the configuration, refuses an open
 * configuration in production, starts, and stops cleanly on SIGINT or SIGTERM.
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: CollectorConfig;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`devisus-collector: ${error.message}`);
    process.exit(1);
  }
  const problems = productionProblems(config);
  if (env.NODE_ENV === 'production' && problems.length) {
    console.error('devisus-collector will not start with NODE_ENV=production until it is configured:');
    for (const problem of problems) console.error(`  - ${problem}`);
    console.error('See docs/collector/configuration.md.');
    process.exit(1);
  }
  // Signals are handled from the start: one that arrives while the database opens waits for it.
  const running: { collector?: RunningCollector } = {};
  let stopping: string | undefined;
  const stop = async (signal: string) => {
    if (stopping && signal !== 'started') return;
    stopping ??= signal;
    if (!running.collector) return;
    console.log(`devisus-collector: ${stopping}, stopping`);
    await running.collector.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const quiet = env.DEVISUS_LOG === 'off';
  const collector = (running.collector = await startCollector(config, quiet ? undefined : (line) => console.log(line)));
  const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.data}`;
  // One write, so that whoever reads the output sees the warnings with the address.
  const lines = [`devisus-collector listening on ${collector.url}, ${database}, schema version ${collector.schema}`];
  if (!config.surveys) lines.push('  Accepting responses to ANY survey id, from any site: fine on a laptop only.');
  if (!config.grids) lines.push('  Accepting assessments of ANY grid id, from any site: fine on a laptop only.');
  if (!config.adminTokenSha256) lines.push('  No admin token: exports are off (set DEVISUS_ADMIN_TOKEN).');
  console.log(lines.join('\n'));
  if (stopping) await stop('started');
}

/// <reference types="node" />
import { ConfigError, loadConfig, productionProblems, type CollectorConfig } from './config.js';
import { startCollector } from './server.js';

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
  const quiet = env.DEVISUS_LOG === 'off';
  const collector = await startCollector(config, quiet ? undefined : (line) => console.log(line));
  const database = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.data}`;
  console.log(`devisus-collector listening on ${collector.url}, ${database}, schema version ${collector.schema}`);
  if (!config.surveys) console.log('  Accepting responses to ANY survey id, from any site: fine on a laptop only.');
  if (!config.grids) console.log('  Accepting assessments of ANY grid id, from any site: fine on a laptop only.');
  if (!config.adminTokenSha256) console.log('  No admin token: exports are off (set DEVISUS_ADMIN_TOKEN).');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`devisus-collector: ${signal}, stopping`);
    await collector.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

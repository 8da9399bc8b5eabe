// @devisus/collector: the server that receives <devisus-survey> responses and shared
// <devisus-impact-grid> assessments. Start it with `npx @devisus/collector`, or from code:
//   const collector = await startCollector(loadConfig());
export { createApp, type Collector, type Log } from './app.js';
export {
  loadConfig,
  resolveConfig,
  parseFile,
  productionProblems,
  ConfigError,
  DEFAULTS,
  type CollectorConfig,
} from './config.js';
export { openDatabase, type Database, type Queryable } from './database.js';
export { migrate, deletionSecret, MIGRATIONS } from './migrations.js';
export { startCollector, type RunningCollector } from './server.js';
export { publicSummary, suppress, type PublicSummary, type PublicQuestion } from './summary.js';
export { benchmark, type Benchmark, type Band } from './benchmark.js';
export { FiguresCache } from './cache.js';
export { main } from './cli.js';

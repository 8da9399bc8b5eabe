// Runs every benchmarks/*.bench.mjs in turn; each prints its own figures.
//   npm run bench            all of them
//   npm run bench -- grid    those whose file name contains "grid"
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv[2] ?? '';
const files = readdirSync(import.meta.dirname).filter((file) => file.endsWith('.bench.mjs') && file.includes(filter));
for (const file of files) {
  console.log(`\n## ${file}`);
  await import(join(import.meta.dirname, file));
}

// Publishes each data format's JSON Schema in docs/, generated from the valibot schema that the
// element validates with, so the two never disagree. Checks that only code can express (unique
// ids, say) are not in the JSON Schema; the element still applies them.
import { mkdirSync, writeFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ROOT } from './packages.mjs';

const SCHEMAS = [
  {
    source: 'packages/impact-grid/src/framework/schema.ts',
    name: 'frameworkSchema',
    output: 'docs/impact-grid/framework.schema.json',
    title: 'DEVISUS impact grid framework',
  },
  {
    source: 'packages/impact-grid/src/framework/answers.ts',
    name: 'assessmentSchema',
    output: 'docs/impact-grid/assessment.schema.json',
    title: 'DEVISUS impact grid assessment (exported answers)',
  },
  {
    source: 'packages/practices/src/practice/schema.ts',
    name: 'practiceSchema',
    output: 'docs/practices/practice.schema.json',
    title: 'DEVISUS good-practice record',
  },
  {
    source: 'packages/partner-map/src/data/places.ts',
    name: 'placesSchema',
    output: 'docs/partner-map/places.schema.json',
    title: 'DEVISUS partner map places (GeoJSON FeatureCollection of Points)',
  },
  {
    source: 'packages/survey/src/definition/schema.ts',
    name: 'surveySchema',
    output: 'docs/survey/survey.schema.json',
    title: 'DEVISUS survey definition (the supported subset of SurveyJS JSON)',
  },
];

const work = mkdtempSync(join(tmpdir(), 'devisus-schemas-'));
try {
  for (const schema of SCHEMAS) {
    const bundle = join(work, `${schema.name}.mjs`);
    await esbuild.build({
      entryPoints: [join(ROOT, schema.source)],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: bundle,
      logLevel: 'error',
    });
    const module = await import(bundle);
    const json = { ...toJsonSchema(module[schema.name], { errorMode: 'ignore' }), title: schema.title };
    const output = join(ROOT, schema.output);
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, JSON.stringify(json, null, 2) + '\n');
    console.log(`schema: ${schema.output}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

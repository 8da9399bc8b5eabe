// The same 200-question survey, then the largest real definition of the SurveyJS corpus
// (packages/survey/test/corpus/surveyjs), rendered by <devisus-survey> and by SurveyJS (survey-core +
// survey-js-ui), in one Chromium run: bytes shipped (minified JS + CSS, gzip; ours counts every
// question type's code, those loaded only when a survey uses them included) and time to first
// render. Aims (issue): a fifth of SurveyJS's bytes or less, and a faster first render.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { median, openBenchPage } from './browser-page.mjs';
import { ROOT } from '../scripts/packages.mjs';

const types = ['text', 'radiogroup', 'checkbox', 'dropdown', 'boolean', 'rating', 'comment', 'matrix'];
const survey = {
  id: 'bench',
  title: 'Benchmark survey',
  pages: [
    {
      name: 'all',
      elements: Array.from({ length: 200 }, (_, index) => {
        const type = types[index % types.length];
        const question = {
          type,
          name: `q${index}`,
          title: `Question ${index + 1}: how does your organisation do this?`,
          isRequired: index % 3 === 0,
        };
        if (['radiogroup', 'checkbox', 'dropdown'].includes(type))
          question.choices = ['One', 'Two', 'Three', 'Four', 'Five'];
        if (type === 'matrix')
          Object.assign(question, {
            rows: ['Territory', 'Beneficiaries', 'Society'],
            columns: ['Never', 'Sometimes', 'Often'],
          });
        if (type === 'rating') Object.assign(question, { rateMin: 1, rateMax: 5 });
        return question;
      }),
    },
  ],
};

/** The largest definition of the corpus of real SurveyJS surveys, by its size on disk. */
const corpus = join(ROOT, 'packages/survey/test/corpus/surveyjs');
const largest = readdirSync(corpus)
  .filter((file) => file.endsWith('.json') && file !== 'index.json')
  .sort((a, b) => statSync(join(corpus, b)).size - statSync(join(corpus, a)).size)[0];
const realSurvey = JSON.parse(readFileSync(join(corpus, largest), 'utf8'));

/** Minified, gzipped bytes of everything a page downloads for the survey. */
async function shipped(entry, css = '') {
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    splitting: false,
    conditions: ['devisus-source', 'production'],
    tsconfig: join(ROOT, 'tsconfig.transpile.json'),
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = result.outputFiles.map((file) => file.text).join('');
  return gzipSync(js + css, { level: 9 }).length;
}

const oursBytes = await shipped(`import '@devisus/survey/define/devisus-survey.js';`);
const css = readFileSync(join(ROOT, 'node_modules/survey-core/survey-core.min.css'), 'utf8');
const surveyJsBytes = await shipped(
  `import { Model } from 'survey-core'; import { renderSurvey } from 'survey-js-ui'; window.x = [Model, renderSurvey];`,
  css,
);

const { page, close } = await openBenchPage(
  `
import '@devisus/survey/define/devisus-survey.js';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
window.bench = {
  async ours(json) {
    const element = document.createElement('devisus-survey');
    element.setAttribute('storage-key', 'bench-' + Math.random());
    const start = performance.now();
    element.data = json;
    document.body.append(element);
    await element.updateComplete;
    await frames();
    const time = performance.now() - start;
    const count = element.shadowRoot.querySelectorAll('[part="question"]').length;
    element.remove();
    return { time, count };
  },
  async surveyjs(json) {
    const div = document.createElement('div');
    document.body.append(div);
    const start = performance.now();
    const model = new Model(json);
    renderSurvey(model, div);
    while (!div.querySelector('.sd-question')) await new Promise((resolve) => setTimeout(resolve, 0));
    await frames();
    const time = performance.now() - start;
    const count = div.querySelectorAll('.sd-question').length;
    div.remove();
    return { time, count };
  },
};
window.benchReady = true;
`,
  { 'survey-core.css': css },
);

try {
  await page.addStyleTag({ url: 'survey-core.css' });
  await page.waitForFunction(() => window.benchReady);
  const measure = async (json) => {
    const runs = { ours: [], surveyjs: [] };
    for (let round = 0; round < 7; round++) {
      for (const name of ['ours', 'surveyjs'])
        runs[name].push(await page.evaluate((which, data) => window.bench[which](data), name, json));
    }
    return runs;
  };
  const runs = await measure(survey);
  const real = await measure(realSurvey);
  const time = (name, of = runs) => median(of[name].slice(1).map((run) => run.time));
  console.log(
    `bytes shipped (JS + CSS, min + gzip): ours ${(oursBytes / 1000).toFixed(1)} kB, SurveyJS ${(surveyJsBytes / 1000).toFixed(1)} kB (ours is ${((100 * oursBytes) / surveyJsBytes).toFixed(0)}% of SurveyJS; aim <= 20%)`,
  );
  console.log(
    `first render of 200 questions: ours ${time('ours').toFixed(0)} ms, SurveyJS ${time('surveyjs').toFixed(0)} ms (ratio ${(time('surveyjs') / time('ours')).toFixed(1)}x)`,
  );
  console.log(`questions drawn: ours ${runs.ours[0].count}, SurveyJS ${runs.surveyjs[0].count}`);
  console.log(
    `first render of the largest real definition (${largest}): ours ${time('ours', real).toFixed(0)} ms, SurveyJS ${time('surveyjs', real).toFixed(0)} ms; questions on its first page: ours ${real.ours[0].count}, SurveyJS ${real.surveyjs[0].count}`,
  );
} finally {
  await close();
}

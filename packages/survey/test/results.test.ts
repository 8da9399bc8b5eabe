import { expect, html } from '@open-wc/testing';
import { buildModel } from '../src/definition/model.js';
import { surveySchema, type SurveyJson } from '../src/definition/schema.js';
import type { SurveyResults } from '../src/results/survey-results.component.js';
import '../src/define/devisus-survey-results.js';
import { parseCsv, readCsv } from '../src/results/csv/read-csv.js';
import { median } from '../src/results/summaries/numbers.js';
import { summarize, summarizeAll } from '../src/results/summaries/summarize.js';
import type {
  Answers,
  ChoiceSummary,
  Count,
  MatrixSummary,
  NumberSummary,
  QuestionSummary,
  RankingSummary,
  RatingSummary,
  TextSummary,
} from '../src/results/summaries/summary.js';
import { filterResponses } from '../src/results/view-model.js';
import { part, settledFixture, shownText, waitFor } from '@devisus/test-support';
import * as v from 'valibot';

const HOSTILE = '<img src=x onerror="window.hacked=true">';

const survey = {
  id: 'members',
  title: { default: 'Members survey', fr: 'Enquête auprès des membres' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'radiogroup',
          name: 'role',
          title: { default: 'Your role', fr: 'Votre rôle' },
          choices: [
            { value: 'member', text: { default: 'Member', fr: 'Membre' } },
            { value: 'staff', text: 'Staff' },
            'volunteer',
          ],
          showOtherItem: true,
        },
        {
          type: 'checkbox',
          name: 'channels',
          title: 'How did you hear of us?',
          choices: ['web', 'press', 'friends'],
          showOtherItem: true,
          showNoneItem: true,
        },
        { type: 'dropdown', name: 'country', title: 'Country', choices: ['FR', 'BE', 'IT'] },
        { type: 'boolean', name: 'again', title: 'Would you join again?' },
        { type: 'rating', name: 'satisfaction', title: 'Satisfaction', rateMin: 1, rateMax: 5 },
        { type: 'text', name: 'age', title: 'Age', inputType: 'number' },
        {
          type: 'matrix',
          name: 'quality',
          title: 'Quality',
          rows: [
            { value: 'price', text: 'Price' },
            { value: 'service', text: 'Service' },
          ],
          columns: [
            { value: 'bad', text: 'Bad' },
            { value: 'good', text: 'Good' },
          ],
        },
        { type: 'ranking', name: 'priorities', title: 'Priorities', choices: ['jobs', 'climate', 'housing'] },
        { type: 'comment', name: 'remarks', title: 'Remarks' },
      ],
    },
  ],
};

const data: Answers[] = [
  {
    role: 'member',
    channels: ['web', 'press'],
    country: 'FR',
    again: true,
    satisfaction: 5,
    age: 30,
    quality: { price: 'good', service: 'good' },
    priorities: ['jobs', 'climate', 'housing'],
    remarks: 'Great',
  },
  {
    role: 'staff',
    channels: ['web'],
    country: 'BE',
    again: false,
    satisfaction: 3,
    age: 40,
    quality: { price: 'bad' },
    priorities: ['climate', 'jobs', 'housing'],
    remarks: HOSTILE,
  },
  {
    role: 'other',
    'role-Comment': 'Partner',
    channels: ['none'],
    country: 'FR',
    again: true,
    satisfaction: 4,
    age: 25,
    quality: { price: 'good', service: 'bad' },
    priorities: ['climate', 'housing', 'jobs'],
  },
  { role: 'member', channels: ['friends', 'other'], 'channels-Comment': 'Radio', again: true, satisfaction: 4 },
  { role: 'member' },
];

/** Response records as <devisus-survey> sends them. */
const records = data.map((answers, index) => ({
  id: `r${index + 1}`,
  surveyId: 'members',
  locale: 'en',
  startedAt: '2024-05-01T10:00:00Z',
  completedAt: '2024-05-01T10:05:00Z',
  data: answers,
}));

const model = () => buildModel(v.parse(surveySchema, survey) as SurveyJson);
const question = (name: string) => model().questions.get(name)!;

/** The figures of summaries, without the question objects, to compare sources. */
function figures(summaries: QuestionSummary<Count>[]) {
  return summaries.map((summary) => {
    const base = { name: summary.question.name, answered: summary.answered, unanswered: summary.unanswered };
    switch (summary.kind) {
      case 'choice':
        return { ...base, rows: summary.rows.map((row) => [row.key, row.count]), others: summary.others };
      case 'rating':
        return { ...base, rows: summary.rows.map((row) => [row.key, row.count]), stats: summary.stats };
      case 'number':
        return { ...base, stats: summary.stats };
      case 'matrix':
        return { ...base, counts: summary.counts };
      case 'ranking':
        return { ...base, first: summary.first.map((row) => [row.key, row.count]), ranks: summary.ranks };
      case 'text':
        return { ...base, answers: summary.answers };
    }
  });
}

const rows = (el: Element, selector: string) =>
  [...(el.shadowRoot ?? el).querySelectorAll(`${selector} tbody tr`)].map((row) =>
    [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
const section = (el: Element, title: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="question"]')].find(
    (candidate) => candidate.querySelector('h3')!.textContent!.trim() === title,
  )!;
/** The text of an element inside the shadow root, whitespace folded. */
/** The column headings of the table in `el`. */
const headings = (el: Element) => [...el.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
const textOf = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const csvSrc = (csv: string) => `/__test__/respond/x.csv?type=text/csv&body=${encodeURIComponent(csv)}`;

describe('survey results: summaries', () => {
  const all = () => summarizeAll(model(), data);
  const find = <T extends QuestionSummary>(name: string) =>
    all().find((summary) => summary.question.name === name) as T;

  it('counts one-choice answers over the respondents who answered, with "other" and its texts', () => {
    const role = find<ChoiceSummary>('role');
    expect(role.answered).to.equal(5);
    expect(role.unanswered).to.equal(0);
    expect(role.rows.map((row) => [row.key, row.kind, row.count, row.share])).to.deep.equal([
      ['c:member', 'choice', 3, 0.6],
      ['c:staff', 'choice', 1, 0.2],
      ['c:volunteer', 'choice', 0, 0],
      ['other', 'other', 1, 0.2],
    ]);
    expect(role.others).to.deep.equal(['Partner']);
    const country = find<ChoiceSummary>('country');
    expect(country.answered).to.equal(3);
    expect(country.unanswered).to.equal(2);
    expect(country.rows.map((row) => row.count)).to.deep.equal([2, 1, 0]);
    expect(country.rows[0].share).to.be.closeTo(2 / 3, 1e-12);
  });

  it('gives checkbox percentages over respondents, which may add up to more than 100%, with other and none', () => {
    const channels = find<ChoiceSummary>('channels');
    expect(channels.multiple).to.equal(true);
    expect(channels.answered).to.equal(4);
    expect(channels.unanswered).to.equal(1);
    expect(channels.rows.map((row) => [row.key, row.count, row.share])).to.deep.equal([
      ['c:web', 2, 0.5],
      ['c:press', 1, 0.25],
      ['c:friends', 1, 0.25],
      ['other', 1, 0.25],
      ['none', 1, 0.25],
    ]);
    expect(channels.rows.reduce((sum, row) => sum + row.share, 0)).to.equal(1.5);
    expect(channels.others).to.deep.equal(['Radio']);
  });

  it('counts yes and no', () => {
    const again = find<ChoiceSummary>('again');
    expect(again.rows.map((row) => [row.kind, row.count, row.share])).to.deep.equal([
      ['true', 3, 0.75],
      ['false', 1, 0.25],
    ]);
    expect(again.unanswered).to.equal(1);
  });

  it('gives a rating its distribution, mean and median; a number question its mean and median', () => {
    const satisfaction = find<RatingSummary>('satisfaction');
    expect(satisfaction.kind).to.equal('rating');
    expect(satisfaction.rows.map((row) => [row.key, row.count])).to.deep.equal([
      ['c:1', 0],
      ['c:2', 0],
      ['c:3', 1],
      ['c:4', 2],
      ['c:5', 1],
    ]);
    expect(satisfaction.stats).to.deep.equal({ count: 4, mean: 4, median: 4 });
    const age = find<NumberSummary>('age');
    expect(age.kind).to.equal('number');
    expect(age.stats.count).to.equal(3);
    expect(age.stats.mean).to.be.closeTo(95 / 3, 1e-12);
    expect(age.stats.median).to.equal(30);
    expect(median([4, 1, 3, 2])).to.equal(2.5);
    expect(median([])).to.equal(null);
  });

  it('counts a matrix as a grid of rows by columns', () => {
    const quality = find<MatrixSummary>('quality');
    expect(quality.answered).to.equal(3);
    expect(quality.counts).to.deep.equal([
      [1, 2], // price: bad, good
      [1, 1], // service: bad, good
    ]);
  });

  it('gives a ranking its first choices and the average rank of each item', () => {
    const priorities = find<RankingSummary>('priorities');
    expect(priorities.answered).to.equal(3);
    expect(priorities.first.map((row) => [row.key, row.count])).to.deep.equal([
      ['c:jobs', 1],
      ['c:climate', 2],
      ['c:housing', 0],
    ]);
    expect(priorities.ranks.map((rank) => [rank.key, rank.count, rank.median])).to.deep.equal([
      ['c:jobs', 3, 2],
      ['c:climate', 3, 1],
      ['c:housing', 3, 3],
    ]);
    expect(priorities.ranks[0].mean).to.equal(2);
    expect(priorities.ranks[1].mean).to.be.closeTo(4 / 3, 1e-12);
    expect(priorities.ranks[2].mean).to.be.closeTo(8 / 3, 1e-12);
  });

  it('lists text answers', () => {
    const remarks = find<TextSummary>('remarks');
    expect(remarks.answers).to.deep.equal(['Great', HOSTILE]);
    expect(remarks.unanswered).to.equal(3);
  });

  it('keeps values the survey does not list as lines of their own, and counts a respondent once per line', () => {
    const summary = summarize(question('country'), [
      { country: 'ES' },
      { country: 'FR' },
      { country: 'ES' },
    ]) as ChoiceSummary;
    expect(summary.rows.map((row) => [row.key, row.kind, row.count])).to.deep.equal([
      ['c:FR', 'choice', 1],
      ['c:BE', 'choice', 0],
      ['c:IT', 'choice', 0],
      ['u:ES', 'unknown', 2],
    ]);
    const twice = summarize(question('channels'), [{ channels: ['web', 'web'] }]) as ChoiceSummary;
    expect(twice.rows[0].count).to.equal(1);
    // SurveyJS's storeOthersAsComment: false keeps the text itself as the value.
    const inline = summarize(question('role'), [{ role: 'Partner' }]) as ChoiceSummary;
    expect(inline.rows.find((row) => row.key === 'other')!.count).to.equal(1);
    expect(inline.others).to.deep.equal(['Partner']);
  });

  it('filters responses by one answer, checkbox answers included', () => {
    expect(filterResponses(question('role'), data, 'c:member')).to.have.length(3);
    expect(filterResponses(question('channels'), data, 'c:web')).to.deep.equal([data[0], data[1]]);
    expect(filterResponses(question('role'), data, 'other')).to.deep.equal([data[2]]);
    expect(filterResponses(question('again'), data, 'false')).to.deep.equal([data[1]]);
  });
});

const ourCsv = [
  'id,completedAt,role,role-Comment,channels,channels-Comment,country,again,satisfaction,age,quality.price,quality.service,priorities,remarks',
  'r1,2024-05-01,member,,web; press,,FR,true,5,30,good,good,jobs; climate; housing,Great',
  `r2,2024-05-01,staff,,web,,BE,false,3,40,bad,,climate; jobs; housing,"${HOSTILE.replace(/"/g, '""')}"`,
  'r3,2024-05-01,other,Partner,none,,FR,true,4,25,good,bad,climate; housing; jobs,',
  'r4,2024-05-01,member,,friends; other,Radio,,true,4,,,,,',
  'r5,2024-05-01,member,,,,,,,,,,,',
  '',
].join('\r\n');

// LimeSurvey, "question code" headings: answer codes for some, full answer texts for others.
const limeCsv = [
  'id,submitdate,lastpage,startlanguage,seed,role,role[other],channels[web],channels[press],channels[friends],channels[none],channels[other],country,again,satisfaction,age,quality[price],quality[service],priorities[1],priorities[2],priorities[3],remarks',
  '1,2024-05-01 10:05:00,1,en,81,Member,,Y,Y,,,,FR,Y,5,30,good,Good,jobs,climate,housing,Great',
  `2,2024-05-01 10:06:00,1,en,82,staff,,Y,,,,,BE,N,3,40,Bad,,climate,jobs,housing,"${HOSTILE.replace(/"/g, '""')}"`,
  '3,2024-05-01 10:07:00,1,en,83,-oth-,Partner,,,,Y,,FR,Y,4,25,good,bad,climate,housing,jobs,',
  '4,2024-05-01 10:08:00,1,en,84,member,,,,Y,,Radio,,Yes,4,,,,,,,',
  '5,2024-05-01 10:09:00,1,en,85,member,,,,,,,,,,,,,,,,',
].join('\n');

// SurveyMonkey's expanded export: titles, then the part each column holds.
const monkeyCsv = [
  'Respondent ID,Collector ID,Start Date,End Date,IP Address,Your role,,How did you hear of us?,,,,,Country,Would you join again?,Satisfaction,Age,Quality,,Priorities,,,Remarks',
  ',,,,,Response,Other (please specify),web,press,friends,Other (please specify),None of the above,Response,Response,Response,Open-Ended Response,Price,Service,jobs,climate,housing,Open-Ended Response',
  '1001,42,05/01/2024,05/01/2024,192.0.2.1,Member,,web,press,,,,FR,Yes,5,30,Good,Good,1,2,3,Great',
  `1002,42,05/01/2024,05/01/2024,192.0.2.2,Staff,,web,,,,,BE,No,3,40,Bad,,2,1,3,"${HOSTILE.replace(/"/g, '""')}"`,
  '1003,42,05/01/2024,05/01/2024,192.0.2.3,,Partner,,,,,None of the above,FR,Yes,4,25,Good,Bad,3,1,2,',
  '1004,42,05/01/2024,05/01/2024,192.0.2.4,Member,,,,friends,Radio,,,Yes,4,,,,,,,',
  '1005,42,05/01/2024,05/01/2024,192.0.2.5,Member,,,,,,,,,,,,,,,,',
].join('\n');

/** Expects `input` to be read as `rows`, naming the input in a failure. */
const reads = (input: string, ...rows: string[][]) => expect(parseCsv(input), input).to.deep.equal(rows);

describe('survey results: reading CSV', () => {
  const expected = () => figures(summarizeAll(model(), data));

  it('parses RFC 4180 cells and semicolon-separated files, and names an unclosed quote', () => {
    reads('\uFEFFa,b\r\n"x, y","say ""hi""\nagain"\n\n', ['a', 'b'], ['x, y', 'say "hi"\nagain']);
    reads('a;b\n1,5;2', ['a', 'b'], ['1,5', '2']);
    expect(() => parseCsv('a\nok\n"open\n')).to.throw('error.csvQuote');
  });

  it('reads our own export, LimeSurvey’s and SurveyMonkey’s to the same figures', () => {
    expect(figures(summarizeAll(model(), readCsv(ourCsv, model())))).to.deep.equal(expected());
    expect(figures(summarizeAll(model(), readCsv(limeCsv, model())))).to.deep.equal(expected());
    expect(figures(summarizeAll(model(), readCsv(monkeyCsv, model())))).to.deep.equal(expected());
  });

  it('reads cells leniently: labels in any language, yes/no words, decimal commas, unknown values kept', () => {
    const csv = [
      'ROLE;channels;again;satisfaction;age;quality.service;priorities[1];priorities[2];extra',
      'Membre;"WEB; Press";oui;4;"31,5";good;housing;jobs;x',
      'Partner;"friends; TV";No;"4,5";;nope;;;y',
      'staff;none;maybe;;abc;;;;;',
    ].join('\n');
    const surveyWithLabels = {
      elements: [
        ...survey.pages[0].elements.filter((element) => element.name !== 'again'),
        { type: 'boolean', name: 'again', labelTrue: { default: 'Yes, again', fr: 'Oui' } },
      ],
    };
    const answers = readCsv(csv, buildModel(v.parse(surveySchema, surveyWithLabels) as SurveyJson));
    expect(answers).to.deep.equal([
      {
        role: 'member',
        channels: ['web', 'press'],
        again: true,
        satisfaction: 4,
        age: 31.5,
        quality: { service: 'good' },
        priorities: ['housing', 'jobs'],
      },
      { role: 'Partner', channels: ['friends', 'TV'], again: false, satisfaction: 4.5, quality: { service: 'nope' } },
      { role: 'staff', channels: ['none'], again: 'maybe', age: 'abc' },
    ]);
    const summary = summarize(question('role'), answers) as ChoiceSummary;
    expect(summary.others).to.deep.equal(['Partner']);
  });

  it('refuses a file none of whose columns is a question', () => {
    expect(() => readCsv('a,b\n1,2', model())).to.throw('error.csvColumns');
  });

  for (const [name, csv] of [
    ['our own', ourCsv],
    ['a LimeSurvey', limeCsv],
    ['a SurveyMonkey', monkeyCsv],
  ] as const) {
    it(`shows ${name} CSV export fetched from src`, async () => {
      const el = await settledFixture<SurveyResults>(
        html`<devisus-survey-results .survey=${survey} src=${csvSrc(csv)}></devisus-survey-results>`,
      );
      expect(el.state).to.equal('ready');
      expect(part(el, 'count')!.textContent!.trim()).to.equal('5 responses');
      expect(figures(el.summaries)).to.deep.equal(expected());
      expect(rows(section(el, 'Your role'), 'table')).to.deep.equal([
        ['Member', '3', '60%'],
        ['Staff', '1', '20%'],
        ['volunteer', '0', '0%'],
        ['Other', '1', '20%'],
      ]);
    });
  }
});

describe('<devisus-survey-results>', () => {
  const shown = () =>
    settledFixture<SurveyResults>(
      html`<devisus-survey-results .survey=${survey} .data=${records}></devisus-survey-results>`,
    );

  it('marks the survey’s texts with their language on a page in another one', async () => {
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results lang="it" .survey=${survey} .data=${records}></devisus-survey-results>`,
    );
    expect(el.shadowRoot!.querySelector('h2 span')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('[part="question"] h3 span')!.getAttribute('lang')).to.equal('en');
    const member = [...el.shadowRoot!.querySelectorAll('tbody th')].find(
      (cell) => cell.textContent!.trim() === 'Member',
    );
    expect(member!.getAttribute('lang')).to.equal('en');
    const french = await settledFixture<SurveyResults>(
      html`<devisus-survey-results lang="fr" .survey=${survey} .data=${records}></devisus-survey-results>`,
    );
    expect(french.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Enquête auprès des membres');
    expect(french.shadowRoot!.querySelectorAll('h2 [lang], h3 [lang], th[lang]')).to.have.length(0);
  });

  it('reads response records and plain data objects alike', async () => {
    const el = await shown();
    const plain = await settledFixture<SurveyResults>(
      html`<devisus-survey-results .survey=${survey} .data=${data}></devisus-survey-results>`,
    );
    expect(figures(el.summaries)).to.deep.equal(figures(plain.summaries));
    expect(figures(el.summaries)).to.deep.equal(figures(summarizeAll(model(), data)));
  });

  it('shows each question under its title, with counts and percentages in a table', async () => {
    const el = await shown();
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Members survey');
    const titles = [...el.shadowRoot!.querySelectorAll('[part="question"] h3')].map((h) => h.textContent!.trim());
    expect(titles).to.deep.equal([
      'Your role',
      'How did you hear of us?',
      'Country',
      'Would you join again?',
      'Satisfaction',
      'Age',
      'Quality',
      'Priorities',
      'Remarks',
    ]);
    const channels = section(el, 'How did you hear of us?');
    expect(headings(channels)).to.deep.equal(['Choice', 'Count', 'Percentage']);
    expect(rows(channels, 'table')).to.deep.equal([
      ['web', '2', '50%'],
      ['press', '1', '25%'],
      ['friends', '1', '25%'],
      ['Other', '1', '25%'],
      ['None', '1', '25%'],
    ]);
    expect(textOf(channels)).to.contain('4 people answered · 1 gave no answer');
    expect(textOf(channels)).to.contain('can add up to more than 100%');
    expect(textOf(channels)).to.contain('Answers given as “Other” Radio');
    expect(rows(section(el, 'Country'), 'table')[0]).to.deep.equal(['FR', '2', '66.7%']);
    expect(rows(section(el, 'Would you join again?'), 'table')).to.deep.equal([
      ['Yes', '3', '75%'],
      ['No', '1', '25%'],
    ]);
  });

  it('draws bars as an image labelled by the caption of the table that carries the same figures', async () => {
    const el = await shown();
    const role = section(el, 'Your role');
    const chart = role.querySelector('[part="chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    const caption = el.shadowRoot!.getElementById(chart.getAttribute('aria-labelledby')!)!;
    expect(caption.tagName).to.equal('CAPTION');
    expect(caption.textContent!.trim()).to.equal('Answers to “Your role”');
    expect(chart.nextElementSibling!.tagName).to.equal('TABLE');
    const bars = [...chart.querySelectorAll('rect.bar')].map((bar) => Number(bar.getAttribute('width')));
    expect(bars).to.have.length(4);
    expect(bars[0] / bars[1]).to.be.closeTo(3, 1e-9); // 60% against 20%
    expect([...chart.querySelectorAll('.figure')].map((text) => text.textContent)).to.deep.equal([
      '60% (3)',
      '20% (1)',
      '0% (0)',
      '20% (1)',
    ]);
  });

  it('shows mean and median, the matrix grid and average ranks', async () => {
    const el = await shown();
    const stats = (title: string) =>
      [...section(el, title).querySelectorAll('.stats div')].map((pair) =>
        [...pair.children].map((cell) => cell.textContent!.trim()).join(' '),
      );
    expect(stats('Satisfaction')).to.deep.equal(['Mean 4', 'Median 4', 'Answers counted 4']);
    expect(rows(section(el, 'Satisfaction'), 'table').map((row) => row[1])).to.deep.equal(['0', '0', '1', '2', '1']);
    expect(stats('Age')).to.deep.equal(['Mean 31.67', 'Median 30', 'Answers counted 3']);
    const quality = section(el, 'Quality');
    expect(headings(quality)).to.deep.equal(['Item', 'Bad', 'Good']);
    expect(rows(quality, 'table')).to.deep.equal([
      ['Price', '1', '2'],
      ['Service', '1', '1'],
    ]);
    expect(rows(section(el, 'Priorities'), 'table.ranks')).to.deep.equal([
      ['jobs', '2', '2', '3'],
      ['climate', '1.33', '1', '3'],
      ['housing', '2.67', '3', '3'],
    ]);
  });

  it('shows text answers as text, never as HTML', async () => {
    const el = await shown();
    const remarks = section(el, 'Remarks');
    expect([...remarks.querySelectorAll('[part="answers"] li .text')].map((li) => li.textContent)).to.deep.equal([
      'Great',
      HOSTILE,
    ]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('groups equal text answers, case and spacing aside, the most given first with how many gave them', async () => {
    const given = ['Fine', 'More workshops', ' fine ', 'FINE', 'more  workshops', 'Nothing to add'];
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results
        .survey=${survey}
        .data=${given.map((remarks) => ({ remarks }))}
      ></devisus-survey-results>`,
    );
    const items = [...section(el, 'Remarks').querySelectorAll('[part="answers"] li')];
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Fine (3 people)',
      'More workshops (2 people)',
      'Nothing to add',
    ]);
    const remarks = items[0].closest('[part="question"]')!;
    el.setAttribute('lang', 'fr');
    await waitFor(() => textOf(remarks).includes('personnes'), 'the counts in French');
    expect(textOf(remarks)).to.contain('Fine (3 personnes)');
  });

  it('shows the first 50 text answers, then all on request', async () => {
    const many = Array.from({ length: 60 }, (_, index) => ({ remarks: `Answer ${index + 1}` }));
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results .survey=${survey} .data=${many}></devisus-survey-results>`,
    );
    const remarks = () => section(el, 'Remarks');
    expect(remarks().querySelectorAll('li')).to.have.length(50);
    expect(textOf(remarks())).to.contain('Showing 50 of 60 answers.');
    const button = remarks().querySelector<HTMLButtonElement>('.more button')!;
    expect(button.textContent!.trim()).to.equal('Show all 60 answers');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(remarks().querySelectorAll('li')).to.have.length(60);
    expect(remarks().querySelector('.more button')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('filters the results by one question’s answer, from the selects', async () => {
    const el = await shown();
    const pick = async (id: string, value: string) => {
      const select = el.shadowRoot!.getElementById(id) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    const questions = [...el.shadowRoot!.querySelectorAll('#filter-question option')].map((o) => o.textContent!.trim());
    expect(questions).to.deep.equal([
      'All responses',
      'Your role',
      'How did you hear of us?',
      'Country',
      'Would you join again?',
      'Satisfaction',
    ]);
    await pick('filter-question', 'role');
    expect(part(el, 'count')!.textContent!.trim()).to.equal('5 responses');
    const answers = [...el.shadowRoot!.querySelectorAll('#filter-answer option')].map((o) => o.textContent!.trim());
    expect(answers).to.deep.equal(['Choose an answer', 'Member', 'Staff', 'volunteer', 'Other']);
    await pick('filter-answer', 'c:member');
    expect(part(el, 'count')!.textContent!.trim()).to.equal('3 of 5 responses');
    expect(rows(section(el, 'How did you hear of us?'), 'table')).to.deep.equal([
      ['web', '1', '50%'],
      ['press', '1', '50%'],
      ['friends', '1', '50%'],
      ['Other', '1', '50%'],
      ['None', '0', '0%'],
    ]);
    expect(rows(section(el, 'Your role'), 'table')[0]).to.deep.equal(['Member', '3', '100%']);

    el.filter = { question: 'channels', answer: 'c:web' };
    await el.updateComplete;
    expect(part(el, 'count')!.textContent!.trim()).to.equal('2 of 5 responses');
    expect(rows(section(el, 'Your role'), 'table').map((row) => row[1])).to.deep.equal(['1', '1', '0', '0']);

    el.shadowRoot!.querySelector<HTMLButtonElement>('.filter .clear')!.click();
    await el.updateComplete;
    expect(el.filter).to.equal(undefined);
    expect(part(el, 'count')!.textContent!.trim()).to.equal('5 responses');
  });

  it('says when no response matches the filter', async () => {
    const el = await shown();
    el.filter = { question: 'role', answer: 'c:volunteer' };
    await el.updateComplete;
    expect(part(el, 'count')!.textContent!.trim()).to.equal('0 of 5 responses');
    expect(shownText(el)).to.contain('No response matches this filter.');
    expect(el.shadowRoot!.querySelector('[part="question"]')).to.equal(null);
  });

  it('works the figures out once per responses and filter', async () => {
    const el = await shown();
    const first = el.summaries;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.summaries).to.equal(first);
    el.filter = { question: 'role', answer: 'c:staff' };
    await el.updateComplete;
    expect(el.summaries).not.to.equal(first);
  });

  it('gives the filtered figures as soon as the filter is set, before the element updates', async () => {
    const el = await shown();
    el.filter = { question: 'role', answer: 'c:staff' };
    const role = el.summaries.find((summary) => summary.question.name === 'role');
    expect(role?.answered).to.equal(1);
    expect(el.exportCSV()).to.contain('\r\nrole,Your role,Staff,1,100,,\r\n');
    await el.updateComplete;
    expect(part(el, 'count')!.textContent!.trim()).to.equal('1 of 5 responses');
  });

  it('renders a few hundred responses at once', async () => {
    const lots = Array.from({ length: 400 }, (_, index) => data[index % data.length]);
    const start = performance.now();
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results .survey=${survey} .data=${lots}></devisus-survey-results>`,
    );
    expect(performance.now() - start).to.be.below(1500);
    expect(part(el, 'count')!.textContent!.trim()).to.equal('400 responses');
    expect(rows(section(el, 'Your role'), 'table')[0]).to.deep.equal(['Member', '240', '60%']);
  });

  it('exports the summary as CSV, filter included, formula-like cells defused', async () => {
    const el = await shown();
    const lines = el.exportCSV().trimEnd().split('\r\n');
    expect(lines[0]).to.equal('question,title,answer,count,percentage,mean,median');
    expect(lines).to.include.members([
      'role,Your role,,5,,,',
      'role,Your role,Member,3,60,,',
      'role,Your role,Other,1,20,,',
      'channels,How did you hear of us?,web,2,50,,',
      'country,Country,FR,2,66.7,,',
      'again,Would you join again?,Yes,3,75,,',
      'satisfaction,Satisfaction,,4,,4,4',
      'satisfaction,Satisfaction,4,2,50,,',
      'age,Age,,3,,31.6667,30',
      'quality,Quality,Price: Good,2,66.7,,',
      'priorities,Priorities,climate,2,66.7,1.3333,1',
      'remarks,Remarks,,2,,,',
    ]);
    el.filter = { question: 'role', answer: 'c:staff' };
    await el.updateComplete;
    expect(el.exportCSV()).to.contain('\r\nrole,Your role,Staff,1,100,,\r\n');

    const risky = {
      elements: [
        {
          type: 'radiogroup',
          name: 'q',
          title: '=HYPERLINK("x")',
          choices: [{ value: 'a', text: '@SUM(1)' }, '+1', '-x', '-2'],
        },
      ],
    };
    const other = await settledFixture<SurveyResults>(
      html`<devisus-survey-results .survey=${risky} .data=${[{ q: 'a' }]}></devisus-survey-results>`,
    );
    const csv = other.exportCSV();
    expect(csv).to.contain(`q,"'=HYPERLINK(""x"")",'@SUM(1),1,100,,`);
    expect(csv).to.contain(`,'+1,0,0,,`);
    expect(csv).to.contain(`,'-x,0,0,,`);
    expect(csv).to.contain(`,-2,0,0,,`);
  });

  it('downloads the CSV from its button', async () => {
    const el = await shown();
    const created: Blob[] = [];
    const names: string[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      part(el, 'export')!.click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['members-results.csv']);
    expect(created[0].type).to.equal('text/csv;charset=utf-8');
    expect((await created[0].text()).replace(/^\uFEFF/, '')).to.equal(el.exportCSV());
  });

  it('speaks the reader’s language', async () => {
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results lang="fr" .survey=${survey} .data=${records}></devisus-survey-results>`,
    );
    expect(part(el, 'title')!.textContent!.trim()).to.equal('Enquête auprès des membres');
    expect(part(el, 'count')!.textContent!.trim()).to.equal('5 réponses');
    const role = section(el, 'Votre rôle');
    expect(rows(role, 'table')[0]).to.deep.equal(['Membre', '3', '60 %']);
    expect(role.querySelector('caption')!.textContent!.trim()).to.equal('Réponses à «\u202fVotre rôle\u202f»');
    expect(textOf(role)).to.contain('5 personnes ont répondu');
  });

  it('reads responses from an inline script, and follows a new survey', async () => {
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results .survey=${survey}>
        <script type="application/json">
          ${JSON.stringify(records)}
        </script>
      </devisus-survey-results>`,
    );
    expect(part(el, 'count')!.textContent!.trim()).to.equal('5 responses');
    el.survey = {
      title: 'Only one',
      elements: [{ type: 'dropdown', name: 'country', title: 'Where', choices: ['FR', 'BE'] }],
    };
    await el.updateComplete;
    expect(part(el, 'title')!.textContent!.trim()).to.equal('Only one');
    expect(rows(section(el, 'Where'), 'table')).to.deep.equal([
      ['FR', '2', '66.7%'],
      ['BE', '1', '33.3%'],
    ]);
  });

  it('fetches the survey from survey-src', async () => {
    const src = `/__test__/respond?body=${encodeURIComponent(JSON.stringify(survey))}`;
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results survey-src=${src} .data=${records}></devisus-survey-results>`,
    );
    expect(el.state).to.equal('ready');
    expect(rows(section(el, 'Your role'), 'table')[0]).to.deep.equal(['Member', '3', '60%']);
  });

  it('shows the DEVISUS survey with no responses as empty', async () => {
    const el = await settledFixture<SurveyResults>(html`<devisus-survey-results></devisus-survey-results>`);
    expect(el.state).to.equal('empty');
    expect(shownText(el)).to.match(/^No responses to “.+” yet\.$/);
  });

  it('says when there are no responses yet', async () => {
    const el = await settledFixture<SurveyResults>(
      html`<devisus-survey-results
        .survey=${{ elements: survey.pages[0].elements }}
        .data=${[]}
      ></devisus-survey-results>`,
    );
    expect(el.state).to.equal('empty');
    expect(shownText(el)).to.equal('No responses yet.');
  });
});

describe('survey results: bad input', () => {
  const failing = async (template: ReturnType<typeof html>) => {
    const logged = console.error;
    console.error = () => {};
    try {
      const el = await settledFixture<SurveyResults>(template);
      return { el, text: shownText(el), alert: part(el, 'error') };
    } finally {
      console.error = logged;
    }
  };

  it('names the path of a survey that fails the schema, and fires devisus-error', async () => {
    const bad = { pages: [{ elements: [{ type: 'slider', name: 'x' }] }] };
    const events: CustomEvent[] = [];
    const logged = console.error;
    console.error = () => {};
    document.addEventListener('devisus-error', (event) => events.push(event as CustomEvent), { once: true });
    try {
      const el = await settledFixture<SurveyResults>(
        html`<devisus-survey-results .survey=${bad} .data=${records}></devisus-survey-results>`,
      );
      expect(el.state).to.equal('error');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(shownText(el)).to.match(/^survey\.pages\[0\]\.elements\[0\]\.type should be /);
      expect(events[0].detail.path).to.equal('survey.pages[0].elements[0].type');
    } finally {
      console.error = logged;
    }
  });

  it('names responses that are not a list, or not records', async () => {
    let result = await failing(
      html`<devisus-survey-results .survey=${survey} .data=${{ role: 'member' }}></devisus-survey-results>`,
    );
    expect(result.el.state).to.equal('error');
    expect(result.text).to.equal('responses should be Array, but it is Object.');
    result = await failing(
      html`<devisus-survey-results .survey=${survey} .data=${[{}, 'x']}></devisus-survey-results>`,
    );
    expect(result.text).to.match(/^responses\[1\] should be /);
  });

  it('reports a survey-src that cannot be loaded, with an event', async () => {
    const events: CustomEvent[] = [];
    const logged = console.error;
    console.error = () => {};
    document.addEventListener('devisus-error', (event) => events.push(event as CustomEvent), { once: true });
    try {
      const el = await settledFixture<SurveyResults>(
        html`<devisus-survey-results
          survey-src="/__test__/respond?status=404"
          .data=${records}
        ></devisus-survey-results>`,
      );
      expect(el.state).to.equal('error');
      expect(shownText(el)).to.equal('Could not load /__test__/respond?status=404: the server answered 404.');
      expect(events).to.have.length(1);
      expect(events[0].detail.message).to.contain('404');
    } finally {
      console.error = logged;
    }
  });

  it('names a CSV with an unclosed quote, and one that matches no question', async () => {
    let result = await failing(
      html`<devisus-survey-results .survey=${survey} src=${csvSrc('role\nmember\n"staff\n')}></devisus-survey-results>`,
    );
    expect(result.text).to.equal(
      'The CSV file could not be read: the quoted cell that starts on line 3 is never closed.',
    );
    result = await failing(
      html`<devisus-survey-results .survey=${survey} src=${csvSrc('colour,size\nred,big\n')}></devisus-survey-results>`,
    );
    expect(result.text).to.equal('None of the columns of the CSV file matches a question of the survey.');
  });
});

describe('survey results: accessibility and translations', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible, filtered or not, ${theme}`, async () => {
      const el = await settledFixture<SurveyResults>(
        html`<devisus-survey-results theme=${theme} .survey=${survey} .data=${records}></devisus-survey-results>`,
      );
      await expect(el).to.be.accessible();
      el.filter = { question: 'role', answer: 'c:member' };
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.filter = { question: 'role', answer: 'c:volunteer' };
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});

import { expect } from '@open-wc/testing';
import * as v from 'valibot';
// The schema of @devisus/practices, by relative path: this package must not depend on another one at
// run time, but its default practices must be valid input for the widgets that show them.
import { practiceSchema } from '../../practices/src/practice/schema.js';
import { keyOf } from '../../practices/src/practice/practice-view.js';
import { TEXT_FIELDS as PRACTICE_TEXT_FIELDS } from '../../practices/src/practice/csv.js';
import { devisusPractices, type PracticeRecord } from '../src/practices.js';
import { devisus } from '../src/project.js';
import { checkTexts as checkTextsBy, walk } from './support/texts.js';

// Each rule is a function that lists what breaks it, so that the same rule is run on the real list
// (which must break nothing) and on copies broken on purpose (which must be caught).

type Loose = Record<string, unknown>[];

/** A broken copy, handed to a rule as if it were well typed. */
const asRecords = (data: Loose) => data as unknown as PracticeRecord[];

/** A deep copy to break on purpose, typed as loosely as the breakage needs. */
function copy(data: unknown): Loose {
  return structuredClone(data) as Loose;
}

const byId = (id: string): PracticeRecord => {
  const record = devisusPractices.find((practice) => practice.id === id);
  expect(record, id).to.exist;
  return record!;
};

const text = (value: unknown) => value as Record<string, string>;

/** JSON with the keys of every object sorted, to compare data regardless of key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * What `practiceSchema` rejects, and what it would silently change: an unknown field (which the
 * schema drops) or a lower-case country (which it upper-cases). So the output must equal the input.
 */
function schemaProblems(records: unknown[]): string[] {
  const fields = new Set(Object.keys(practiceSchema.entries));
  const problems: string[] = [];
  records.forEach((record, index) => {
    const result = v.safeParse(practiceSchema, record);
    if (!result.success) {
      for (const issue of result.issues) problems.push(`[${index}].${v.getDotPath(issue) ?? ''}: ${issue.message}`);
      return;
    }
    const unknown = Object.keys(record as object).filter((key) => !fields.has(key));
    for (const key of unknown) problems.push(`[${index}].${key}: unknown`);
    if (!unknown.length && canonical(result.output) !== canonical(record))
      problems.push(`[${index}]: changed by parsing`);
  });
  return problems;
}

function idProblems(records: readonly { id?: unknown }[]): string[] {
  const ids = records.map((record) => record.id);
  return [
    ...ids.filter((id) => typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)).map((id) => `bad: ${id}`),
    ...ids.filter((id, index) => ids.indexOf(id) !== index).map((id) => `repeated: ${id}`),
  ];
}

// The fields that hold a LocalizedText in the practice schema (a record's own, and a link's label
// and a picture's alt text). Here every one is `{ en, fr }`, even a city whose name is the same in
// both languages.
const TEXT_FIELDS = new Set([...PRACTICE_TEXT_FIELDS, 'label', 'alt']);

/** The LocalizedText fields found, and those that are not `{ en, fr }` with both non-empty. */
const checkTexts = (data: unknown) => checkTextsBy(data, { fields: TEXT_FIELDS, languages: ['en', 'fr'] });

/** Every string that looks like an address, and every `url` field, with its path. */
function urlsIn(data: unknown): [string, unknown][] {
  return [...walk(data)].filter(
    ([path, value]) => path.split('.').pop() === 'url' || (typeof value === 'string' && /https?:|www\./i.test(value)),
  );
}

const PROJECTS = ['DEVISUS', 'Impact & ValuESS', 'VISES'];

function sourceProblems(records: readonly Partial<PracticeRecord>[]): string[] {
  return records
    .filter((record) => !PROJECTS.includes(record.source?.project as string) || record.source?.url !== undefined)
    .map((record) => `${record.id}: ${JSON.stringify(record.source)}`);
}

// Europe, generously: from the Azores to the Urals, from Crete to the North Cape.
const inEurope = ({ lat, lon }: { lat: number; lon: number }) => lat >= 34 && lat <= 72 && lon >= -25 && lon <= 45;

/** A city needs a location in Europe, and a location needs a city: both are the meeting's city centre. */
function placeProblems(records: readonly Partial<PracticeRecord>[]): string[] {
  const problems: string[] = [];
  for (const { id, city, location } of records) {
    if (!city !== !location) problems.push(`${id}: city and location go together`);
    if (location && !inEurope(location)) problems.push(`${id}: ${location.lat}, ${location.lon} outside Europe`);
  }
  return problems;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function timeframeProblems(records: readonly Partial<PracticeRecord>[]): string[] {
  const problems: string[] = [];
  for (const { id, timeframe } of records) {
    if (!timeframe) continue;
    const { start, end } = timeframe;
    for (const date of [start, end]) if (date !== undefined && !DATE.test(date)) problems.push(`${id}: ${date}`);
    // ISO dates of any precision sort as strings, as long as a start is not longer than its end's year.
    if (start && end && start.slice(0, end.length) > end) problems.push(`${id}: ${start} after ${end}`);
  }
  return problems;
}

// The organisations whose country the content notes make certain; any other must have none.
const SOURCED_COUNTRIES: Record<string, string> = {
  MES: 'FR',
  ConcertES: 'BE',
  'Réso Solidaire': 'FR',
  Adess: 'FR',
  'South West Forum': 'GB',
  'CRESS Hauts-de-France': 'FR',
  'Chaire ESS Hauts-de-France': 'FR',
  'CES Liège': 'BE',
};

function organisationProblems(records: readonly Partial<PracticeRecord>[]): string[] {
  const problems: string[] = [];
  for (const { id, organisations = [] } of records) {
    if (organisations.length === 0) problems.push(`${id}: no organisation`);
    for (const { name, country, url } of organisations) {
      if (country !== SOURCED_COUNTRIES[name]) problems.push(`${id}: ${name} in ${country}`);
      if (url !== undefined) problems.push(`${id}: ${name} has a url`);
    }
  }
  return problems;
}

const DIMENSIONS = ['territorial', 'economic', 'social', 'democratic', 'ecological'];

function themeProblems(records: readonly Partial<PracticeRecord>[]): string[] {
  const problems: string[] = [];
  for (const { id, themes = [], dimensions = [] } of records) {
    if (themes.length === 0) problems.push(`${id}: no theme`);
    for (const theme of themes) {
      // Shown in the reader's language, so in both of ours; filtered on by the slug of its English text.
      if (typeof theme === 'string' || !theme.en || !theme.fr) problems.push(`${id}: theme ${JSON.stringify(theme)}`);
    }
    const keys = themes.map(keyOf);
    if (new Set(keys).size !== keys.length) problems.push(`${id}: repeated theme`);
    for (const dimension of dimensions) if (!DIMENSIONS.includes(dimension)) problems.push(`${id}: ${dimension}`);
  }
  return problems;
}

const QUESTIONNAIRE = 'https://www.surveymonkey.com/s/B86S2K8';

// The DEVISUS meetings told as practices (Paris, the kick-off, is part of the partnership record):
// id, city in English and French, country, month.
const MEETINGS = [
  ['devisus-lille-shared-culture', 'Lille', 'Lille', 'FR', '2022-09'],
  ['devisus-rome-support-skills', 'Rome', 'Rome', 'IT', '2022-10'],
  ['devisus-namur-coach-training', 'Namur', 'Namur', 'BE', '2023-02'],
  ['devisus-brussels-dissemination', 'Brussels', 'Bruxelles', 'BE', '2023-05'],
] as const;

describe('@devisus/content/practices', () => {
  const practices = devisusPractices;

  describe('schema', () => {
    it('holds 8 to 12 records, the DEVISUS partnership first, as the card shows the first one', () => {
      expect(practices.length).to.be.within(8, 12);
      expect(practices[0].id).to.equal('devisus-partnership');
    });

    it('is valid against practiceSchema, which neither drops nor changes anything', () => {
      expect(schemaProblems(practices)).to.deep.equal([]);
    });

    it('catches a missing country, a bad location, an unknown field and a lower-case country', () => {
      const noCountry = copy(practices);
      delete noCountry[0].country;
      const badLocation = copy(practices);
      badLocation[1].location = { lat: 95, lon: 3 };
      const unknown = copy(practices);
      unknown[2].website = 'somewhere';
      const lowerCase = copy(practices);
      lowerCase[3].country = 'be';
      for (const broken of [noCountry, badLocation, unknown, lowerCase])
        expect(schemaProblems(broken)).to.have.length(1);
    });

    it('carries nothing the sources do not give: no image, licence, contact or evidence', () => {
      for (const record of practices) {
        for (const field of ['image', 'licence', 'contacts', 'evidence'] as const)
          expect(record[field], `${record.id}.${field}`).to.equal(undefined);
        expect(record.languages, record.id).to.deep.equal(['en', 'fr']);
      }
    });
  });

  describe('ids', () => {
    it('are unique and kebab-case', () => {
      expect(idProblems(practices)).to.deep.equal([]);
    });

    it('catches a repeated id and one that is not kebab-case', () => {
      const repeated = copy(practices);
      repeated[4].id = repeated[3].id;
      expect(idProblems(asRecords(repeated))).to.deep.equal([`repeated: ${practices[3].id}`]);
      const spaced = copy(practices);
      spaced[0].id = 'DEVISUS partnership';
      expect(idProblems(asRecords(spaced))).to.deep.equal(['bad: DEVISUS partnership']);
    });
  });

  describe('texts', () => {
    it('gives every LocalizedText a non-empty "en" and "fr"', () => {
      const { count, problems } = checkTexts(practices);
      // At least a title, a summary, an approach and a transferability per record.
      expect(count).to.be.at.least(practices.length * 4);
      expect(problems).to.deep.equal([]);
    });

    it('catches a plain string, a missing French and a blank English', () => {
      const broken = copy(practices);
      broken[0].title = 'DEVISUS';
      broken[1].city = { en: 'Lille' };
      broken[2].summary = { en: '  ', fr: 'Rome' };
      expect(checkTexts(broken).problems).to.deep.equal(['0.title', '1.city', '2.summary']);
    });

    it('has shared themes in English and French and no dimension outside the impact grid', () => {
      expect(themeProblems(practices)).to.deep.equal([]);
      const themes = practices.flatMap((record) => record.themes.map(keyOf));
      const shared = [...new Set(themes)].filter((theme) => themes.indexOf(theme) !== themes.lastIndexOf(theme));
      expect(shared, 'themes used by more than one record').to.include.members([
        'impact-evaluation',
        'social-utility',
        'training',
        'networks',
        'cross-border-cooperation',
        'dissemination',
      ]);
      const broken = copy(practices);
      broken[0].themes = ['social-utility'];
      broken[1].dimensions = ['political'];
      expect(themeProblems(asRecords(broken))).to.have.length(2);
    });
  });

  describe('sources and links', () => {
    it('contains no URL but the Impact & ValuESS questionnaire, in the links of that record', () => {
      expect(urlsIn(practices)).to.deep.equal([
        [`${practices.indexOf(byId('impact-valuess-questionnaire'))}.links.0.url`, QUESTIONNAIRE],
      ]);
      expect(byId('impact-valuess-questionnaire').links).to.deep.equal([
        {
          label: { en: 'The questionnaire (SurveyMonkey)', fr: 'Le questionnaire (SurveyMonkey)' },
          url: QUESTIONNAIRE,
        },
      ]);
    });

    it('catches an address anywhere, even in a text', () => {
      const broken = copy(practices);
      (broken[0].summary as Record<string, string>).en += ' See www.example.org.';
      broken[1].source = { project: 'DEVISUS', url: 'https://devisus.example' };
      expect(urlsIn(broken).map(([path]) => path)).to.include.members(['0.summary.en', '1.source.url']);
    });

    it('names one of DEVISUS, Impact & ValuESS and VISES as the source of every record, each at least once', () => {
      expect(sourceProblems(practices)).to.deep.equal([]);
      const projects = practices.map((record) => record.source!.project);
      expect([...new Set(projects)]).to.have.members(PROJECTS);
      const broken = copy(practices);
      delete broken[0].source;
      broken[1].source = { project: 'RIPESS' };
      expect(sourceProblems(asRecords(broken))).to.have.length(2);
    });

    it('gives an organisation a country only where the sources make it certain, and no url', () => {
      expect(organisationProblems(practices)).to.deep.equal([]);
      // The VISES record, whose organisations no other record shares (structuredClone keeps shared ones shared).
      const broken = copy(practices);
      const vises = practices.indexOf(byId('vises'));
      (broken[vises].organisations as { country?: string }[])[1].country = 'BE';
      broken[vises - 1].organisations = [];
      expect(organisationProblems(asRecords(broken))).to.have.length(2);
    });
  });

  describe('places and dates', () => {
    it('puts every city in Europe with its city centre, and no location without a city', () => {
      expect(placeProblems(practices)).to.deep.equal([]);
      const broken = copy(practices);
      delete broken[1].location;
      broken[2].location = { lat: -41.9, lon: 12.5 };
      expect(placeProblems(asRecords(broken))).to.have.length(2);
    });

    it('tells the DEVISUS meetings in Lille, Rome, Namur and Brussels with the city, place and month of project.ts', () => {
      const located = practices.filter((record) => record.city).map((record) => record.id);
      expect(located).to.deep.equal(MEETINGS.map(([id]) => id));
      for (const [id, en, fr, country, month] of MEETINGS) {
        const record = byId(id);
        expect(record.city, id).to.deep.equal({ en, fr });
        expect(record.country, id).to.equal(country);
        expect(record.timeframe, id).to.deep.equal({ start: month, end: month });
        expect(record.source, id).to.deep.equal({ project: 'DEVISUS' });
        const meeting = devisus.meetings.find((m) => m.date === month)!;
        expect(meeting.country, id).to.equal(country);
        expect(record.location, id).to.deep.equal(meeting.location);
      }
    });

    it('folds the Paris kick-off into the partnership record, over the project period', () => {
      const partnership = byId('devisus-partnership');
      expect(partnership.timeframe).to.deep.equal(devisus.period);
      expect(text(partnership.approach).en).to.contain('Paris').and.contain('April 2022');
      expect(text(partnership.approach).fr).to.contain('Paris').and.contain('avril 2022');
      expect(partnership.organisations.map((organisation) => organisation.name)).to.deep.equal(
        devisus.partners.map((partner) => partner.name),
      );
    });

    it('has valid ISO timeframes, each starting no later than it ends', () => {
      expect(timeframeProblems(practices)).to.deep.equal([]);
      const broken = copy(practices);
      broken[0].timeframe = { start: '2022-4' };
      broken[1].timeframe = { start: '2023-05', end: '2022-09' };
      expect(timeframeProblems(asRecords(broken))).to.have.length(2);
    });

    it('dates the French-English meeting of Impact & ValuESS 13 to 15 May 2014, in both languages', () => {
      const meeting = byId('impact-valuess-exchange-2014');
      expect(meeting.timeframe).to.deep.equal({ start: '2014-05-13', end: '2014-05-15' });
      expect(text(meeting.summary).en).to.contain('13 to 15 May 2014');
      expect(text(meeting.summary).fr).to.contain('13 au 15 mai 2014');
      expect(meeting.source).to.deep.equal({ project: 'Impact & ValuESS' });
      const days = practices.filter((record) => /^\d{4}-\d{2}-\d{2}$/.test(record.timeframe?.start ?? ''));
      expect(
        days.map((record) => record.id),
        'the only record dated to the day',
      ).to.deep.equal([meeting.id]);
    });
  });

  describe('Impact & ValuESS', () => {
    it('has its four steps as records, by Réso Solidaire, Adess and South West Forum', () => {
      const records = practices.filter((record) => record.source?.project === 'Impact & ValuESS');
      expect(records.map((record) => record.id)).to.deep.equal([
        'impact-valuess-questionnaire',
        'impact-valuess-case-studies',
        'impact-valuess-exchange-2014',
        'impact-valuess-guide',
      ]);
      for (const record of records)
        expect(record.organisations, record.id).to.deep.equal([
          { name: 'Réso Solidaire', country: 'FR' },
          { name: 'Adess', country: 'FR' },
          { name: 'South West Forum', country: 'GB' },
        ]);
      expect(text(byId('impact-valuess-case-studies').summary).en).to.contain('France and England');
      expect(text(byId('impact-valuess-case-studies').summary).fr).to.contain('France et en Angleterre');
    });

    it('reports results only for the guide, the one output the sources name', () => {
      expect(practices.filter((record) => record.results).map((record) => record.id)).to.deep.equal([
        'impact-valuess-guide',
      ]);
    });
  });

  describe('VISES', () => {
    const vises = byId('vises');

    it('is the Interreg France-Wallonie-Vlaanderen project of 2016-2019, led by ConcertES with CRESS Hauts-de-France', () => {
      expect(vises.source).to.deep.equal({ project: 'VISES' });
      expect(vises.timeframe).to.deep.equal({ start: '2016', end: '2019' });
      expect(vises.country).to.deep.equal(['FR', 'BE']);
      expect(vises.organisations).to.deep.equal([
        { name: 'ConcertES', country: 'BE' },
        { name: 'CRESS Hauts-de-France', country: 'FR' },
      ]);
      for (const language of ['en', 'fr'])
        expect(text(vises.summary)[language], language)
          .to.contain('Interreg France-Wallonie-Vlaanderen')
          .and.contain('(2016-2019)')
          .and.contain('ConcertES')
          .and.contain('CRESS Hauts-de-France');
    });

    it('gives its 21 partners and 69 test enterprises exactly, in both languages', () => {
      const { en, fr } = text(vises.summary);
      expect(en).to.contain('21 partners').and.contain('69 test enterprises');
      expect(fr).to.contain('21 partenaires').and.contain('69 entreprises tests');
      // No other figure has crept in.
      expect(en.match(/\d+/g)).to.deep.equal(['2016', '2019', '21', '69']);
      expect(fr.match(/\d+/g)).to.deep.equal(['2016', '2019', '21', '69']);
    });

    it('describes its three steps and its refusal of monetisation', () => {
      const method = text(vises.evaluationMethod);
      for (const step of ['(1)', '(2)', '(3)']) {
        expect(method.en).to.contain(step);
        expect(method.fr).to.contain(step);
      }
      expect(method.en).to.not.contain('(4)');
      expect(text(vises.approach).en).to.match(/monetisation/);
      expect(text(vises.approach).fr).to.match(/monétarisation/);
    });
  });

  describe('entry point', () => {
    it('loads lazily, as the practice widgets do', async () => {
      const module = await import('../src/practices.js');
      expect(module.devisusPractices).to.equal(devisusPractices);
    });
  });
});

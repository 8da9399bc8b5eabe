import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import * as content from '../src/index.js';
import type { LocalizedText } from '../src/localized-text.js';
import { devisus, impactValuess, type Cooperation, type Project } from '../src/project.js';
import { walk } from './support/texts.js';

// The schema lives here, not in src/, so that the package stays free of runtime dependencies: widgets
// validate data with their own schemas, and this one only guards the default material.
const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty());
const LanguageTag = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));
const LocalizedTextSchema = v.union([
  NonEmpty,
  v.pipe(
    v.record(LanguageTag, NonEmpty),
    v.check((text) => 'en' in text && 'fr' in text, 'needs both "en" and "fr"'),
  ),
]);
const Month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const Country = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));
const HttpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'));

const SourceSchema = v.strictObject({ id: Id, label: LocalizedTextSchema, url: v.optional(HttpsUrl) });
const OrganisationSchema = v.strictObject({
  id: Id,
  name: LocalizedTextSchema,
  role: v.picklist(['lead', 'partner', 'supporting']),
  description: v.optional(LocalizedTextSchema),
  region: v.optional(LocalizedTextSchema),
  country: v.optional(Country),
  source: Id,
});
const FundingSchema = v.strictObject({
  programme: NonEmpty,
  action: v.optional(LocalizedTextSchema),
  code: v.optional(NonEmpty),
  projectNumber: v.optional(NonEmpty),
});
const MeetingSchema = v.strictObject({
  id: Id,
  number: v.pipe(v.number(), v.integer(), v.minValue(1)),
  date: Month,
  city: LocalizedTextSchema,
  country: Country,
  location: v.strictObject({
    lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
    lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  }),
  theme: LocalizedTextSchema,
  summary: v.optional(LocalizedTextSchema),
  source: Id,
});
const ProjectSchema = v.strictObject({
  id: Id,
  acronym: NonEmpty,
  name: LocalizedTextSchema,
  funding: FundingSchema,
  period: v.strictObject({ start: Month, end: Month }),
  why: LocalizedTextSchema,
  aims: v.pipe(v.array(LocalizedTextSchema), v.nonEmpty()),
  partnership: LocalizedTextSchema,
  partners: v.pipe(v.array(OrganisationSchema), v.nonEmpty()),
  meetings: v.pipe(v.array(MeetingSchema), v.nonEmpty()),
  sources: v.pipe(v.array(SourceSchema), v.nonEmpty()),
});
const CooperationSchema = v.strictObject({
  id: Id,
  name: LocalizedTextSchema,
  funding: FundingSchema,
  description: LocalizedTextSchema,
  partners: v.pipe(v.array(OrganisationSchema), v.nonEmpty()),
  goals: v.pipe(v.array(LocalizedTextSchema), v.nonEmpty()),
  evaluationSteps: v.pipe(
    v.array(
      v.strictObject({
        number: v.pipe(v.number(), v.integer(), v.minValue(1)),
        title: LocalizedTextSchema,
        description: LocalizedTextSchema,
        url: v.optional(HttpsUrl),
        dates: v.optional(
          v.strictObject({ start: v.pipe(v.string(), v.isoDate()), end: v.pipe(v.string(), v.isoDate()) }),
        ),
        source: Id,
      }),
    ),
    v.nonEmpty(),
  ),
  sources: v.pipe(v.array(SourceSchema), v.nonEmpty()),
});

/** Parses and returns the data, or fails listing every problem with its path. */
function parse<T>(schema: v.GenericSchema<unknown, T>, data: unknown): T {
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const problems = result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
    expect.fail(problems.join('\n'));
  }
  return result.output;
}

function english(text: LocalizedText): string {
  return typeof text === 'string' ? text : text.en;
}

// A LocalizedText object is one whose keys are all two-letter language codes and whose values are all
// strings; no other object in the data has that shape (`lat`/`lon`, `start`/`end` are not two letters).
function isLocalizedObject(value: unknown): value is Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 && entries.every(([key, text]) => /^[a-z]{2}(-[A-Z]{2})?$/.test(key) && typeof text === 'string')
  );
}

/** A deep copy to break on purpose, typed as loosely as the breakage needs. */
function copy<T>(data: unknown): T {
  return structuredClone(data) as T;
}

describe('@devisus/content/project', () => {
  describe('schema', () => {
    it('accepts the DEVISUS project, and its output fits the Project interface', () => {
      const project: Project = parse(ProjectSchema, devisus);
      expect(project.acronym).to.equal('DEVISUS');
    });

    it('accepts the Impact & ValuESS cooperation, and its output fits the Cooperation interface', () => {
      const cooperation: Cooperation = parse(CooperationSchema, impactValuess);
      expect(english(cooperation.name)).to.equal('Impact & ValuESS');
    });

    // Proves the schema can fail, so that the two tests above mean something.
    it('rejects a text missing its French, a date without its month, an unknown role and an unknown field', () => {
      const noFrench = copy<{ meetings: { theme: LocalizedText }[] }>(devisus);
      noFrench.meetings[0].theme = { en: 'Kick-off' };
      const badMonth = copy<{ meetings: { date: string }[] }>(devisus);
      badMonth.meetings[1].date = '2022-9';
      const badRole = copy<{ partners: { role: string }[] }>(devisus);
      badRole.partners[0].role = 'coordinator';
      const extra = copy<{ partners: Record<string, unknown>[] }>(devisus);
      extra.partners[1].city = 'Somewhere';
      for (const broken of [noFrench, badMonth, badRole, extra]) {
        expect(v.safeParse(ProjectSchema, broken).success).to.equal(false);
      }
    });
  });

  describe('texts', () => {
    for (const [name, data] of [
      ['devisus', devisus],
      ['impactValuess', impactValuess],
    ] as const) {
      it(`gives every translated text in ${name} a non-empty "en" and "fr"`, () => {
        const texts = [...walk(data)].filter(([, value]) => isLocalizedObject(value)) as [
          string,
          Record<string, string>,
        ][];
        // Guards the walker itself: the data holds dozens of translated texts.
        expect(texts.length).to.be.greaterThan(10);
        for (const [path, text] of texts) {
          expect(text.en?.trim(), `${path}.en`).to.be.a('string').and.not.equal('');
          expect(text.fr?.trim(), `${path}.fr`).to.be.a('string').and.not.equal('');
        }
      });
    }

    it('contains no URL but the questionnaire one, because no other address is known', () => {
      const urls = [...walk({ devisus, impactValuess })].filter(
        ([, value]) => typeof value === 'string' && /https?:|www\./.test(value),
      );
      expect(urls.map(([, value]) => value)).to.deep.equal(['https://www.surveymonkey.com/s/B86S2K8']);
    });
  });

  describe('DEVISUS', () => {
    it('has the funding, project number and period of the grant', () => {
      expect(devisus.funding.programme).to.equal('Erasmus+');
      expect(english(devisus.funding.action!)).to.equal('Adult Education Small-scale Partnerships');
      expect(devisus.funding.code).to.equal('KA210-ADU');
      expect(devisus.funding.projectNumber).to.equal('2021-2-FR01-KA210-ADU-000051132');
      expect(devisus.period).to.deep.equal({ start: '2022-04', end: '2023-10' });
      expect(english(devisus.name)).to.equal(
        'Development of an Ecosystem for Valuing Social Impact and Social Utility',
      );
    });

    it('has four aims', () => {
      expect(devisus.aims).to.have.length(4);
    });

    it('has nine organisations: MES, French, as the only lead, six partners and two supporting ones', () => {
      expect(devisus.partners).to.have.length(9);
      const leads = devisus.partners.filter((organisation) => organisation.role === 'lead');
      expect(leads.map((organisation) => [organisation.name, organisation.country])).to.deep.equal([['MES', 'FR']]);
      expect(
        devisus.partners.filter((organisation) => organisation.role === 'partner').map((o) => o.name),
      ).to.deep.equal(['ADEPES', 'Apes', 'RIES', 'UNIPSO', 'ConcertES', 'RIPESS Europe']);
      expect(
        devisus.partners.filter((organisation) => organisation.role === 'supporting').map((o) => o.name),
      ).to.deep.equal(['Initiative Europe Conseil', 'Lifelong Learning Platform']);
    });

    it('places no partner but the lead, because no other location is sourced', () => {
      const placed = devisus.partners.filter((organisation) => organisation.country || organisation.region);
      expect(placed.map((organisation) => organisation.id)).to.deep.equal(['mes']);
    });

    it('has five meetings numbered 1 to 5, in date order, within the project period', () => {
      expect(devisus.meetings.map((meeting) => meeting.number)).to.deep.equal([1, 2, 3, 4, 5]);
      const dates = devisus.meetings.map((meeting) => meeting.date);
      expect(dates).to.deep.equal(['2022-04', '2022-09', '2022-10', '2023-02', '2023-05']);
      // "YYYY-MM" strings sort as dates, so string comparison checks the order and the period.
      for (let i = 1; i < dates.length; i++)
        expect(dates[i] > dates[i - 1], `${dates[i]} after ${dates[i - 1]}`).to.be.true;
      for (const date of dates) {
        expect(date >= devisus.period.start && date <= devisus.period.end, `${date} within the period`).to.be.true;
      }
    });

    it('meets in Paris, Lille, Rome, Namur and Brussels, in France, Italy and Belgium', () => {
      expect(devisus.meetings.map((meeting) => english(meeting.city))).to.deep.equal([
        'Paris',
        'Lille',
        'Rome',
        'Namur',
        'Brussels',
      ]);
      expect(devisus.meetings.map((meeting) => meeting.country)).to.deep.equal(['FR', 'FR', 'IT', 'BE', 'BE']);
      expect(devisus.meetings[4].city).to.deep.equal({ en: 'Brussels', fr: 'Bruxelles' });
    });

    it('locates every meeting in Europe, Paris west of Brussels and Rome south of both', () => {
      for (const { id, location } of devisus.meetings) {
        expect(location.lat, `${id} latitude`).to.be.within(34, 72);
        expect(location.lon, `${id} longitude`).to.be.within(-25, 45);
      }
      const at = (city: string) => devisus.meetings.find((meeting) => english(meeting.city) === city)!.location;
      expect(at('Paris').lon).to.be.below(at('Brussels').lon);
      expect(at('Rome').lat).to.be.below(at('Paris').lat);
      expect(at('Rome').lat).to.be.below(at('Brussels').lat);
      // Lille lies between Paris and Brussels, and Namur south-east of Brussels.
      expect(at('Lille').lat).to.be.within(at('Paris').lat, at('Brussels').lat);
      expect(at('Namur').lat).to.be.below(at('Brussels').lat);
      expect(at('Namur').lon).to.be.above(at('Brussels').lon);
    });

    it('reports what happened in Lille only from the named speakers', () => {
      const lille = devisus.meetings[1];
      expect(lille.summary, 'Lille summary').to.exist;
      for (const name of ['Chaire ESS Hauts-de-France', 'CIRAD', 'ConcertES', 'CES Liège', 'VISES']) {
        expect(english(lille.summary!)).to.contain(name);
        expect((lille.summary as Record<string, string>).fr).to.contain(name);
      }
    });
  });

  describe('Impact & ValuESS', () => {
    it('joins Réso Solidaire, Adess and South West Forum with the regions the sources give', () => {
      expect(impactValuess.funding.programme).to.equal('Interreg');
      expect(
        impactValuess.partners.map((organisation) => [
          organisation.name,
          organisation.country,
          english(organisation.region!),
        ]),
      ).to.deep.equal([
        ['Réso Solidaire', 'FR', 'Pays de Rennes, Brittany'],
        ['Adess', 'FR', 'Pays de Brest, Brittany'],
        ['South West Forum', 'GB', 'England'],
      ]);
    });

    it('has two goals and four evaluation steps, with the questionnaire link and the May 2014 meeting', () => {
      expect(impactValuess.goals).to.have.length(2);
      const steps = impactValuess.evaluationSteps;
      expect(steps.map((step) => step.number)).to.deep.equal([1, 2, 3, 4]);
      expect(steps[0].url).to.equal('https://www.surveymonkey.com/s/B86S2K8');
      expect(steps[2].dates).to.deep.equal({ start: '2014-05-13', end: '2014-05-15' });
      expect(steps.filter((step) => step.dates).length, 'only the meeting is dated').to.equal(1);
    });
  });

  describe('ids and sources', () => {
    it('gives every organisation, meeting, source and project a unique id', () => {
      const ids = [
        devisus.id,
        impactValuess.id,
        ...devisus.partners.map((organisation) => organisation.id),
        ...impactValuess.partners.map((organisation) => organisation.id),
        ...devisus.meetings.map((meeting) => meeting.id),
        ...devisus.sources.map((source) => source.id),
        ...impactValuess.sources.map((source) => source.id),
      ];
      expect(ids.length).to.equal(2 + 9 + 3 + 5 + 2 + 1);
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(repeated, 'repeated ids').to.deep.equal([]);
    });

    it('points every record at one of its own sources', () => {
      const check = (records: readonly { source: string }[], sources: readonly { id: string }[], where: string) => {
        const known = new Set(sources.map((source) => source.id));
        records.forEach((record, index) => expect(known.has(record.source), `${where}[${index}].source`).to.be.true);
      };
      check(devisus.partners, devisus.sources, 'devisus.partners');
      check(devisus.meetings, devisus.sources, 'devisus.meetings');
      check(impactValuess.partners, impactValuess.sources, 'impactValuess.partners');
      check(impactValuess.evaluationSteps, impactValuess.sources, 'impactValuess.evaluationSteps');
    });
  });

  describe('entry points', () => {
    it('re-exports the same data from the package index', () => {
      expect(content.devisus).to.equal(devisus);
      expect(content.impactValuess).to.equal(impactValuess);
    });

    it('loads the project module lazily, as widgets do', async () => {
      const module = await import('../src/project.js');
      expect(module.devisus).to.equal(devisus);
    });
  });
});

import { expect } from '@open-wc/testing';
import {
  agreementScale,
  devisusFramework,
  maturityScale,
  type Framework,
  type Indicator,
  type IndicatorType,
} from '../src/impact-framework.js';
import { checkTexts as checkTextsBy, walk } from './support/texts.js';

// Each rule is a function that lists what breaks it, so that the same rule is run on the real grid
// (which must break nothing) and on copies broken on purpose (which must be caught).

function indicatorsOf(framework: Framework): Indicator[] {
  return framework.dimensions.flatMap((dimension) => dimension.criteria.flatMap((criterion) => criterion.indicators));
}

/** Every id of the framework's single namespace: dimensions, criteria and indicators. */
function idsOf(framework: Framework): string[] {
  return framework.dimensions.flatMap((dimension) => [
    dimension.id,
    ...dimension.criteria.flatMap((criterion) => [criterion.id, ...criterion.indicators.map((i) => i.id)]),
  ]);
}

function repeatedIds(framework: Framework): string[] {
  const ids = idsOf(framework);
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

// The fields that hold a LocalizedText in this module's types.
const TEXT_FIELDS = new Set(['title', 'description', 'label', 'guidance', 'unit']);

/** The LocalizedText fields found, and those that are not `{ en, fr }` with both non-empty. */
const checkTexts = (data: unknown) => checkTextsBy(data, { fields: TEXT_FIELDS, languages: ['en', 'fr'] });

function scaleProblems(framework: Framework): string[] {
  const problems: string[] = [];
  for (const indicator of indicatorsOf(framework).filter((i) => i.type === 'scale')) {
    const values = (indicator.levels ?? []).map((level) => level.value);
    if (values.length < 2) problems.push(`${indicator.id}: fewer than two levels`);
    if (values.some((value, index) => index > 0 && value <= values[index - 1]))
      problems.push(`${indicator.id}: values not strictly increasing`);
    if (indicator.baseline !== undefined || indicator.target !== undefined)
      problems.push(`${indicator.id}: baseline or target on a scale`);
  }
  return problems;
}

function numberProblems(framework: Framework): string[] {
  const problems: string[] = [];
  for (const indicator of indicatorsOf(framework).filter((i) => i.type === 'number')) {
    const { id, baseline, target, unit } = indicator;
    if (typeof baseline !== 'number' || !Number.isFinite(baseline)) problems.push(`${id}: no baseline`);
    if (typeof target !== 'number' || !Number.isFinite(target)) problems.push(`${id}: no target`);
    if (baseline === target) problems.push(`${id}: baseline equals target`);
    if (!unit) problems.push(`${id}: no unit`);
  }
  return problems;
}

/** Fields that belong to another type: levels outside `scale`, baseline/target/unit outside `number`. */
function misplacedFields(framework: Framework): string[] {
  const problems: string[] = [];
  for (const indicator of indicatorsOf(framework)) {
    if (indicator.type !== 'scale' && indicator.levels) problems.push(`${indicator.id}.levels`);
    if (indicator.type !== 'number') {
      for (const field of ['baseline', 'target', 'unit'] as const)
        if (indicator[field] !== undefined) problems.push(`${indicator.id}.${field}`);
    }
  }
  return problems;
}

function typeCounts(framework: Framework): Record<IndicatorType, number> {
  const counts: Record<IndicatorType, number> = { scale: 0, yesno: 0, number: 0, text: 0 };
  for (const indicator of indicatorsOf(framework)) counts[indicator.type]++;
  return counts;
}

function urlsIn(data: unknown): string[] {
  return [...walk(data)]
    .filter(
      ([path, value]) => path.split('.').pop() === 'url' || (typeof value === 'string' && /https?:|www\./i.test(value)),
    )
    .map(([path]) => path);
}

/** A deep copy to break on purpose, typed as loosely as the breakage needs. */
function copy<T>(data: unknown): T {
  return structuredClone(data) as T;
}

type Loose = {
  dimensions: {
    id: string;
    title: Record<string, string>;
    sources?: { label: unknown; url?: string }[];
    criteria: { id: string; guidance?: unknown; indicators: Record<string, unknown>[] }[];
  }[];
};

const firstOfType = (data: Loose, type: IndicatorType) =>
  data.dimensions.flatMap((d) => d.criteria.flatMap((c) => c.indicators)).find((i) => i.type === type)!;

describe('@devisus/content/impact-framework', () => {
  const framework = devisusFramework;
  const indicators = indicatorsOf(framework);

  describe('identity', () => {
    it('is the DEVISUS social utility grid, version 1.0.0, with a title and a description in both languages', () => {
      expect(framework.id).to.equal('devisus-social-utility');
      expect(framework.version).to.equal('1.0.0');
      expect(framework.title).to.have.keys('en', 'fr');
      expect(framework.description).to.have.keys('en', 'fr');
    });

    it('says it is a starting grid to adapt, not an official standard, with baselines and targets to set', () => {
      const { en, fr } = framework.description as Record<string, string>;
      expect(en).to.match(/not an official standard/i);
      expect(en).to.match(/adapts/i);
      expect(en).to.match(/set your own/i);
      expect(fr).to.match(/ni une norme officielle/i);
      expect(fr).to.match(/adapte/i);
      for (const word of ['registres', 'critères', 'indicateurs']) expect(en).to.contain(word);
    });
  });

  describe('structure', () => {
    it('has five dimensions: territorial, economic, social, democratic and citizen, ecological', () => {
      expect(framework.dimensions.map((dimension) => dimension.id)).to.deep.equal([
        'territorial',
        'economic',
        'social',
        'democratic',
        'ecological',
      ]);
      const themes = [/territor/i, /econom/i, /social/i, /democra.*citizen/i, /ecolog/i];
      const frenchThemes = [/territori/i, /économ/i, /social/i, /démocrat.*citoyen/i, /écolog/i];
      framework.dimensions.forEach((dimension, index) => {
        const { en, fr } = dimension.title as Record<string, string>;
        expect(en, dimension.id).to.match(themes[index]);
        expect(fr, dimension.id).to.match(frenchThemes[index]);
      });
    });

    it('has 2 to 4 criteria per dimension, 2 to 4 indicators per criterion, 40 to 50 indicators in all', () => {
      for (const dimension of framework.dimensions) {
        expect(dimension.criteria.length, dimension.id).to.be.within(2, 4);
        for (const criterion of dimension.criteria)
          expect(criterion.indicators.length, criterion.id).to.be.within(2, 4);
      }
      expect(indicators.length).to.be.within(40, 50);
    });

    it('gives every criterion guidance on how to answer', () => {
      for (const dimension of framework.dimensions)
        for (const criterion of dimension.criteria) expect(criterion.guidance, criterion.id).to.exist;
    });

    it('leaves weights out or makes them positive', () => {
      const weighted = [...walk(framework)].filter(([path]) => path.endsWith('.weight'));
      for (const [path, weight] of weighted) expect(weight, path).to.be.a('number').and.above(0);
    });
  });

  describe('ids', () => {
    it('are unique across dimensions, criteria and indicators', () => {
      expect(idsOf(framework).length).to.equal(
        framework.dimensions.length +
          framework.dimensions.reduce((sum, dimension) => sum + dimension.criteria.length, 0) +
          indicators.length,
      );
      expect(repeatedIds(framework), 'repeated ids').to.deep.equal([]);
    });

    it('catches a repeated id', () => {
      const broken = copy<Loose>(framework);
      broken.dimensions[4].criteria[0].indicators[0].id = broken.dimensions[0].criteria[0].id;
      expect(repeatedIds(broken as unknown as Framework)).to.deep.equal([framework.dimensions[0].criteria[0].id]);
    });

    it('are lowercase kebab-case, each starting with the id of what contains it', () => {
      for (const dimension of framework.dimensions) {
        expect(dimension.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        for (const criterion of dimension.criteria) {
          expect(criterion.id.startsWith(`${dimension.id}-`), criterion.id).to.be.true;
          for (const indicator of criterion.indicators) {
            expect(indicator.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
            expect(indicator.id.startsWith(`${criterion.id}-`), indicator.id).to.be.true;
          }
        }
      }
    });
  });

  describe('texts', () => {
    it('gives every translated text a non-empty "en" and "fr"', () => {
      const { count, problems } = checkTexts({ framework, maturityScale, agreementScale });
      // Guards the walker itself: titles alone number more than fifty.
      expect(count).to.be.greaterThan(150);
      expect(problems).to.deep.equal([]);
    });

    it('catches a missing French, an empty English and a plain string', () => {
      const broken = copy<Loose>(framework);
      broken.dimensions[0].title = { en: 'Territory' };
      (broken.dimensions[1].criteria[0] as { guidance: unknown }).guidance = { en: ' ', fr: 'Guide' };
      broken.dimensions[2].criteria[1].indicators[0].title = 'Only one language';
      expect(checkTexts(broken).problems).to.deep.equal([
        'dimensions.0.title',
        'dimensions.1.criteria.0.guidance',
        'dimensions.2.criteria.1.indicators.0.title',
      ]);
    });
  });

  describe('indicators', () => {
    it('uses each of the four types at least three times, in at least three dimensions each', () => {
      const counts = typeCounts(framework);
      for (const type of ['scale', 'yesno', 'number', 'text'] as const) {
        expect(counts[type], type).to.be.at.least(3);
        const dimensions = framework.dimensions.filter((dimension) =>
          dimension.criteria.some((criterion) => criterion.indicators.some((i) => i.type === type)),
        );
        expect(dimensions.length, `dimensions with ${type}`).to.be.at.least(3);
      }
      expect(counts.scale + counts.yesno + counts.number + counts.text).to.equal(indicators.length);
    });

    it('catches a type that appears fewer than three times', () => {
      const broken = copy<Loose>(framework);
      for (const indicator of broken.dimensions.flatMap((d) => d.criteria.flatMap((c) => c.indicators)))
        if (indicator.type === 'text') indicator.type = 'yesno';
      expect(typeCounts(broken as unknown as Framework).text).to.equal(0);
    });

    it('gives every scale two or more levels in strictly increasing order, and no baseline or target', () => {
      expect(scaleProblems(framework)).to.deep.equal([]);
    });

    it('catches a scale with one level, with levels out of order, or with a target', () => {
      const oneLevel = copy<Loose>(framework);
      const a = firstOfType(oneLevel, 'scale');
      a.levels = (a.levels as unknown[]).slice(0, 1);
      const unordered = copy<Loose>(framework);
      const b = firstOfType(unordered, 'scale');
      b.levels = [...(b.levels as unknown[])].reverse();
      const withTarget = copy<Loose>(framework);
      firstOfType(withTarget, 'scale').target = 3;
      for (const broken of [oneLevel, unordered, withTarget])
        expect(scaleProblems(broken as unknown as Framework)).to.have.length(1);
    });

    it('builds scales on the shared 4-level maturity scale (0 to 3) or the 5-level agreement scale', () => {
      expect(maturityScale.map((level) => level.value)).to.deep.equal([0, 1, 2, 3]);
      expect(agreementScale.map((level) => level.value)).to.deep.equal([1, 2, 3, 4, 5]);
      for (const level of maturityScale) expect(level.description, `maturity ${level.value}`).to.exist;
      const scales = indicators.filter((indicator) => indicator.type === 'scale');
      for (const indicator of scales)
        expect([maturityScale, agreementScale], indicator.id).to.include(indicator.levels);
      expect(scales.filter((indicator) => indicator.levels === maturityScale).length).to.be.at.least(3);
      expect(scales.filter((indicator) => indicator.levels === agreementScale).length).to.be.at.least(3);
    });

    it('gives every number a unit and a baseline and a target that differ', () => {
      expect(numberProblems(framework)).to.deep.equal([]);
    });

    it('catches a number without a unit, without a baseline, or aiming at its own baseline', () => {
      const noUnit = copy<Loose>(framework);
      delete firstOfType(noUnit, 'number').unit;
      const noBaseline = copy<Loose>(framework);
      delete firstOfType(noBaseline, 'number').baseline;
      const same = copy<Loose>(framework);
      const c = firstOfType(same, 'number');
      c.target = c.baseline;
      for (const broken of [noUnit, noBaseline, same])
        expect(numberProblems(broken as unknown as Framework)).to.have.length(1);
    });

    it('puts levels only on scales, and baseline, target and unit only on numbers', () => {
      expect(misplacedFields(framework)).to.deep.equal([]);
      const broken = copy<Loose>(framework);
      firstOfType(broken, 'yesno').levels = [];
      firstOfType(broken, 'text').unit = { en: '%', fr: '%' };
      expect(misplacedFields(broken as unknown as Framework)).to.have.length(2);
    });
  });

  describe('sources', () => {
    it('cites at least one framework in every dimension', () => {
      for (const dimension of framework.dimensions)
        expect(dimension.sources?.length ?? 0, dimension.id).to.be.at.least(1);
    });

    it('cites the frameworks of the content notes, and never Outcomes Star', () => {
      const labels = framework.dimensions.flatMap((dimension) =>
        (dimension.sources ?? []).map((source) => (source.label as Record<string, string>).en),
      );
      for (const name of [
        'Avise',
        'Hélène Duclos',
        'COORACE',
        'Jean Gadrey',
        'regional chambers',
        '2014 law',
        'VISES',
        'Impact Management Project',
        'Social Value International',
      ])
        expect(
          labels.some((label) => label.includes(name)),
          name,
        ).to.be.true;
      expect(JSON.stringify(framework)).not.to.match(/outcomes\s*star/i);
    });

    it('contains no URL anywhere, because none is known', () => {
      expect(urlsIn({ framework, maturityScale, agreementScale })).to.deep.equal([]);
    });

    it('catches a url field and an address inside a text', () => {
      const broken = copy<Loose>(framework);
      // A new source, because the grid's sources are shared between dimensions (and stay so in a copy).
      broken.dimensions[0].sources = [{ label: { en: 'Somewhere', fr: 'Quelque part' }, url: 'https://example.org' }];
      broken.dimensions[1].title = { en: 'See www.example.org', fr: 'Voir www.example.org' };
      expect(urlsIn(broken)).to.deep.equal([
        'dimensions.0.sources.0.url',
        'dimensions.1.title.en',
        'dimensions.1.title.fr',
      ]);
    });
  });

  describe('entry point', () => {
    it('loads lazily, as <devisus-impact-grid> does', async () => {
      const module = await import('../src/impact-framework.js');
      expect(module.devisusFramework).to.equal(devisusFramework);
    });
  });
});

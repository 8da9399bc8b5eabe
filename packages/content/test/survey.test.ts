import { expect } from '@open-wc/testing';
import {
  devisusSurvey,
  type SurveyElement,
  type SurveyInputType,
  type SurveyJson,
  type SurveyQuestion,
} from '../src/survey.js';
import { INPUT_TYPES as SURVEY_INPUT_TYPES, QUESTION_TYPES } from '../../survey/src/definition/schema.js';
import { checkTexts as checkTextsBy, walk } from './support/texts.js';

// Each rule is a function that lists what breaks it, so that the same rule is run on the real survey
// (which must break nothing) and on copies broken on purpose (which must be caught).

// The element and input types are those <devisus-survey> renders, taken from its own schema, so that
// the survey is checked against what the element can show.
const ELEMENT_TYPES: readonly string[] = QUESTION_TYPES;
const INPUT_TYPES: readonly string[] = SURVEY_INPUT_TYPES;
const CHOICE_TYPES: readonly string[] = ['radiogroup', 'checkbox', 'dropdown', 'ranking'];
const CONDITIONS = ['visibleIf', 'enableIf', 'requiredIf'] as const;

/** Every element, panels and what they hold included, in the order a respondent meets them. */
function elementsOf(survey: SurveyJson): SurveyElement[] {
  const flatten = (elements: readonly SurveyElement[]): SurveyElement[] =>
    elements.flatMap((element) => (element.type === 'panel' ? [element, ...flatten(element.elements)] : [element]));
  return survey.pages.flatMap((page) => flatten(page.elements));
}

function questionsOf(survey: SurveyJson): SurveyQuestion[] {
  return elementsOf(survey).filter((element): element is SurveyQuestion => element.type !== 'panel');
}

const question = (name: string): SurveyQuestion => {
  const found = questionsOf(devisusSurvey).find((q) => q.name === name);
  expect(found, name).to.exist;
  return found!;
};

function repeatedNames(survey: SurveyJson): string[] {
  const names = elementsOf(survey).map((element) => element.name);
  return names.filter((name, index) => names.indexOf(name) !== index);
}

// The fields that hold a SurveyJS localized string in the subset we use.
const TEXT_FIELDS = new Set(['title', 'description', 'completedHtml', 'text', 'otherText']);

/**
 * The localized strings found, and those that are not `{ default, fr }` with both non-empty. Any
 * object with a `default` key counts as one, wherever it is, so that a text under a field this list
 * forgets is still checked.
 */
const checkTexts = (data: unknown) =>
  checkTextsBy(data, {
    fields: TEXT_FIELDS,
    languages: ['default', 'fr'],
    isText: (value) => !!value && typeof value === 'object' && 'default' in value,
  });

/** The items a respondent reads (choices, rows, columns, rating values) that are not `{ value, text }`. */
function untranslatedItems(survey: SurveyJson): string[] {
  const problems: string[] = [];
  for (const q of questionsOf(survey)) {
    for (const field of ['choices', 'rows', 'columns', 'rateValues'] as const) {
      (q[field] ?? []).forEach((choice, index) => {
        if (typeof choice !== 'object' || choice.value === undefined || !choice.text)
          problems.push(`${q.name}.${field}.${index}`);
      });
    }
  }
  return problems;
}

/** Element types and input types outside the subset that <devisus-survey> renders. */
function unknownTypes(survey: SurveyJson): string[] {
  const problems: string[] = [];
  for (const element of elementsOf(survey)) {
    if (!ELEMENT_TYPES.includes(element.type)) problems.push(`${element.name}: ${element.type}`);
    if (element.type === 'text' && !INPUT_TYPES.includes(element.inputType ?? 'text'))
      problems.push(`${element.name}: inputType ${element.inputType}`);
  }
  return problems;
}

const typesUsed = (survey: SurveyJson) => new Set(elementsOf(survey).map((element) => element.type));

/** The values a question can take, as the text of a condition writes them. */
function valuesOf(q: SurveyQuestion): string[] {
  if (q.type === 'boolean') return ['true', 'false'];
  const values = [...(q.choices ?? []), ...(q.rateValues ?? [])].map((choice) =>
    String(typeof choice === 'string' ? choice : choice.value),
  );
  if (q.showOtherItem) values.push('other');
  if (q.showNoneItem) values.push('none');
  return values;
}

/**
 * What is wrong in the conditions: a `{name}` that is not a question met earlier, a condition
 * without any `{name}`, or a value that the question named cannot take (`{x} = 'yes'`,
 * `{x} contains 'y'`, `{x} = true`).
 */
function conditionProblems(survey: SurveyJson): string[] {
  const problems: string[] = [];
  const seen = new Map<string, SurveyQuestion>();
  for (const element of elementsOf(survey)) {
    for (const field of CONDITIONS) {
      const condition = element[field];
      if (condition === undefined) continue;
      const where = `${element.name}.${field}`;
      const names = [...condition.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
      if (names.length === 0) problems.push(`${where}: names no question`);
      for (const name of names) if (!seen.has(name)) problems.push(`${where}: {${name}} is not an earlier question`);
      const comparisons = condition.matchAll(
        /\{([^}]*)\}\s*(?:=|!=|<>|contains|notcontains)\s*('([^']*)'|true|false)/g,
      );
      for (const [, name, literal, quoted] of comparisons) {
        const target = seen.get(name);
        const value = quoted ?? literal;
        if (target && !valuesOf(target).includes(value)) problems.push(`${where}: {${name}} cannot be ${literal}`);
      }
    }
    if (element.type !== 'panel') seen.set(element.name, element);
  }
  return problems;
}

/** Values repeated within one list of a question; `other` and `none` count when the survey adds them. */
function repeatedValues(survey: SurveyJson): string[] {
  const problems: string[] = [];
  for (const q of questionsOf(survey)) {
    for (const field of ['choices', 'rows', 'columns', 'rateValues'] as const) {
      if (!q[field]) continue;
      const values: unknown[] = q[field].map((choice) => (typeof choice === 'string' ? choice : choice.value));
      if (field === 'choices' && q.showOtherItem) values.push('other');
      if (field === 'choices' && q.showNoneItem) values.push('none');
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index) problems.push(`${q.name}.${field}: ${String(value)}`);
      });
    }
  }
  return problems;
}

/** Where a string holds something that looks like an HTML tag, a comment or an entity. */
function htmlIn(data: unknown): string[] {
  return [...walk(data)]
    .filter(([, value]) => typeof value === 'string' && /<\/?[a-z!][^>]*>|&[a-z]+;|&#\d+;/i.test(value))
    .map(([path]) => path);
}

/** Properties on a question that its type ignores, and lists too short to answer. */
function misplacedFields(survey: SurveyJson): string[] {
  const problems: string[] = [];
  for (const q of questionsOf(survey)) {
    const has = (field: keyof SurveyQuestion) => q[field] !== undefined;
    if (q.type !== 'text' && has('inputType')) problems.push(`${q.name}.inputType`);
    if (!CHOICE_TYPES.includes(q.type)) {
      for (const field of ['choices', 'showOtherItem', 'showNoneItem'] as const)
        if (has(field)) problems.push(`${q.name}.${field}`);
    } else if ((q.choices?.length ?? 0) < 2) problems.push(`${q.name}: fewer than two choices`);
    if (q.type === 'ranking' && (q.showOtherItem || q.showNoneItem))
      problems.push(`${q.name}: other or none in ranking`);
    if (has('otherText') && !q.showOtherItem) problems.push(`${q.name}.otherText`);
    if (q.type !== 'rating') {
      for (const field of ['rateMin', 'rateMax', 'rateValues'] as const)
        if (has(field)) problems.push(`${q.name}.${field}`);
    } else if (!(q.rateValues?.length ?? 0) && !((q.rateMin ?? 1) < (q.rateMax ?? 0)))
      problems.push(`${q.name}: no rating scale`);
    if (q.type !== 'matrix') {
      for (const field of ['rows', 'columns'] as const) if (has(field)) problems.push(`${q.name}.${field}`);
    } else if ((q.rows?.length ?? 0) < 1 || (q.columns?.length ?? 0) < 2)
      problems.push(`${q.name}: no rows or columns`);
  }
  return problems;
}

/** Validators that cannot apply to their question, or whose bounds or pattern are broken. */
function validatorProblems(survey: SurveyJson): string[] {
  const problems: string[] = [];
  for (const q of questionsOf(survey)) {
    for (const validator of q.validators ?? []) {
      const where = `${q.name}: ${validator.type}`;
      if (validator.type === 'numeric') {
        if (q.type !== 'text' || q.inputType !== 'number') problems.push(`${where} on a non-number`);
        if (
          validator.minValue !== undefined &&
          validator.maxValue !== undefined &&
          validator.minValue >= validator.maxValue
        )
          problems.push(`${where}: empty range`);
      } else if (validator.type === 'text') {
        if (q.type !== 'text' && q.type !== 'comment') problems.push(`${where} on a non-text`);
        if ((validator.maxLength ?? 1) <= (validator.minLength ?? 0)) problems.push(`${where}: empty range`);
      } else if (validator.type === 'email') {
        if (q.type !== 'text' || q.inputType !== 'email') problems.push(`${where} on a non-email`);
      } else if (validator.type === 'regex') {
        try {
          new RegExp(validator.regex);
        } catch {
          problems.push(`${where}: invalid pattern`);
        }
      } else problems.push(`${q.name}: unknown validator`);
    }
  }
  return problems;
}

/** A deep copy to break on purpose. */
function copy(): SurveyJson {
  return structuredClone(devisusSurvey) as SurveyJson;
}

/** A question of a copy, writable, to break. */
const mutable = (survey: SurveyJson, name: string) =>
  questionsOf(survey).find((q) => q.name === name) as unknown as Record<string, unknown>;

const text = (value: unknown) => value as Record<string, string>;

describe('@devisus/content/survey', () => {
  const survey = devisusSurvey;
  const questions = questionsOf(survey);

  describe('identity', () => {
    it('is the impact-practices survey, with a title, a description and a progress bar on top', () => {
      expect(survey.id).to.equal('devisus-impact-practices');
      expect(survey.title).to.have.keys('default', 'fr');
      expect(survey.description).to.have.keys('default', 'fr');
      expect(survey.showProgressBar).to.equal('top');
    });

    it('says that answers stay in the browser unless the publishing site sends them somewhere', () => {
      const { default: en, fr } = text(survey.description);
      expect(en).to.match(/answers stay in your browser unless the site that publishes this survey sends them/i);
      expect(fr).to.match(/réponses restent dans votre navigateur, sauf si le site qui publie ce questionnaire/i);
      expect(en).to.match(/email address.*optional/i);
    });

    it('thanks the respondent in both languages, in plain text', () => {
      const { default: en, fr } = text(survey.completedHtml);
      expect(en).to.match(/^Thank you/);
      expect(fr).to.match(/^Merci/);
      expect(htmlIn(survey.completedHtml)).to.deep.equal([]);
    });
  });

  describe('structure', () => {
    it('has five pages: organisation, evaluation, methods and tools, obstacles and usefulness, support', () => {
      expect(survey.pages.map((page) => page.name)).to.deep.equal([
        'organisation',
        'evaluation',
        'methods_and_tools',
        'obstacles_and_usefulness',
        'support',
      ]);
      for (const page of survey.pages) expect(page.elements.length, page.name).to.be.at.least(1);
    });

    it('asks 20 to 28 questions', () => {
      expect(questions.length).to.be.within(20, 28);
    });

    it('asks about the organisation: type, field, employees, country, role', () => {
      const first = survey.pages[0].elements.map((element) => element.name);
      expect(first).to.deep.equal([
        'organisation_type',
        'field_of_activity',
        'employees',
        'country',
        'respondent_role',
      ]);
      expect(valuesOf(question('organisation_type'))).to.deep.equal([
        'association',
        'cooperative',
        'mutual',
        'foundation',
        'social_enterprise',
        'other',
      ]);
      expect(question('country').type).to.equal('dropdown');
      expect(question('country').showOtherItem).to.be.true;
    });

    it('asks whether the organisation evaluates, and how often on the territory, beneficiaries and society', () => {
      expect(valuesOf(question('evaluates_impact'))).to.deep.equal(['yes', 'planned', 'no']);
      const scope = question('evaluation_scope');
      expect(scope.type).to.equal('matrix');
      expect(scope.rows!.map((row) => row.value)).to.deep.equal(['territory', 'beneficiaries', 'society']);
      expect(scope.columns!.map((column) => column.value)).to.deep.equal(['never', 'sometimes', 'regularly']);
    });

    it('lists the methods, ranks the purposes and lists the obstacles of the brief', () => {
      expect(valuesOf(question('methods'))).to.include.members([
        'indicators',
        'beneficiary_surveys',
        'interviews',
        'focus_groups',
        'case_studies',
        'monetisation',
        'participatory',
        'external',
        'other',
      ]);
      expect(question('purposes').type).to.equal('ranking');
      expect(valuesOf(question('purposes'))).to.deep.equal(['improve', 'report', 'communicate', 'involve', 'policy']);
      expect(valuesOf(question('obstacles'))).to.deep.equal([
        'time',
        'money',
        'skills',
        'unsuited_methods',
        'data',
        'fear_of_results',
        'other',
        'none',
      ]);
    });

    it('rates usefulness from 1 to 5, each level labelled', () => {
      const usefulness = question('usefulness');
      expect(usefulness.type).to.equal('rating');
      expect(usefulness.rateValues!.map((level) => level.value)).to.deep.equal([1, 2, 3, 4, 5]);
    });

    it('shows methods and their follow-ups only to organisations that evaluate', () => {
      expect(question('methods').visibleIf).to.equal("{evaluates_impact} = 'yes'");
      expect(question('indicator_count').visibleIf).to.equal("{methods} contains 'indicators'");
      expect(elementsOf(survey).find((element) => element.name === 'evaluation_practice')!.visibleIf).to.equal(
        "{evaluates_impact} = 'yes'",
      );
    });

    it('ends with an optional comment', () => {
      const last = questions[questions.length - 1];
      expect(last.name).to.equal('final_comment');
      expect(last.type).to.equal('comment');
      expect(last.isRequired).not.to.be.true;
      expect(last.requiredIf).to.be.undefined;
    });

    it('puts on each question only the properties its type uses', () => {
      expect(misplacedFields(survey)).to.deep.equal([]);
    });

    it('catches an input type on a comment, choices on a boolean, and a matrix without rows', () => {
      const broken = copy();
      mutable(broken, 'final_comment').inputType = 'text';
      mutable(broken, 'share_practice').choices = ['a', 'b'];
      delete mutable(broken, 'evaluation_scope').rows;
      expect(misplacedFields(broken)).to.deep.equal([
        'evaluation_scope: no rows or columns',
        'share_practice.choices',
        'final_comment.inputType',
      ]);
    });
  });

  describe('types', () => {
    it('uses every question type of the subset, and panels', () => {
      const used = typesUsed(survey);
      for (const type of ELEMENT_TYPES) expect(used.has(type as SurveyElement['type']), type).to.be.true;
      const inputTypes = new Set(questions.filter((q) => q.type === 'text').map((q) => q.inputType));
      for (const inputType of ['number', 'email', 'url'])
        expect(inputTypes.has(inputType as SurveyInputType), inputType).to.be.true;
    });

    it('catches a type that is missing', () => {
      const broken = copy();
      mutable(broken, 'purposes').type = 'checkbox';
      expect(typesUsed(broken).has('ranking')).to.be.false;
    });

    it('uses no type or input type outside the subset', () => {
      expect(unknownTypes(survey)).to.deep.equal([]);
    });

    it('catches an unknown type and an unknown input type', () => {
      const broken = copy();
      mutable(broken, 'importance').type = 'nouislider';
      mutable(broken, 'contact_email').inputType = 'color';
      expect(unknownTypes(broken)).to.deep.equal(['importance: nouislider', 'contact_email: inputType color']);
    });
  });

  describe('names', () => {
    it('are unique across questions and panels', () => {
      expect(repeatedNames(survey)).to.deep.equal([]);
    });

    it('catches a repeated name, even inside a panel', () => {
      const broken = copy();
      mutable(broken, 'evaluation_since').name = 'country';
      expect(repeatedNames(broken)).to.deep.equal(['country']);
    });

    it('differ from page names, which are unique too', () => {
      const pages = survey.pages.map((page) => page.name);
      expect(new Set(pages).size).to.equal(pages.length);
      const names = elementsOf(survey).map((element) => element.name);
      expect(pages.filter((name) => names.includes(name))).to.deep.equal([]);
    });

    it('are snake_case, and so are page names', () => {
      for (const name of [...elementsOf(survey), ...survey.pages].map((element) => element.name))
        expect(name).to.match(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    });
  });

  describe('texts', () => {
    it('gives every localized string a non-empty "default" (English) and "fr"', () => {
      const { count, problems } = checkTexts(survey);
      // Guards the walker itself: titles and choices number well over a hundred.
      expect(count).to.be.greaterThan(120);
      expect(problems).to.deep.equal([]);
    });

    it('catches a missing French, an empty English, a plain string and a text under an unknown field', () => {
      const broken = copy() as unknown as Record<string, unknown>;
      broken.title = { default: 'Survey' };
      const q = mutable(broken as unknown as SurveyJson, 'country');
      q.title = { default: ' ', fr: 'Pays' };
      q.description = 'Only one language';
      q.placeholder = { default: 'Choose' };
      expect(checkTexts(broken).problems).to.deep.equal([
        'title',
        'pages.0.elements.3.title',
        'pages.0.elements.3.description',
        'pages.0.elements.3.placeholder',
      ]);
    });

    it('translates every choice, row, column and rating value', () => {
      expect(untranslatedItems(survey)).to.deep.equal([]);
    });

    it('catches a choice given as a bare string', () => {
      const broken = copy();
      (mutable(broken, 'employees').choices as unknown[])[1] = '1-9';
      expect(untranslatedItems(broken)).to.deep.equal(['employees.choices.1']);
    });

    it('holds no HTML anywhere', () => {
      expect(htmlIn(survey)).to.deep.equal([]);
    });

    it('catches a tag, a closing tag and an entity', () => {
      const broken = copy() as unknown as Record<string, unknown>;
      broken.completedHtml = { default: '<h3>Thank you</h3>', fr: 'Merci&nbsp;!' };
      mutable(broken as unknown as SurveyJson, 'methods').description = { default: 'Tick<br>all', fr: 'Cochez' };
      expect(htmlIn(broken)).to.deep.equal([
        'completedHtml.default',
        'completedHtml.fr',
        'pages.2.elements.0.description.default',
      ]);
    });

    it('never names Outcomes Star, whose licence forbids software built on it', () => {
      expect(JSON.stringify(survey)).not.to.match(/outcomes\s*star/i);
    });
  });

  describe('conditions', () => {
    it('use visibleIf, enableIf and requiredIf', () => {
      for (const field of CONDITIONS)
        expect(
          elementsOf(survey).some((element) => element[field] !== undefined),
          field,
        ).to.be.true;
    });

    it('name only questions met earlier, with values those questions can take', () => {
      expect(conditionProblems(survey)).to.deep.equal([]);
    });

    it('catch an unknown name, a later question, a panel, a value no choice has and a boolean compared to text', () => {
      const broken = copy();
      mutable(broken, 'planned_start').visibleIf = "{evaluate_impact} = 'planned'";
      mutable(broken, 'indicator_count').visibleIf = "{methods} contains 'interview'";
      mutable(broken, 'usefulness').visibleIf = "{evaluation_practice} notempty or {changed_activity} = 'yes'";
      mutable(broken, 'contact_email').requiredIf = 'true';
      expect(conditionProblems(broken)).to.deep.equal([
        'planned_start.visibleIf: {evaluate_impact} is not an earlier question',
        "indicator_count.visibleIf: {methods} cannot be 'interview'",
        'usefulness.visibleIf: {evaluation_practice} is not an earlier question',
        'usefulness.visibleIf: {changed_activity} is not an earlier question',
        'contact_email.requiredIf: names no question',
      ]);
      const wrongValue = copy();
      mutable(wrongValue, 'change_description').visibleIf = "{changed_activity} = 'yes'";
      expect(conditionProblems(wrongValue)).to.deep.equal([
        "change_description.visibleIf: {changed_activity} cannot be 'yes'",
      ]);
    });
  });

  describe('choices', () => {
    it('have unique values within each question, counting the built-in "other" and "none"', () => {
      expect(repeatedValues(survey)).to.deep.equal([]);
    });

    it('catch a repeated value, a row repeated and a choice that clashes with "other"', () => {
      const broken = copy();
      const country = mutable(broken, 'country').choices as { value: string }[];
      country[1] = { ...country[1], value: 'BE' };
      (mutable(broken, 'evaluation_scope').rows as { value: string }[])[2].value = 'territory';
      (mutable(broken, 'methods').choices as { value: string }[])[7].value = 'other';
      expect(repeatedValues(broken)).to.deep.equal([
        'country.choices: BE',
        'evaluation_scope.rows: territory',
        'methods.choices: other',
      ]);
    });
  });

  describe('validators', () => {
    it('fit their questions, with sound bounds and patterns', () => {
      expect(validatorProblems(survey)).to.deep.equal([]);
      expect(question('evaluation_since').validators).to.deep.equal([
        { type: 'numeric', minValue: 1900, maxValue: 2100 },
      ]);
    });

    it('catch a numeric validator on a comment, an empty range and a broken pattern', () => {
      const broken = copy();
      mutable(broken, 'final_comment').validators = [{ type: 'numeric' }];
      mutable(broken, 'indicator_count').validators = [{ type: 'numeric', minValue: 10, maxValue: 1 }];
      mutable(broken, 'practice_link').validators = [{ type: 'regex', regex: '^(https' }];
      expect(validatorProblems(broken)).to.deep.equal([
        'indicator_count: numeric: empty range',
        'practice_link: regex: invalid pattern',
        'final_comment: numeric on a non-number',
      ]);
    });
  });

  describe('personal data', () => {
    it('requires no personal data: only the organisation type, whether it evaluates, and its methods', () => {
      expect(questions.filter((q) => q.isRequired).map((q) => q.name)).to.deep.equal([
        'organisation_type',
        'evaluates_impact',
        'methods',
      ]);
      expect(questions.filter((q) => q.inputType === 'tel')).to.deep.equal([]);
    });

    it('asks for an email only of those who offer to share a practice, and checks it', () => {
      const emails = questions.filter((q) => q.inputType === 'email');
      expect(emails.map((q) => q.name)).to.deep.equal(['contact_email']);
      const email = emails[0];
      expect(email.isRequired).not.to.be.true;
      expect(email.visibleIf).to.equal('{share_practice} = true');
      expect(email.requiredIf).to.equal('{share_practice} = true');
      expect(email.validators).to.deep.include({ type: 'email' });
      expect(question('share_practice').type).to.equal('boolean');
    });
  });

  describe('entry point', () => {
    it('loads lazily, as <devisus-survey> would', async () => {
      const module = await import('../src/survey.js');
      expect(module.devisusSurvey).to.equal(devisusSurvey);
    });
  });
});

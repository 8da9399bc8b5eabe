import { expect } from '@open-wc/testing';
import { devisusFramework, devisusFrameworkIn } from '../src/impact-framework.js';
import { devisusPractices } from '../src/practices.js';
import { devisusSurvey } from '../src/survey.js';
import { devisusPlaces } from '../src/places.js';
import { translatableTexts, translated, withTranslation, type TranslationLoaders } from '../src/translate.js';
import { loaders as frameworkTranslations } from '../src/translations/impact-framework/loaders.generated.js';
import { loaders as practiceTranslations } from '../src/translations/practices/loaders.generated.js';
import { loaders as surveyTranslations } from '../src/translations/survey/loaders.generated.js';
import { loaders as placeTranslations } from '../src/translations/places/loaders.generated.js';

const sample = {
  title: { en: 'Aims', fr: 'Objectifs' },
  dimensions: [
    { id: 'governance', title: { en: 'Governance', fr: 'Gouvernance' }, weight: 2 },
    { id: 'ecology', title: { en: 'Ecology', fr: 'Écologie', it: 'Ecologia' } },
  ],
  pages: [{ name: 'p1', elements: [{ name: 'q', choices: [{ value: 1, text: { default: 'One', fr: 'Un' } }] }] }],
  unit: 'km',
};

describe('translations of the default material', () => {
  it('names each text by a path that follows ids, names and values rather than positions', () => {
    expect([...translatableTexts(sample)]).to.deep.equal([
      ['title', 'Aims'],
      ['dimensions.governance.title', 'Governance'],
      ['dimensions.ecology.title', 'Ecology'],
      ['pages.p1.elements.q.choices.1.text', 'One'],
    ]);
  });

  it('adds the language to the texts it translates and keeps the module’s own wording', () => {
    const italian = withTranslation(sample, 'it', {
      title: 'Obiettivi',
      'dimensions.governance.title': 'Governance (it)',
      'dimensions.ecology.title': 'Ecologia bis',
    });
    expect(italian.title).to.deep.equal({ en: 'Aims', fr: 'Objectifs', it: 'Obiettivi' });
    expect(italian.dimensions[0]).to.deep.equal({
      id: 'governance',
      title: { en: 'Governance', fr: 'Gouvernance', it: 'Governance (it)' },
      weight: 2,
    });
    // The module already has Italian there: its wording stays.
    expect(italian.dimensions[1].title.it).to.equal('Ecologia');
    // Untranslated texts and plain values are as they were; the original is untouched.
    expect(italian.pages).to.deep.equal(sample.pages);
    expect(italian.unit).to.equal('km');
    expect(sample.title).to.deep.equal({ en: 'Aims', fr: 'Objectifs' });
  });

  it('loads only the file of the page’s language, and nothing for a language without one', async () => {
    const asked: string[] = [];
    const loaders: TranslationLoaders = {
      de: () => (asked.push('de'), Promise.resolve({ default: { title: 'Ziele' } })),
      nl: () => (asked.push('nl'), Promise.resolve({ default: { title: 'Doelen' } })),
    };
    expect((await translated(sample, 'de-AT', loaders)).title).to.deep.equal({
      en: 'Aims',
      fr: 'Objectifs',
      de: 'Ziele',
    });
    expect(asked).to.deep.equal(['de']);
    expect(await translated(sample, 'en', loaders)).to.equal(sample);
    expect(await translated(sample, 'ja', loaders)).to.equal(sample);
    expect(await translated(sample, 'constructor', loaders)).to.equal(sample);
    expect(asked).to.deep.equal(['de']);
  });

  it('gives the English material as it is where no translation is shipped', async () => {
    expect(await devisusFrameworkIn('en')).to.equal(devisusFramework);
  });

  // Every shipped translation is checked against the module it translates: a text added to the
  // module must be translated, and a translation whose text is gone (renamed, removed) is found.
  const modules: [string, unknown, TranslationLoaders][] = [
    ['impact-framework', devisusFramework, frameworkTranslations],
    ['practices', devisusPractices, practiceTranslations],
    ['survey', devisusSurvey, surveyTranslations],
    ['places', devisusPlaces, placeTranslations],
  ];
  for (const [name, data, loaders] of modules) {
    for (const language of Object.keys(loaders)) {
      it(`translates every text of ${name} into ${language}, and nothing else`, async () => {
        const texts = translatableTexts(data);
        const { default: translation } = await loaders[language]();
        const missing = [...texts.keys()].filter((path) => !translation[path]?.trim());
        const unknown = Object.keys(translation).filter((path) => !texts.has(path));
        expect({ missing, unknown }).to.deep.equal({ missing: [], unknown: [] });
      });
    }
  }
});

import { expect } from '@open-wc/testing';
import * as content from '@devisus/content';
import { allStrings, frenchStrings, frenchTypographyProblems } from '@devisus/test-support';
import core from '../../core/src/i18n/locales/fr.js';
import impactGrid from '../../impact-grid/src/locales/fr.js';
import partnerMap from '../../partner-map/src/locales/fr.js';
import practices from '../../practices/src/locales/fr.js';
import survey from '../../survey/src/locales/fr.js';
import surveyEmbed from '../../survey/src/embed/locales/fr.js';
import surveyResults from '../../survey/src/results/locales/fr.js';

const problems = (strings: [string, string][]) =>
  strings.flatMap(([key, text]) => frenchTypographyProblems(text).map((problem) => `${key}: ${problem}`));

// French readers expect a no-break space before : ; ? ! and inside « », and one apostrophe (’).
describe('French typography', () => {
  it('tells a well-set French string from a badly set one', () => {
    expect(frenchTypographyProblems('Réponse\u00a0: oui\u202f; «\u202fx\u202f» l’outil\u202f?')).to.deep.equal([]);
    expect(frenchTypographyProblems("Réponse : l'outil ?").map((problem) => problem.split(' in ')[0])).to.deep.equal([
      'no no-break space before :',
      'straight apostrophe',
      'no no-break space before ?',
    ]);
    expect(frenchTypographyProblems('{{path}}\u00a0: https://example.org/a?b=c à 10:30')).to.deep.equal([]);
  });

  const locales = { core, impactGrid, partnerMap, practices, survey, surveyEmbed, surveyResults };
  for (const [name, messages] of Object.entries(locales)) {
    it(`is followed by every string of the ${name} French locale`, () => {
      expect(problems(allStrings(messages))).to.deep.equal([]);
    });
  }

  it('is followed by every French text of the default content', () => {
    const strings = Object.entries(content).flatMap(([name, value]) => frenchStrings(value, name));
    expect(strings.length).to.be.above(100);
    expect(problems(strings)).to.deep.equal([]);
  });
});

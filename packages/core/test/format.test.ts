import { expect } from '@open-wc/testing';
import { regionName } from '../src/index.js';

describe('regionName', () => {
  it('names a country in the reader’s language, whatever the case of its code', () => {
    expect(regionName('fr', 'BE')).to.equal('Belgique');
    expect(regionName('fr', 'be')).to.equal('Belgique');
    expect(regionName('de', 'IT')).to.equal('Italien');
  });

  it('falls back to English for a language without names, and to the code for a code without one', () => {
    expect(regionName('qaa', 'PT')).to.equal('Portugal');
    expect(regionName('en', 'F')).to.equal('F');
    expect(regionName('en', '123x')).to.equal('123x');
  });

  it('builds one formatter per language, not one per name', () => {
    const Original = Intl.DisplayNames;
    let built = 0;
    // Intl's constructors are writable properties; TypeScript's types say read-only.
    Reflect.set(
      Intl,
      'DisplayNames',
      class extends Original {
        constructor(...args: ConstructorParameters<typeof Original>) {
          super(...args);
          built++;
        }
      },
    );
    try {
      for (const code of ['FR', 'BE', 'IT', 'PT', 'FR']) regionName('ca', code);
      regionName('nl', 'FR');
    } finally {
      Reflect.set(Intl, 'DisplayNames', Original);
    }
    expect(built).to.equal(2);
  });
});

// The helpers every package's tests share, imported as `@devisus/test-support` (a private workspace
// package: tests never reach into another package's test folder).
export {
  settled,
  settledFixture,
  idle,
  waitFor,
  nextMessage,
  shownText,
  overflowing,
  part,
  mount,
  restorePageLanguage,
  $,
  $$,
} from './helpers.js';
export { checkLocales, loadAll } from './check-locales.js';
export { frenchTypographyProblems, frenchStrings, allStrings } from './french-typography.js';

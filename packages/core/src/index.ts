export { DevisusElement, type DataState } from './devisus-element.js';
export { LocalizedElement } from './localized-element.js';
export { define } from './define.js';
export { emit, type DevisusErrorDetail, type DevisusSelectDetail, type DevisusChangeDetail } from './events.js';
export { type Problem, ProblemError } from './data/problem.js';
export { DataSource, toProblem, type SourceState } from './data/data-source.js';
export { ProblemReporter } from './data/problem-reporter.js';
export { validate, formatPath, type Validation } from './data/validate.js';
export { fetchJson, fetchText, parseJson } from './data/fetch-json.js';
export { safeUrl } from './data/safe-url.js';
export { i18n, registerTranslations, loadTranslations, hasTranslations, translator } from './i18n/i18n.js';
export { type MessageKey, type CoreKey, type Words } from './i18n/message-key.js';
export {
  LOCALES,
  matchLocale,
  type Locale,
  type LocaleLoaders,
  type LocaleTable,
  type Messages,
} from './i18n/locales.js';
export { resolveLanguage, watchLanguage } from './i18n/language.js';
export { localize, localizedContent, foreignLanguage, type LocalizedText } from './i18n/localized-text.js';
export { localizedTextSchema } from './data/localized-text-schema.js';
export { foldText } from './i18n/fold-text.js';
export { formatNumber, formatDate, formatList, regionName } from './i18n/format.js';
export { columnStyles, scrollRegionStyles, scrollRegion } from './layout/layout.js';
export { themeStyles } from './theme/theme.styles.js';
export { scaleStyles } from './theme/scale.styles.js';
export { buttonLook } from './theme/button.styles.js';
export { styleProperties, type StyleProperties } from './style-properties.js';
export { DevisusFormElement, internals } from './form/devisus-form-element.js';
export { DraftController, type DraftOptions, type DraftRefusal } from './store/draft-controller.js';
export {
  createStore,
  type Store,
  type StoreOptions,
  type StoredRecord,
  type StoreWriteResult,
  type SetAsideRecord,
} from './store/store.js';

export { dictionaryFor, loadDictionary, switchLanguage, useI18n } from './i18n';
export { getLanguage, languages, setLanguage, type Language } from './language';
export type { Dictionary, YearSpan } from './vi';

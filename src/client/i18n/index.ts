export { I18nProvider } from './I18nProvider';
export { useI18n } from './useI18n';
export { translate, LOCALES, isLocale, type Locale } from './translate';
export type { MessageKey } from './catalogs';

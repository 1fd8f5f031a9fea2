import * as account from './account';
import * as backup from './backup';
import * as importing from './import';
import * as office from './office';
import * as parsers from './parsers';
import * as protocol from './protocol';
import * as validation from './validation';

// Messages produced by shared code (parser errors, schema validation issues). Shared code returns
// these keys; the client translates them, the server sends key and Vietnamese text together.
export const sharedMessages = {
  vi: {
    ...parsers.vi,
    ...validation.vi,
    ...protocol.vi,
    ...backup.vi,
    ...importing.vi,
    ...account.vi,
    ...office.vi,
  },
  en: {
    ...parsers.en,
    ...validation.en,
    ...protocol.en,
    ...backup.en,
    ...importing.en,
    ...account.en,
    ...office.en,
  },
};

export type SharedMessageKey = keyof typeof sharedMessages.vi;

/** Vietnamese (or English) text for a shared message key, with `{name}` placeholders filled. */
export function sharedMessage(
  key: SharedMessageKey,
  params: Record<string, string | number> = {},
  locale: 'vi' | 'en' = 'vi',
): string {
  const template: string = sharedMessages[locale][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

export function isSharedMessageKey(key: string): key is SharedMessageKey {
  return Object.hasOwn(sharedMessages.vi, key);
}

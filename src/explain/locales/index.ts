// The registry of shipped languages: adding a language is adding a file that implements Locale
// (./locale.ts) and one line here. Every `lang` option in the API and the CLI takes a key of LOCALES.
import { en } from './en.js';
import type { Locale } from './locale.js';
import { vi } from './vi.js';

/** Every shipped locale, by language tag; the first one is the default. */
export const LOCALES = { vi, en } as const satisfies Readonly<Record<string, Locale>>;

/** A shipped language tag ("vi", "en"), derived from the registry. */
export type Lang = keyof typeof LOCALES;

/** The shipped language tags, the default first. */
export const LANGS: readonly Lang[] = Object.keys(LOCALES) as Lang[];

/** The default language (Vietnamese). */
export const DEFAULT_LANG: Lang = 'vi';

/** Whether a value is a shipped language tag (undefined counts: it means the default). */
export function isLang(v: unknown): v is Lang | undefined {
  return v === undefined || (typeof v === 'string' && Object.prototype.hasOwnProperty.call(LOCALES, v));
}

/** The locale of a language tag (the default when undefined). */
export function localeOf(lang: Lang | undefined): Locale {
  return LOCALES[lang ?? DEFAULT_LANG];
}

// The registry of shipped languages: adding a language is adding a file that implements Locale
// (./locale.ts) and one line here (docs/architecture.md, "Adding a language"). Every `lang` option
// of the API takes a key of LOCALES or a Locale object (a language not shipped, e.g. one a caller or
// a test builds); the CLI's `--lang` takes a key of LOCALES.
import { isLocaleShape } from '../../_internal/args.js';
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

/**
 * What a `lang` option takes: a shipped language tag, or a Locale object for a language that is not
 * shipped (it is used as given; the types force it to carry every word).
 */
export type LangOption = Lang | Locale;

/** Whether a value is a Locale object (checked by shape: a tag, a fallback and the issue table). */
export function isLocale(v: unknown): v is Locale {
  return isLocaleShape(v);
}

/** Whether a value is a `lang` option: a shipped tag, a Locale object, or undefined (the default). */
export function isLangOption(v: unknown): v is LangOption | undefined {
  return isLang(v) || isLocale(v);
}

/** The locale of a language tag or Locale object (the default when undefined). */
export function localeOf(lang: LangOption | undefined): Locale {
  return typeof lang === 'object' ? lang : LOCALES[lang ?? DEFAULT_LANG];
}

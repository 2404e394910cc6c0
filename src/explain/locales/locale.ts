import type { Expectation, Issue, IssueCode, IssueParamsByCode } from '../../model/issue.js';
import { TEXT_LANGS, type LocalizedText } from '../../model/rule-book.js';
import { assertArg, isObject } from '../../_internal/args.js';
import type { CliWords } from './cli-words.js';
import type { ClusterWords } from './cluster.js';
import type { ProvenanceWords } from './provenance-words.js';
import type { ResultWords } from './results.js';
import type { Wording } from './wording.js';

import type { CitationLike, Gap, NodeStatus, NotApplicableReason, Verdict } from '../../model/verdict.js';

export type { CitationLike, Gap, NodeStatus, NotApplicableReason, Verdict };

/** What a fact-specific gap may refer to. */
export interface GapContext {
  /** The achievement year evaluated. */
  readonly year: number;
  /** Display name of an award id in the locale's language. */
  readonly awardName: (id: string) => string;
}

/** The message of every issue code, from its typed parameters. A missing code is a type error. */
export type IssueMessages = { readonly [C in IssueCode]: (params: IssueParamsByCode[C]) => string };

/**
 * Everything a renderer needs to put words on thidua's data. A missing key is a type error. A
 * language is one object implementing this interface, registered in ./index.ts.
 */
export interface Locale {
  /** The language tag, also the key of the locale in the registry (LOCALES). */
  readonly lang: string;
  /**
   * Which text of the rule book to show. Rule books carry titles and labels in vi and en only: a
   * locale of another language declares here the language it falls back to ("en") until the rule
   * files carry its own text. Read rule-book texts through {@link localText}, never by indexing.
   */
  readonly textKey: keyof LocalizedText;
  /** A text quoted in running prose: «…» in Vietnamese, "…" in English. */
  quote(text: string): string;
  /** A calendar date (ISO `YYYY-MM-DD`) as the language writes it. */
  date(iso: string): string;
  /** The kind of a legal instrument from its number suffix ("Nghị định", "Decree"). */
  instrumentKind(document: string): string;
  /** Render an issue (code and typed parameters) as one sentence. */
  issue(issue: Issue): string;
  /** The message table behind {@link Locale.issue}. */
  readonly issues: IssueMessages;
  /** Words of an expectation ("số nguyên từ 1945 đến 2100"). */
  expectation(e: Expectation): string;
  verdict(v: Verdict): string;
  status(s: NodeStatus): string;
  notApplicable(reason: NotApplicableReason): string;
  operator(op: string, expected: string): string;
  value(v: string | boolean | readonly string[] | null): string;
  gap(g: Gap): string;
  /**
   * Fact-specific wording of a gap ("thiếu 1 sáng kiến được công nhận cấp cơ sở", "cần thêm 2 năm liên
   * tục đạt Chiến sĩ thi đua cơ sở (2026, 2027)"), or undefined to fall back to {@link Locale.gap}.
   */
  factGap(fact: string, params: Readonly<Record<string, unknown>>, g: Gap, ctx: GapContext): string | undefined;
  citation(c: CitationLike): string;
  formatDecimal(s: string): string;
  /** One line about the subject's records dated after the year under review, which were not used. */
  notConsidered(year: number, records: readonly { readonly path: readonly [string, number]; readonly year: number }[]): string;
  /** Words of the explanation layout (docs/wording.md). */
  readonly wording: Wording;
  /** Words of the result renderers (next awards, bonus, validate). */
  readonly results: ResultWords;
  /** Words of the cluster renderers (ranking, ballots, next cycle). */
  readonly cluster: ClusterWords;
  /** Words of the command-line tool. */
  readonly cli: CliWords;
  /** Words of an overlay's provenance on a condition ("… bổ sung điều kiện này, theo …"). */
  readonly provenance: ProvenanceWords;
  words: {
    /** "code at path: message" of an issue line, and the name of the root path. */
    readonly at: string;
    readonly root: string;
    readonly subject: string;
    readonly year: string;
    readonly regime: string;
    readonly regimeByOverride: string;
    readonly regimeByPeriodEnd: string;
    readonly ruleBook: string;
    readonly inputHash: string;
    readonly actual: string;
    readonly missing: string;
    readonly principle: string;
    readonly marker: string;
    readonly anyOf: string;
    readonly allOf: string;
    readonly noneOf: string;
    readonly parameter: string;
    readonly summary: string;
    readonly required: string;
    /** Joins alternatives in a list ("A hoặc B"). */
    readonly or: string;
  };
}

/**
 * The text of a rule-book title or label in the locale's language: rule files carry vi and en; a
 * locale of another language shows its declared fallback ({@link Locale.textKey}).
 * @param locale the locale.
 * @param text a `{ vi, en }` text from the rule book (or model data built like one).
 * @returns the text to show.
 */
export function localText(locale: Pick<Locale, 'textKey'>, text: LocalizedText): string {
  assertArg(isObject(locale) && (TEXT_LANGS as readonly unknown[]).includes(locale.textKey) && isObject(text) && typeof text[locale.textKey] === 'string', 'localText(a Locale, a { vi, en } text)');
  return text[locale.textKey];
}

import type { IssueCode, IssueParams } from '../../model/issue.js';
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

/** Everything a renderer needs to put words on thidua's data. A missing key is a type error. */
export interface Locale {
  readonly lang: 'vi' | 'en';
  issue(code: IssueCode, params: IssueParams): string;
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
  words: {
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
  };
}

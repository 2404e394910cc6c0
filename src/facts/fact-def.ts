import type { z } from 'zod';
import type { FactType, FactValue } from '../operators/registry.js';
import type { Subject } from '../schema/subject.js';
import type { HistorySettings } from './history.js';

/**
 * Keys of fact-specific gap sentences ("cần thêm 2 năm liên tục đạt …"): each locale has one
 * sentence per key (`factGap`), filled with the gap amount, the fact params and the year.
 */
export const FACT_GAP_WORDINGS = [
  'consecutiveAwardYears',
  'consecutiveRatingYears',
  'awardCountInWindow',
  'initiativeCount',
  'initiativeCountAfterAward',
  'consecutiveCycleCount',
  'openingAwardCount',
  'windowYearsAfterAward',
  'awardCountAfterAward',
  'councilApprovalShare',
  'advancedMemberShare',
  'completedMemberShare',
] as const;
export type FactGapWording = (typeof FACT_GAP_WORDINGS)[number];

/** Keys of the unit word of a fact's expected value when an overlay changes it ("từ 1 lên 2 sáng kiến"). */
export const FACT_UNIT_WORDINGS = ['initiatives', 'years', 'times'] as const;
export type FactUnitWording = (typeof FACT_UNIT_WORDINGS)[number];

/** The wording keys of one fact (see {@link FactDef.wording}). */
export type FactWording = NonNullable<FactDef['wording']>;

/** Everything a fact derivation may read. */
export interface FactContext {
  readonly subject: Subject;
  readonly year: number;
  readonly awardId: string;
  readonly settings: HistorySettings;
  readonly categoryOf: (awardId: string) => 'title' | 'form' | undefined;
}

/** Where a fact reads its value in the subject input (see {@link FactDef.input}). */
export interface FactInput {
  readonly fields: readonly string[];
  readonly perYear: boolean;
  /** `history` (default): fields of the year record; `subject`: a top-level list with one entry per year. */
  readonly at?: 'history' | 'subject';
}

/**
 * A fact of the catalogue, declared once: type, labels, params schema, a pure derivation, and what
 * every other part of the library needs to know about it — the unit of its gap ({@link FactDef.unit}),
 * the direction of its params ({@link FactDef.paramEffects}, read by overlays) and the keys of its
 * words ({@link FactDef.wording}, which each locale defines; a test fails when a locale lacks one).
 */
export interface FactDef {
  readonly id: string;
  readonly type: FactType;
  readonly subjects: readonly ('individual' | 'collective')[];
  readonly label: { readonly vi: string; readonly en: string };
  readonly enumValues?: readonly string[];
  /**
   * The input field a person fills for this fact: `fields` of the year record in `history` when
   * `perYear`, else top-level fields of the subject. Explanations name it when the value is missing.
   */
  readonly input?: FactInput;
  /** Unit of the gap for count-like facts. */
  readonly unit?: 'years' | 'approvals' | 'members' | 'items';
  /** Strict schema of params, or undefined if the fact takes none. */
  readonly params?: z.ZodType<Record<string, unknown>>;
  /** Param names that hold award ids (checked against the award catalogue at load). */
  readonly awardParams?: readonly string[];
  /**
   * True if the value depends on the award under evaluation (`ctx.awardId`), e.g. initiatives not yet
   * used for it. Other facts are derived once per subject and shared by every award; a property test
   * checks that they really ignore the award.
   */
  readonly awardScoped?: boolean;
  /**
   * How the fact value moves when a param grows (a number grows, a list gains members, a boolean
   * turns true): 'up' or 'down'. Only the params declared here can be changed by an overlay on a
   * statutory leaf; any other change is refused because it cannot be shown not to loosen the condition.
   */
  readonly paramEffects?: Readonly<Record<string, 'up' | 'down'>>;
  /**
   * Keys of the fact's words in the locales (src/explain/locales): `gap`, the fact-specific sentence
   * for a count gap to increase (none = the generic gap); `unit`, the unit of the expected value in
   * provenance sentences (none = no unit word).
   */
  readonly wording?: { readonly gap?: FactGapWording; readonly unit?: FactUnitWording };
  derive(ctx: FactContext, params: Record<string, unknown>): FactValue;
}

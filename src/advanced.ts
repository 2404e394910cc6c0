/**
 * thidua/advanced — the power-user entry: the tables the library is built from (facts, operators,
 * limits, the fact-parameter effects of overlays), the zod schemas of every input and rule file, the
 * history helpers the facts are computed with, the compiled form of a rule book, the locale objects
 * and the issue constructor. Documented in docs/advanced.md. These names can change in a minor
 * version more readily than the main entry's; most callers need only `thidua`.
 * @packageDocumentation
 */

// ---- Tables: facts, operators, limits, overlay effects
export { FACTS } from './facts/frozen-facts.js';
export type { FactDef, FactContext, FactInput } from './facts/catalog.js';
export { OPERATORS } from './operators/registry.js';
export type { OperatorDef, FactType, FactValue } from './operators/registry.js';
export { LIMITS } from './rule-book/limits.js';
export { DECLARED_PARAM_EFFECTS as FACT_PARAM_EFFECT } from './facts/frozen-facts.js';
export { PREREQUISITE_EDGE_KINDS } from './model/hierarchy.js';
/** The unit words a fact's expected value may take in provenance sentences (keys of `ProvenanceWords.unit`). */
export { FACT_UNIT_WORDINGS } from './facts/fact-def.js';

// ---- History helpers (the functions the history facts are computed with)
export {
  awardYears,
  availableInitiatives,
  awardCountInWindow,
  consecutiveAwardYears,
  consecutiveRatingYears,
  yearInDisciplinePeriod,
  yearsSinceAward,
  certificateWindow,
  consecutiveCycles,
  cyclePosition,
  cycleRun,
  lastAwardYearBefore,
  openingAwardYears,
  ratingCycleRun,
  windowRatingYears,
} from './facts/checked.js';
export type { HistorySettings, InitiativeQuery, Scope } from './facts/history.js';
export type { CertificateBasis, CertificateWindow, CertificateWindowQuery, CycleQuery, CycleReading } from './facts/cycles.js';

// ---- Lower-level steps of loading and evaluation
export { compileRuleBook } from './compile/compile-rule-book.js';
export type { CompiledRuleBook, CompiledRule, CompiledLeaf, CompiledRegime, CompiledRun } from './compile/compile-rule-book.js';
export { normalizeSubject } from './evaluate/normalize-subject.js';
export { parseProvinces } from './overlay/provinces.js';
export { describeProvenance } from './explain/locales/provenance.js';

// ---- Issues and locales (to build issues of your own, or render with the locale objects)
export { makeIssue } from './model/issue.js';
export { vi } from './explain/locales/vi.js';
export { en } from './explain/locales/en.js';
export type { Locale, GapContext, CitationLike } from './explain/locales/locale.js';
export { localText } from './explain/locales/locale.js';
export type { ProvenanceWords, ProvenanceParam } from './explain/locales/provenance-words.js';
export type { FactUnitWording } from './facts/fact-def.js';
export type { SheetWords, ColumnWords, IndividualColumn, CollectiveColumn } from './explain/locales/sheet-words.js';
export type { Wording, InputFieldRef } from './explain/locales/wording.js';
export type { ResultWords } from './explain/locales/results.js';

// ---- zod schemas of the input and rule files (toJsonSchema in the main entry gives their JSON Schema)
export {
  SubjectSchema,
  IndividualSchema,
  CollectiveSchema,
  InputFileSchema,
  AwardRecordSchema,
  CollectiveYearSchema,
  CouncilVoteSchema,
  DisciplineSchema,
  IndividualYearSchema,
  InitiativeSchema,
  TaskRatingSchema,
  CommendationTypeSchema,
  RecognisedScopeSchema,
  DisciplineLevelSchema,
} from './schema/subject.js';
export { CaseFileSchema, TestCaseSchema } from './schema/case-file.js';
export { OverlayFileSchema, OverlayOperationSchema, ProvincesFileSchema } from './schema/overlay-file.js';
export { HierarchyFileSchema } from './schema/hierarchy-file.js';
export { BaseSalaryFileSchema, BonusesFileSchema } from './schema/bonus-file.js';
export { QuotasFileSchema } from './schema/quota-file.js';
export {
  BallotTallySchema,
  ClusterEventSchema,
  ClusterFileSchema,
  ClusterMemberSchema,
  ClusterOrganiserSchema,
  ClusterReviewSchema,
  ClusterSchema,
  ClusterYearSchema,
  MemberReportSchema,
  PledgeSchema,
  ProposalQuotasSchema,
  RotationRuleSchema,
} from './schema/cluster.js';
export {
  AdjustmentCriterionSchema,
  DisqualifierCriterionSchema,
  PerCountCriterionSchema,
  QualitativeCriterionSchema,
  QuantitativeCriterionSchema,
  RoundingSchema,
  ScoreSheetSchema,
  SheetSourceSchema,
  TieBreakSchema,
} from './schema/score-sheet.js';
export type { SheetNodeInput, CriteriaGroupInput } from './schema/score-sheet.js';

// ---- Agencies, declared facts and stable ids (issue 20)
export { parseAgencies } from './overlay/jurisdiction.js';
export { checkExtraFacts } from './overlay/extra-facts.js';
export { AgenciesFileSchema, AgencySchema } from './schema/agencies-file.js';
export type { AgenciesFile, Agency } from './schema/agencies-file.js';
export { StableIdsFileSchema } from './schema/stable-ids-file.js';
export { DeclaredFactSchema } from './schema/overlay-file.js';
export type { DeclaredFact } from './schema/overlay-file.js';
// ---- Types the locale objects and makeIssue refer to
export type { ParamsArg } from './model/issue.js';
export type { CliWords, UsageCode, UsageParams } from './explain/locales/cli-words.js';
export type { ClusterWords } from './explain/locales/cluster.js';
export type { IssueMessages } from './explain/locales/locale.js';

/**
 * thidua — Vietnam's emulation and commendation rules as declarative, explainable rule books.
 * @packageDocumentation
 */
export { loadRuleBook } from './rule-book/load-rule-book.js';
export type { RuleFiles } from './rule-book/load-rule-book.js';
export { loadNationalRuleBook, nationalRuleFiles } from './national.js';
export { resolveRegime } from './rule-book/resolve-regime.js';
export type { ResolveRegimeOptions } from './rule-book/resolve-regime.js';
export { evaluateEligibility } from './evaluate/evaluate-eligibility.js';
export type { EvaluateOptions } from './evaluate/evaluate-eligibility.js';
export { normalizeSubject } from './evaluate/normalize-subject.js';
export { renderExplanation } from './render/render-explanation.js';
export type { RenderOptions } from './render/render-explanation.js';
export { renderIssues } from './render/render-issues.js';
export { toJsonSchema, SCHEMA_NAMES } from './schema/json-schema.js';
export type { SchemaName } from './schema/json-schema.js';
export {
  awardYears,
  availableInitiatives,
  awardCountInWindow,
  consecutiveAwardYears,
  consecutiveRatingYears,
  yearInDisciplinePeriod,
  yearsSinceAward,
} from './facts/history.js';
export type { HistorySettings, InitiativeQuery, Scope } from './facts/history.js';
export { FACTS } from './facts/catalog.js';
export type { FactDef, FactContext } from './facts/catalog.js';
export { OPERATORS } from './operators/registry.js';
export type { OperatorDef, FactType, FactValue } from './operators/registry.js';
export { LIMITS } from './rule-book/limits.js';
export { makeIssue, ThiduaError } from './result/issue.js';
export type { Issue, IssueCode, IssuePath, IssueParams, Result } from './result/issue.js';
export { vi } from './locales/vi.js';
export { en } from './locales/en.js';
export type { Locale, Gap, Verdict, NodeStatus, NotApplicableReason, CitationLike } from './locales/locale.js';
export type {
  AwardDef,
  Citation,
  ConditionNode,
  Effective,
  GroupNode,
  LeafNode,
  LocalizedText,
  Marker,
  NodePath,
  ParameterDef,
  RegimeDef,
  RuleBook,
  RuleDef,
} from './model/rule-book.js';
export type { AwardVerdict, EligibilityReport, Finding, GroupFinding, LeafFinding, RegimeChoice, RuleOutcome } from './model/outcome.js';
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
export type {
  Subject,
  Individual,
  Collective,
  IndividualYear,
  CollectiveYear,
  AwardRecord,
  Initiative,
  Discipline,
  CouncilVote,
  TaskRating,
  InputFile,
} from './schema/subject.js';
export { CaseFileSchema, TestCaseSchema } from './schema/case-file.js';
export type { CaseFile, TestCase } from './schema/case-file.js';

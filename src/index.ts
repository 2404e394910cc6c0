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
export { evaluateMany } from './evaluate/evaluate-many.js';
export type { BatchItem } from './evaluate/evaluate-many.js';
export { compileRuleBook } from './compile/compile-rule-book.js';
export type { CompiledRuleBook, CompiledRule, CompiledLeaf } from './compile/compile-rule-book.js';
export type { EvaluateOptions } from './evaluate/evaluate-eligibility.js';
export { normalizeSubject } from './evaluate/normalize-subject.js';
export { renderExplanation } from './render/render-explanation.js';
export type { RenderOptions } from './render/render-explanation.js';
export { renderIssues } from './render/render-issues.js';
export { renderBonus, renderNextAwards } from './render/render-results.js';
export type { ResultRenderOptions } from './render/render-results.js';
export { listAwards, listCriteria, listParameters, listProvinces, listRegimes } from './discover/list.js';
export type { AwardEntry, CriterionEntry, ListFilter, ParameterEntry, ProvinceEntry, RegimeEntry } from './discover/list.js';
export { applyOverlay, applyOverlays } from './overlay/apply-overlay.js';
export type { ApplyOverlayOptions } from './overlay/apply-overlay.js';
export { diffRuleBooks } from './overlay/diff-rule-books.js';
export type { RuleBookChange, RuleBookDiff } from './overlay/diff-rule-books.js';
export { renderDiff } from './render/render-diff.js';
export { loadProvinceRuleBook, provinceOverlay, provinceOverlayKeys, provincesFile } from './overlay/embedded.js';
export { parseProvinces } from './overlay/provinces.js';
export { agenciesFile, agencyOverlay, agencyOverlayKeys, canonicalAgencyKey, listAgencies, loadAgencyRuleBook } from './overlay/agencies.js';
export type { AgencyEntry } from './overlay/agencies.js';
export { parseAgencies } from './overlay/jurisdiction.js';
export type { Jurisdiction } from './overlay/jurisdiction.js';
export { checkExtraFacts } from './overlay/extra-facts.js';
export { AgenciesFileSchema, AgencySchema } from './schema/agencies-file.js';
export type { AgenciesFile, Agency } from './schema/agencies-file.js';
export { StableIdsFileSchema } from './schema/stable-ids-file.js';
export { describeProvenance } from './locales/provenance.js';
export { FACT_PARAM_EFFECT } from './overlay/tightening.js';
export { DeclaredFactSchema, OverlayFileSchema, OverlayOperationSchema, ProvincesFileSchema } from './schema/overlay-file.js';
export type { DeclaredFact, OverlayFile, OverlayOperation, ProvincesFile } from './schema/overlay-file.js';
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
export { withParameters } from './rule-book/with-parameters.js';
export type { ParameterValue } from './rule-book/with-parameters.js';
export type { CertificateBasis, CertificateWindow, CertificateWindowQuery, CycleQuery, CycleReading } from './facts/cycles.js';
export { FACTS } from './_internal/frozen-facts.js';
export type { FactDef, FactContext, FactInput } from './facts/catalog.js';
export { OPERATORS } from './operators/registry.js';
export type { OperatorDef, FactType, FactValue } from './operators/registry.js';
export { LIMITS } from './rule-book/limits.js';
export { makeIssue, ThiduaError } from './result/issue.js';
export type { Issue, IssueCode, IssuePath, IssueParams, Result } from './result/issue.js';
export { vi } from './locales/vi.js';
export { en } from './locales/en.js';
export type { Locale, Gap, GapContext, Verdict, NodeStatus, NotApplicableReason, CitationLike } from './locales/locale.js';
export type { Wording, InputFieldRef } from './locales/wording.js';
export type { ResultWords } from './locales/results.js';
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
  Provenance,
  AppliedOverlay,
  OverlayJurisdiction,
  DeclaredFactDef,
  StableIdDef,
  RegimeDef,
  RuleBook,
  RuleDef,
} from './model/rule-book.js';
export type { AwardVerdict, EligibilityReport, Finding, GroupFinding, LeafFinding, NotConsideredRecord, RegimeChoice, RuleOutcome } from './model/outcome.js';
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
export { awardHierarchy } from './hierarchy/award-hierarchy.js';
export type { AwardGraph, AwardGraphNode, AwardHierarchyOptions } from './hierarchy/award-hierarchy.js';
export { hierarchyToMermaid } from './hierarchy/hierarchy-to-mermaid.js';
export type { MermaidOptions } from './hierarchy/hierarchy-to-mermaid.js';
export { renderHierarchyPage } from './hierarchy/render-hierarchy-page.js';
export { PREREQUISITE_EDGE_KINDS } from './model/hierarchy.js';
export type { HierarchyDef, HierarchyEdgeDef, HierarchyEdgeKind, HierarchyNodeDef } from './model/hierarchy.js';
export { bonusFor } from './bonus/bonus-for.js';
export type { BonusOptions, BonusResult, BonusUndeterminedReason } from './bonus/bonus-for.js';
export type { BaseSalaryEntry, BonusEntryDef, BonusSubjectKind, BonusTableDef } from './model/bonus.js';
export { checkCouncilVote } from './ballot/check-council-vote.js';
export type { CouncilVoteInput, CouncilVoteResult } from './ballot/check-council-vote.js';
export { applyQuotas } from './quota/apply-quotas.js';
export type { ApplyQuotasOptions, QuotaMember, QuotaMemberVerdict, QuotaOutcome, QuotaReport } from './quota/apply-quotas.js';
export type { QuotaBaseDef, QuotaDef, QuotaSelectionKey } from './model/quota.js';
export { nextAwards } from './next/next-awards.js';
export type { MissingCriterion, NextAward, NextAwardStep, NextAwardsOptions, NextAwardsReport } from './next/next-awards.js';
export type { Need } from './next/earliest-year.js';
export { HierarchyFileSchema } from './schema/hierarchy-file.js';
export { BaseSalaryFileSchema, BonusesFileSchema } from './schema/bonus-file.js';
export { QuotasFileSchema } from './schema/quota-file.js';
export { scoreCluster } from './cluster/score-cluster.js';
export { rankCluster } from './cluster/rank-cluster.js';
export { proposeAwards } from './cluster/propose-awards.js';
export type { ProposeOptions } from './cluster/propose-awards.js';
export { checkBallots } from './cluster/check-ballots.js';
export type { CheckBallotsOptions } from './cluster/check-ballots.js';
export { nextCycle } from './cluster/next-cycle.js';
export { evaluateCycle } from './cluster/evaluate-cycle.js';
export { renderCycle } from './cluster/render-cycle.js';
export type { RenderCycleOptions } from './cluster/render-cycle.js';
export { checkCluster } from './cluster/check-cluster.js';
export { checkScoreSheet } from './cluster/check-score-sheet.js';
export { awardRoutes } from './cluster/award-routes.js';
export type { AwardRoute, AwardRoutes } from './cluster/award-routes.js';
export type {
  AwardProposal,
  BallotOutcome,
  ClusterProposals,
  ClusterRanking,
  ClusterScores,
  CriterionComputation,
  CriterionScore,
  CycleResult,
  Disqualification,
  GroupScore,
  MemberScore,
  NextLeadership,
  RankEntry,
  RouteSource,
  SkippedMember,
  Tie,
  TieStep,
} from './cluster/model.js';
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
export type { Cluster, ClusterEvent, ClusterFile, ClusterMember, ClusterOrganiser, ClusterReview, ClusterYear, MemberReport, Pledge, ProposalQuotas, BallotTally, RotationRule } from './schema/cluster.js';
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
export type { ScoreSheet, SheetNode, SheetSource, TieBreak, Rounding } from './schema/score-sheet.js';
export { overlayTargets } from './overlay/overlay-targets.js';
export type { OverlayTarget, OverlayTargetAction, OverlayTargetsOptions } from './overlay/overlay-targets.js';
export { describeRule } from './render/describe-rule.js';
export type { CriterionLine, RuleDescription } from './render/describe-rule.js';
export { parseCaseFile, runCase } from './cases/run-cases.js';
export type { CaseOutcome } from './cases/run-cases.js';

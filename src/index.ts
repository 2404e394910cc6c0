/**
 * thidua — Vietnam's emulation and commendation rules as declarative, explainable rule books.
 *
 * The main entry holds what a caller uses: load a rule book, evaluate subjects, rank clusters,
 * render the results. Internal tables (facts, operators, limits), the zod schemas, the history
 * helpers and the locale objects are in `thidua/advanced` (docs/advanced.md). The list of names here
 * is pinned by test/public-api.test.ts: adding one is a deliberate decision.
 * @packageDocumentation
 */

// ---- Rule books: load, inspect, tune
export { loadRuleBook } from './rule-book/load-rule-book.js';
export type { RuleFiles } from './rule-book/load-rule-book.js';
export { loadNationalRuleBook, nationalRuleFiles } from './rule-book/national.js';
export { resolveRegime } from './rule-book/resolve-regime.js';
export type { ResolveRegimeOptions } from './rule-book/resolve-regime.js';
export { withParameters } from './rule-book/with-parameters.js';
export type { ParameterValue } from './rule-book/with-parameters.js';
export { listAwards, listCriteria, listParameters, listProvinces, listRegimes } from './rule-book/list.js';
export type { AwardEntry, CriterionEntry, ListFilter, ParameterEntry, ProvinceEntry, RegimeEntry } from './rule-book/list.js';
export { describeRule } from './explain/describe-rule.js';
export type { CriterionLine, RuleDescription } from './explain/describe-rule.js';
export { awardHierarchy } from './rule-book/award-hierarchy.js';
export type { AwardGraph, AwardGraphNode, AwardHierarchyOptions } from './rule-book/award-hierarchy.js';
export type {
  AwardDef,
  Citation,
  ConditionNode,
  Delegation,
  Effective,
  GroupNode,
  LeafNode,
  LocalizedText,
  Marker,
  NodePath,
  ParameterDef,
  Provenance,
  AppliedOverlay,
  OverlaySheetOperation,
  OverlayJurisdiction,
  DeclaredFactDef,
  StableIdDef,
  RegimeDef,
  RuleBook,
  RuleDef,
} from './model/rule-book.js';
export type { HierarchyDef, HierarchyEdgeDef, HierarchyEdgeKind, HierarchyNodeDef } from './model/hierarchy.js';
export type { BaseSalaryEntry, BonusEntryDef, BonusSubjectKind, BonusTableDef } from './model/bonus.js';
export type { QuotaBaseDef, QuotaDef, QuotaSelectionKey } from './model/quota.js';

// ---- Province overlays
export { applyOverlay, applyOverlays } from './overlay/apply-overlay.js';
export type { ApplyOverlayOptions } from './overlay/apply-overlay.js';
export { applySheetOverlay } from './rank/cluster/apply-sheet-overlay.js';
export type { ApplySheetOverlayOptions } from './rank/cluster/apply-sheet-overlay.js';
export { diffRuleBooks } from './overlay/diff-rule-books.js';
export type { RuleBookChange, RuleBookDiff } from './overlay/diff-rule-books.js';
export { loadProvinceRuleBook, provinceOverlay, provinceOverlayKeys, provincesFile } from './overlay/embedded.js';
export { agenciesFile, agencyOverlay, agencyOverlayKeys, canonicalAgencyKey, listAgencies, loadAgencyRuleBook } from './overlay/agencies.js';
export type { AgencyEntry } from './overlay/agencies.js';
export type { Jurisdiction } from './overlay/jurisdiction.js';
export { overlayTargets } from './overlay/overlay-targets.js';
export type { OverlayTarget, OverlayTargetAction, OverlayTargetsOptions } from './overlay/overlay-targets.js';
export type { OverlayFile, OverlayOperation, ProvincesFile } from './schema/overlay-file.js';

// ---- Evaluation of subjects
export { evaluateEligibility } from './evaluate/evaluate-eligibility.js';
export type { EvaluateOptions } from './evaluate/evaluate-eligibility.js';
export { evaluateMany } from './evaluate/evaluate-many.js';
export type { BatchItem } from './evaluate/evaluate-many.js';
export { nextAwards } from './evaluate/next-awards.js';
export type { MissingCriterion, NextAward, NextAwardStep, NextAwardsOptions, NextAwardsReport } from './evaluate/next-awards.js';
export type { Need } from './evaluate/earliest-year.js';
export { bonusFor } from './evaluate/bonus-for.js';
export type { BonusOptions, BonusResult, BonusUndeterminedReason } from './evaluate/bonus-for.js';
export { checkCouncilVote } from './rank/check-council-vote.js';
export type { CouncilVoteInput, CouncilVoteResult } from './rank/check-council-vote.js';
export { applyQuotas } from './rank/apply-quotas.js';
export type { ApplyQuotasOptions, QuotaMember, QuotaMemberVerdict, QuotaOutcome, QuotaReport } from './rank/apply-quotas.js';
export { parseCaseFile, runCase } from './evaluate/run-cases.js';
export type { CaseOutcome } from './evaluate/run-cases.js';
export type { AwardVerdict, EligibilityReport, Finding, GroupFinding, LeafFinding, NotConsideredRecord, RegimeChoice, RuleOutcome } from './model/outcome.js';
export type { Verdict, NodeStatus, NotApplicableReason, Gap } from './explain/locales/locale.js';
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
export type { CaseFile, TestCase } from './schema/case-file.js';

// ---- Clusters (cụm, khối thi đua): scores, ranking, proposals, ballots, rotation
export { scoreCluster } from './rank/cluster/score-cluster.js';
export { rankCluster } from './rank/cluster/rank-cluster.js';
export { proposeAwards } from './rank/cluster/propose-awards.js';
export type { ProposeOptions } from './rank/cluster/propose-awards.js';
export { checkBallots } from './rank/cluster/check-ballots.js';
export type { CheckBallotsOptions } from './rank/cluster/check-ballots.js';
export { nextCycle } from './rank/cluster/next-cycle.js';
export { evaluateCycle } from './rank/cluster/evaluate-cycle.js';
export { checkCluster } from './rank/cluster/check-cluster.js';
export { checkScoreSheet } from './rank/cluster/check-score-sheet.js';
export { awardRoutes } from './rank/cluster/award-routes.js';
export type { AwardRoute, AwardRoutes } from './rank/cluster/award-routes.js';
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
  RouteNote,
  SkippedMember,
  Tie,
  TieStep,
} from './rank/cluster/model.js';
export type { Cluster, ClusterEvent, ClusterFile, ClusterMember, ClusterOrganiser, ClusterReview, ClusterYear, MemberReport, Pledge, ProposalQuotas, BallotTally, RotationRule } from './schema/cluster.js';
export type { ScoreSheet, SheetNode, SheetSource, TieBreak, Rounding } from './schema/score-sheet.js';

// ---- Rendering (Vietnamese by default, English on request)
export { renderExplanation } from './explain/render-explanation.js';
export type { RenderOptions } from './explain/render-explanation.js';
export { renderIssues } from './explain/render-issues.js';
export { issueMessage, issueMessages } from './explain/issue-message.js';
export { LOCALES, LANGS } from './explain/locales/index.js';
export type { Lang, LangOption } from './explain/locales/index.js';
export { renderBonus, renderNextAwards } from './explain/render-results.js';
export type { ResultRenderOptions } from './explain/render-results.js';
export { renderDiff } from './explain/render-diff.js';
export { renderCycle } from './explain/render-cycle.js';
export type { RenderCycleOptions } from './explain/render-cycle.js';
export { hierarchyToMermaid } from './explain/hierarchy-to-mermaid.js';
export type { MermaidOptions } from './explain/hierarchy-to-mermaid.js';
export { renderHierarchyPage } from './explain/render-hierarchy-page.js';

// ---- JSON Schema of the input and rule files (for editors and other languages)
export { toJsonSchema, SCHEMA_NAMES } from './schema/json-schema.js';
export type { SchemaName } from './schema/json-schema.js';

// ---- Results and errors
export { ThiduaError } from './model/issue.js';
export type { Issue, IssueCode, IssuePath, IssueParams, IssueParamsByCode, IssueOf, Expectation, ExpectedCode, Result } from './model/issue.js';
export type { Hint, CitationParams, ValueProblem, ReceivedKind, FormatCode, JsonProblem, FileKind, CellProblem, OverlayProblem, LoosenProblem, NotImpliedReason, CompositionProblem, ReportsProblem, TieBreakProblem } from './model/issue.js';

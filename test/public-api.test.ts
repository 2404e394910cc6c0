// The public API (issue 16): the main entry exports what a caller uses; internal tables, the zod
// schemas, the history helpers and the locale objects are in `thidua/advanced`. The lists below pin
// both entries, so adding or removing an export is a deliberate decision: update the list (and
// docs/advanced.md or README) in the same change. Types are listed too (read with the TypeScript
// compiler, since they vanish at run time).
import ts from 'typescript';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as main from '../src/index.js';
import * as advanced from '../src/advanced.js';

const ROOT = join(__dirname, '..');

/** Main entry, values, by group (the comments in src/index.ts use the same groups). */
const MAIN_VALUES = {
  'rule books: load, inspect, tune': ['loadRuleBook', 'loadNationalRuleBook', 'nationalRuleFiles', 'resolveRegime', 'withParameters', 'listAwards', 'listCriteria', 'listParameters', 'listProvinces', 'listRegimes', 'describeRule', 'awardHierarchy'],
  'province overlays': ['applyOverlay', 'applyOverlays', 'applySheetOverlay', 'agenciesFile', 'agencyOverlay', 'agencyOverlayKeys', 'canonicalAgencyKey', 'listAgencies', 'loadAgencyRuleBook', 'diffRuleBooks', 'loadProvinceRuleBook', 'provinceOverlay', 'provinceOverlayKeys', 'provincesFile', 'overlayTargets'],
  'evaluation of subjects': ['evaluateEligibility', 'evaluateMany', 'nextAwards', 'bonusFor', 'checkCouncilVote', 'applyQuotas', 'parseCaseFile', 'runCase'],
  clusters: ['scoreCluster', 'rankCluster', 'proposeAwards', 'checkBallots', 'nextCycle', 'evaluateCycle', 'checkCluster', 'checkScoreSheet', 'awardRoutes'],
  rendering: ['renderExplanation', 'renderIssues', 'issueMessage', 'issueMessages', 'LOCALES', 'LANGS', 'renderBonus', 'renderNextAwards', 'renderDiff', 'renderCycle', 'hierarchyToMermaid', 'renderHierarchyPage'],
  'JSON Schema': ['toJsonSchema', 'SCHEMA_NAMES'],
  errors: ['ThiduaError'],
} as const;

/** Advanced entry, values, by group (src/advanced.ts, docs/advanced.md). */
const ADVANCED_VALUES = {
  tables: ['FACTS', 'OPERATORS', 'LIMITS', 'FACT_PARAM_EFFECT', 'PREREQUISITE_EDGE_KINDS', 'FACT_UNIT_WORDINGS'],
  'history helpers': ['awardYears', 'availableInitiatives', 'awardCountInWindow', 'consecutiveAwardYears', 'consecutiveRatingYears', 'yearInDisciplinePeriod', 'yearsSinceAward', 'certificateWindow', 'consecutiveCycles', 'cyclePosition', 'cycleRun', 'lastAwardYearBefore', 'openingAwardYears', 'ratingCycleRun', 'windowRatingYears'],
  'lower-level steps': ['compileRuleBook', 'normalizeSubject', 'parseProvinces', 'describeProvenance', 'parseAgencies', 'checkExtraFacts'],
  'issues and locales': ['makeIssue', 'vi', 'en', 'localText'],
  'zod schemas': [
    'AgenciesFileSchema', 'AgencySchema', 'StableIdsFileSchema', 'DeclaredFactSchema',
    'SubjectSchema', 'IndividualSchema', 'CollectiveSchema', 'InputFileSchema', 'AwardRecordSchema', 'CollectiveYearSchema', 'CouncilVoteSchema', 'DisciplineSchema', 'IndividualYearSchema', 'InitiativeSchema', 'TaskRatingSchema', 'CommendationTypeSchema', 'RecognisedScopeSchema', 'DisciplineLevelSchema',
    'CaseFileSchema', 'TestCaseSchema', 'OverlayFileSchema', 'OverlayOperationSchema', 'ProvincesFileSchema', 'HierarchyFileSchema', 'BaseSalaryFileSchema', 'BonusesFileSchema', 'QuotasFileSchema',
    'BallotTallySchema', 'ClusterEventSchema', 'ClusterFileSchema', 'ClusterMemberSchema', 'ClusterOrganiserSchema', 'ClusterReviewSchema', 'ClusterSchema', 'ClusterYearSchema', 'MemberReportSchema', 'PledgeSchema', 'ProposalQuotasSchema', 'RotationRuleSchema',
    'AdjustmentCriterionSchema', 'DisqualifierCriterionSchema', 'PerCountCriterionSchema', 'QualitativeCriterionSchema', 'QuantitativeCriterionSchema', 'RoundingSchema', 'ScoreSheetSchema', 'SheetSourceSchema', 'TieBreakSchema',
  ],
} as const;

/** Main entry, types: the parameters and results of the main functions. */
const MAIN_TYPES = {
  'rule books': ['RuleFiles', 'ResolveRegimeOptions', 'ParameterValue', 'AwardEntry', 'CriterionEntry', 'ListFilter', 'ParameterEntry', 'ProvinceEntry', 'RegimeEntry', 'CriterionLine', 'RuleDescription', 'AwardGraph', 'AwardGraphNode', 'AwardHierarchyOptions', 'AwardDef', 'Citation', 'ConditionNode', 'Effective', 'GroupNode', 'LeafNode', 'LocalizedText', 'Marker', 'NodePath', 'ParameterDef', 'Provenance', 'AppliedOverlay', 'OverlaySheetOperation', 'RegimeDef', 'RuleBook', 'RuleDef', 'HierarchyDef', 'HierarchyEdgeDef', 'HierarchyEdgeKind', 'HierarchyNodeDef', 'BaseSalaryEntry', 'BonusEntryDef', 'BonusSubjectKind', 'BonusTableDef', 'QuotaBaseDef', 'QuotaDef', 'QuotaSelectionKey'],
  overlays: ['AgencyEntry', 'Jurisdiction', 'OverlayJurisdiction', 'DeclaredFactDef', 'StableIdDef', 'ApplyOverlayOptions', 'ApplySheetOverlayOptions', 'Delegation', 'RuleBookChange', 'RuleBookDiff', 'OverlayTarget', 'OverlayTargetAction', 'OverlayTargetsOptions', 'OverlayFile', 'OverlayOperation', 'ProvincesFile'],
  evaluation: ['EvaluateOptions', 'BatchItem', 'MissingCriterion', 'NextAward', 'NextAwardStep', 'NextAwardsOptions', 'NextAwardsReport', 'Need', 'BonusOptions', 'BonusResult', 'BonusUndeterminedReason', 'CouncilVoteInput', 'CouncilVoteResult', 'ApplyQuotasOptions', 'QuotaMember', 'QuotaMemberVerdict', 'QuotaOutcome', 'QuotaReport', 'CaseOutcome', 'AwardVerdict', 'EligibilityReport', 'Finding', 'GroupFinding', 'LeafFinding', 'NotConsideredRecord', 'RegimeChoice', 'RuleOutcome', 'Verdict', 'NodeStatus', 'NotApplicableReason', 'Gap', 'Subject', 'Individual', 'Collective', 'IndividualYear', 'CollectiveYear', 'AwardRecord', 'Initiative', 'Discipline', 'CouncilVote', 'TaskRating', 'InputFile', 'CaseFile', 'TestCase'],
  clusters: ['ProposeOptions', 'CheckBallotsOptions', 'AwardRoute', 'AwardRoutes', 'AwardProposal', 'BallotOutcome', 'ClusterProposals', 'ClusterRanking', 'ClusterScores', 'CriterionComputation', 'CriterionScore', 'CycleResult', 'Disqualification', 'GroupScore', 'MemberScore', 'NextLeadership', 'RankEntry', 'RouteSource', 'RouteNote', 'SkippedMember', 'Tie', 'TieStep', 'Cluster', 'ClusterEvent', 'ClusterFile', 'ClusterMember', 'ClusterOrganiser', 'ClusterReview', 'ClusterYear', 'MemberReport', 'Pledge', 'ProposalQuotas', 'BallotTally', 'RotationRule', 'ScoreSheet', 'SheetNode', 'SheetSource', 'TieBreak', 'Rounding'],
  rendering: ['Lang', 'LangOption', 'RenderOptions', 'ResultRenderOptions', 'RenderCycleOptions', 'MermaidOptions', 'SchemaName'],
  'results and errors': ['Issue', 'IssueCode', 'IssuePath', 'IssueParams', 'IssueParamsByCode', 'IssueOf', 'Expectation', 'ExpectedCode', 'Result', 'Hint', 'CitationParams', 'ValueProblem', 'ReceivedKind', 'FormatCode', 'JsonProblem', 'FileKind', 'CellProblem', 'OverlayProblem', 'LoosenProblem', 'NotImpliedReason', 'CompositionProblem', 'ReportsProblem', 'TieBreakProblem'],
} as const;

const ADVANCED_TYPES = ['AgenciesFile', 'Agency', 'DeclaredFact', 'ParamsArg', 'CliWords', 'UsageCode', 'UsageParams', 'ClusterWords', 'IssueMessages', 'FactDef', 'FactContext', 'FactInput', 'OperatorDef', 'FactType', 'FactValue', 'HistorySettings', 'InitiativeQuery', 'Scope', 'CertificateBasis', 'CertificateWindow', 'CertificateWindowQuery', 'CycleQuery', 'CycleReading', 'CompiledRuleBook', 'CompiledRule', 'CompiledLeaf', 'CompiledRegime', 'CompiledRun', 'Locale', 'GapContext', 'CitationLike', 'ProvenanceWords', 'ProvenanceParam', 'FactUnitWording', 'SheetWords', 'ColumnWords', 'IndividualColumn', 'CollectiveColumn', 'Wording', 'InputFieldRef', 'ResultWords', 'SheetNodeInput', 'CriteriaGroupInput'] as const;

const flat = (groups: Readonly<Record<string, readonly string[]>>): string[] => Object.values(groups).flat().sort();

/** Every exported name (values and types) of an entry file, read by the TypeScript compiler. */
function exportedNames(files: readonly string[]): string[][] {
  const program = ts.createProgram(files.map((f) => join(ROOT, f)), { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true, resolveJsonModule: true, types: [] });
  const checker = program.getTypeChecker();
  return files.map((f) => checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(join(ROOT, f))!)!).map((s) => s.name).sort());
}

describe('public API: the exports of thidua and thidua/advanced are pinned', () => {
  test('main entry values are exactly the listed ones (59)', () => {
    expect(Object.keys(main).sort()).toEqual(flat(MAIN_VALUES));
    expect(Object.keys(main)).toHaveLength(59);
  });

  test('advanced entry values are exactly the listed ones', () => {
    expect(Object.keys(advanced).sort()).toEqual(flat(ADVANCED_VALUES));
  });

  test('no name is exported by both entries', () => {
    const both = Object.keys(main).filter((k) => k in advanced);
    expect(both).toEqual([]);
  });

  test('types of both entries are the listed ones', () => {
    const [mainNames, advancedNames] = exportedNames(['src/index.ts', 'src/advanced.ts']);
    const mainValues = new Set(Object.keys(main));
    const advValues = new Set(Object.keys(advanced));
    expect(mainNames!.filter((n) => !mainValues.has(n))).toEqual(flat(MAIN_TYPES));
    expect(advancedNames!.filter((n) => !advValues.has(n))).toEqual([...ADVANCED_TYPES].sort());
  }, 60_000);

  test('package.json, tsup and typedoc publish both entries', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining(['.', './advanced', './node']));
    expect(readFileSync(join(ROOT, 'tsup.config.ts'), 'utf8')).toMatch(/advanced: 'src\/advanced\.ts'/);
    expect(JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')).entryPoints).toEqual(['src/index.ts', 'src/advanced.ts']);
  });
});

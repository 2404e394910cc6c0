import { compareCodeUnits } from '../_internal/canonical-json.js';
import { suggest } from '../_internal/closest.js';
import { deepFreeze } from '../_internal/deep-freeze.js';
import type { HierarchyEdgeDef, HierarchyNodeDef } from '../model/hierarchy.js';
import type { AwardDef, LocalizedText, RuleBook } from '../model/rule-book.js';
import { fail, makeIssue, ok, type Result } from '../model/issue.js';
import { bookIssues, objectIssues } from '../_internal/args.js';
import { checkOptions } from '../_internal/options.js';

/** A node of the award graph: an award of the catalogue or a position / rating / movement. */
export interface AwardGraphNode {
  readonly id: string;
  readonly kind: 'award' | HierarchyNodeDef['kind'];
  readonly title: LocalizedText;
  readonly abbreviation?: string | undefined;
  readonly level?: AwardDef['level'] | undefined;
  readonly category?: AwardDef['category'] | undefined;
  readonly subjects?: AwardDef['subjects'] | undefined;
}

/** The award graph as plain data: nodes and edges in a deterministic order. */
export interface AwardGraph {
  /** The regime the edges were filtered by, or null for every regime. */
  readonly regime: string | null;
  readonly nodes: readonly AwardGraphNode[];
  readonly edges: readonly HierarchyEdgeDef[];
}

/** Options of {@link awardHierarchy}. */
export interface AwardHierarchyOptions {
  /** Only the edges that hold in this regime (default: every edge). */
  readonly regime?: string | undefined;
}

/** Rank of an award level, from the unit to the state (used to order nodes). @internal */
export const LEVEL_RANK: Readonly<Record<AwardDef['level'], number>> = { unit: 0, commune: 1, 'ministry-province': 2, state: 3 };

/**
 * The award hierarchy of a rule book (prerequisite, feeder, gate and quota-base edges of
 * rules/national/hierarchy.json) as plain data: every award of the catalogue with its title and
 * level, the positions/ratings/movements the edges use, and the edges. Nodes are ordered by level
 * then id (awards first), edges by their number in hierarchy.md then id.
 * @param book a rule book from {@link loadRuleBook}.
 * @param options optional regime filter.
 * @returns the graph, or an `unknown_regime` issue.
 */
export function awardHierarchy(book: RuleBook, options: AwardHierarchyOptions = {}): Result<AwardGraph> {
  const argIssues = [...bookIssues(book), ...objectIssues(options, 'options')];
  if (argIssues.length) return fail(argIssues);
  const badOptions = checkOptions('awardHierarchy', options, true);
  if (badOptions) return badOptions;
  if (options.regime !== undefined && typeof options.regime !== 'string') return fail([makeIssue('invalid_option', ['options', 'regime'], { option: 'regime', expected: 'regime-id' })]);
  const regime = options.regime;
  if (regime !== undefined && !book.regimes.some((r) => r.id === regime)) {
    return fail([makeIssue('unknown_regime', ['options', 'regime'], { regime, ...suggest(regime, book.regimes.map((r) => r.id)) })]);
  }
  const all = book.hierarchy?.edges ?? [];
  const edges = regime === undefined ? all : all.filter((e) => e.regimes.includes(regime));
  const used = new Set(edges.flatMap((e) => [e.from, e.to]));
  const awards: AwardGraphNode[] = [...book.awards]
    .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || compareCodeUnits(a.id, b.id))
    .map((a) => ({
      id: a.id,
      kind: 'award',
      title: a.title,
      ...(a.abbreviation ? { abbreviation: a.abbreviation } : {}),
      level: a.level,
      category: a.category,
      subjects: a.subjects,
    }));
  const others: AwardGraphNode[] = (book.hierarchy?.nodes ?? [])
    .filter((n) => regime === undefined || used.has(n.id))
    .map((n) => ({ id: n.id, kind: n.kind, title: n.title }));
  return ok(deepFreeze({ regime: regime ?? null, nodes: [...awards, ...others], edges: [...edges] }));
}

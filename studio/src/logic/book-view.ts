/** What the Read view shows: the regimes, the awards of a regime and their rules, from the library. */
import { checkScoreSheet, describeRule, overlayTargets, resolveRegime, type OverlayTarget, type ParameterDef, type RuleBook, type RuleDef, type RuleDescription, type ScoreSheet, type Issue } from '../thidua.js';

/** An award that has at least one rule in a regime. */
export interface AwardEntry {
  readonly awardId: string;
  readonly title: { readonly vi: string; readonly en: string };
  readonly abbreviation?: string | undefined;
  readonly rules: readonly RuleDef[];
}

/** The awards with rules in a regime, in catalogue order; their rules sorted by id. */
export function awardsOf(book: RuleBook, regimeId: string): AwardEntry[] {
  const regime = book.regimes.find((r) => r.id === regimeId);
  if (!regime) return [];
  const out: AwardEntry[] = [];
  for (const a of book.awards) {
    const rules = regime.rules.filter((r) => r.kind === 'award' && r.awardId === a.id).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    if (rules.length) out.push({ awardId: a.id, title: a.title, abbreviation: a.abbreviation, rules });
  }
  return out;
}

/** The regime in force at the end of a year (the library's resolveRegime), or undefined. */
export function regimeForYear(book: RuleBook, year: number): string | undefined {
  const r = resolveRegime(book, { year });
  return r.ok ? r.value.regime.id : undefined;
}

/** A rule described for reading, with the parameters its criteria read. */
export interface RuleReading extends RuleDescription {
  readonly rule: RuleDef;
  readonly parameters: readonly ParameterDef[];
}

/** The rules of an award described in a language, each with the parameters it reads. */
export function readAward(book: RuleBook, regimeId: string, awardId: string, lang: 'vi' | 'en'): RuleReading[] {
  const regime = book.regimes.find((r) => r.id === regimeId);
  const entry = awardsOf(book, regimeId).find((a) => a.awardId === awardId);
  if (!regime || !entry) return [];
  return entry.rules.map((rule) => {
    const ids = new Set<string>();
    const walk = (n: RuleDef['root']): void => {
      if (n.type === 'group') n.children.forEach(walk);
      else {
        if (n.paramRef) ids.add(n.paramRef);
        for (const id of Object.values(n.paramRefs ?? {})) ids.add(id);
      }
    };
    walk(rule.root);
    return { ...describeRule(rule, { lang }), rule, parameters: regime.parameters.filter((p) => ids.has(p.id)) };
  });
}

/**
 * The criteria of an award a province can act on, with the parameters they read (a parameter is
 * set for the whole regime). Groups where nothing can be added are kept out.
 */
export function tightenTargets(book: RuleBook, regimeId: string, awardId: string): OverlayTarget[] {
  const rules = awardsOf(book, regimeId).find((a) => a.awardId === awardId)?.rules ?? [];
  const nodes = rules.flatMap((r) => overlayTargets(book, { regime: regimeId, ruleId: r.id })).filter((t) => t.actions.length > 0);
  const params = new Set(readAward(book, regimeId, awardId, 'vi').flatMap((r) => r.parameters.map((p) => `param:${p.id}`)));
  const paramTargets = overlayTargets(book, { regime: regimeId }).filter((t) => t.kind === 'parameter' && params.has(t.target) && t.actions.length > 0);
  // the award's quotas (quota:<id>): a lower share, or a report-only quota made a cap
  const quotaTargets = overlayTargets(book, { regime: regimeId }).filter((t) => t.kind === 'quota' && t.awardId === awardId);
  return [...nodes, ...paramTargets, ...quotaTargets];
}

/** The score sheet of a cluster file (its `review.scoreSheet`) or of a bare score-sheet file, validated by the library. */
export type SheetRead = { readonly ok: true; readonly sheet: ScoreSheet } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Read the score sheet an overlay's `sheet:` operations target from an imported cluster (or score-sheet) file. */
export function sheetOfFile(data: unknown): SheetRead {
  const review = data !== null && typeof data === 'object' ? (data as { review?: unknown }).review : undefined;
  const candidate = review !== null && typeof review === 'object' ? (review as { scoreSheet?: unknown }).scoreSheet : data;
  const r = checkScoreSheet(candidate, review !== undefined ? ['review', 'scoreSheet'] : []);
  return r.ok ? { ok: true, sheet: r.value } : { ok: false, issues: r.issues };
}

/** The `sheet:` addresses of a score sheet (its top level, then its groups), each taking a deduction or a veto. */
export function sheetTargets(book: RuleBook, sheet: ScoreSheet): OverlayTarget[] {
  // a sheet belongs to no regime: the sheet entries come last, whatever regime is listed before them
  return overlayTargets(book, { regime: book.regimes[0]?.id, sheets: [sheet] }).filter((t) => t.kind === 'sheet' || t.kind === 'sheet-group');
}

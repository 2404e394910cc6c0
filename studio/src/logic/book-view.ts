/** What the Read view shows: the regimes, the awards of a regime and their rules, from the library. */
import { describeRule, overlayTargets, resolveRegime, type OverlayTarget, type ParameterDef, type RuleBook, type RuleDef, type RuleDescription } from '../thidua.js';

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
  return [...nodes, ...paramTargets];
}

import { assertArg, bookIssues, isObject, isRuleBook } from '../_internal/args.js';
import { suggest } from '../_internal/closest.js';
import type { Citation, ConditionNode, LocalizedText, Marker, RuleBook } from '../model/rule-book.js';
import { fail, makeIssue, ok, type Result } from '../model/issue.js';
import { checkOptions } from '../_internal/options.js';

/** An award of the catalogue, for discovery. */
export interface AwardEntry {
  readonly id: string;
  readonly title: LocalizedText;
  readonly category: 'title' | 'form';
  readonly subjects: readonly ('individual' | 'collective')[];
  readonly level: 'unit' | 'commune' | 'ministry-province' | 'state';
  /** Regimes (enabled) with criteria for the award. */
  readonly regimes: readonly string[];
}

/** A legal regime, for discovery. */
export interface RegimeEntry {
  readonly id: string;
  readonly title: LocalizedText;
  readonly from: string;
  readonly to?: string | undefined;
  readonly enabled: boolean;
  readonly marker: Marker;
}

/** A province of rules/provinces.json, with whether the package ships an overlay for it. */
export interface ProvinceEntry {
  readonly key: string;
  readonly name: LocalizedText;
  readonly hasOverlay: boolean;
}

/** A condition node an overlay can target (`<rule-id>#<node-name>`). */
export interface CriterionEntry {
  /** The id overlays use: `<rule-id>#<node-name>`. */
  readonly nodeId: string;
  readonly regime: string;
  readonly ruleId: string;
  /** The award of the rule; absent for principles. */
  readonly awardId?: string | undefined;
  readonly kind: 'leaf' | 'group';
  /** The criterion id of the legal text (as in docs/criteria), when the node has one. */
  readonly criterion?: string | undefined;
  readonly label?: LocalizedText | undefined;
  readonly fact?: string | undefined;
  readonly citation: Citation;
  readonly marker: Marker;
}

/** A rule-book parameter, for discovery. */
export interface ParameterEntry {
  readonly id: string;
  readonly regime: string;
  readonly type: string;
  readonly value: string | boolean | number | readonly string[];
  readonly label?: LocalizedText | undefined;
  readonly description: LocalizedText;
  readonly marker: Marker;
  readonly question?: string | undefined;
}

/** Filters of the criteria and parameter lists. */
export interface ListFilter {
  /** Only this award (criteria). */
  readonly award?: string | undefined;
  /** Only this regime. */
  readonly regime?: string | undefined;
}

function checkFilter(book: RuleBook, filter: ListFilter): Result<true> {
  const issues = [];
  if (filter.award !== undefined && !book.awards.some((a) => a.id === filter.award)) {
    issues.push(makeIssue('unknown_award', ['options', 'award'], { award: filter.award, ...suggest(filter.award, book.awards.map((a) => a.id)) }));
  }
  if (filter.regime !== undefined && !book.regimes.some((r) => r.id === filter.regime)) {
    issues.push(makeIssue('unknown_regime', ['options', 'regime'], { regime: filter.regime, ...suggest(filter.regime, book.regimes.map((r) => r.id)) }));
  }
  return issues.length ? fail(issues) : ok(true);
}

/**
 * The awards of a rule book's catalogue, in catalogue order, with the enabled regimes that have
 * criteria for each.
 * @param book the rule book.
 * @returns the awards.
 */
export function listAwards(book: RuleBook): AwardEntry[] {
  assertArg(isRuleBook(book), 'book (a rule book from loadRuleBook)');
  return book.awards.map((a) => ({
    id: a.id,
    title: a.title,
    category: a.category,
    subjects: a.subjects,
    level: a.level,
    regimes: book.regimes.filter((r) => r.enabled && r.rules.some((x) => x.awardId === a.id)).map((r) => r.id),
  }));
}

/**
 * The regimes of a rule book with their periods.
 * @param book the rule book.
 * @returns the regimes.
 */
export function listRegimes(book: RuleBook): RegimeEntry[] {
  assertArg(isRuleBook(book), 'book (a rule book from loadRuleBook)');
  return book.regimes.map((r) => ({ id: r.id, title: r.title, from: r.effective.from, ...(r.effective.to ? { to: r.effective.to } : {}), enabled: r.enabled, marker: r.marker }));
}

/**
 * The provinces of a provinces file (rules/provinces.json), each with whether an overlay exists.
 * @param provinces the parsed provinces file.
 * @param overlayKeys keys that have an overlay (e.g. `provinceOverlayKeys()`).
 * @returns the provinces, in file order.
 */
export function listProvinces(provinces: unknown, overlayKeys: readonly string[]): ProvinceEntry[] {
  const raw = isObject(provinces) ? provinces['provinces'] : undefined;
  assertArg(Array.isArray(raw) && raw.every((p) => isObject(p) && typeof p['key'] === 'string' && isObject(p['name'])), 'provinces (the provinces file: { provinces: [{ key, name }] })');
  assertArg(Array.isArray(overlayKeys) && overlayKeys.every((k) => typeof k === 'string'), 'overlayKeys (a list of province keys)');
  const list = raw as { key: string; name: LocalizedText }[];
  const has = new Set(overlayKeys);
  return list.map((p) => ({ key: p.key, name: p.name, hasOverlay: has.has(p.key) }));
}

function nodes(n: ConditionNode, out: ConditionNode[]): ConditionNode[] {
  out.push(n);
  if (n.type === 'group') for (const c of n.children) nodes(c, out);
  return out;
}

/**
 * Every condition node an overlay can target, as `<rule-id>#<node-name>`, with its label, fact,
 * criterion id and citation; optionally for one award and/or one regime.
 * @param book the rule book.
 * @param filter award and regime.
 * @returns the nodes, or `unknown_award` / `unknown_regime` (with the valid ids when none is close).
 */
export function listCriteria(book: RuleBook, filter: ListFilter = {}): Result<CriterionEntry[]> {
  if (!isRuleBook(book)) return fail(bookIssues(book));
  const badOptions = checkOptions('listCriteria', filter, true, ['filter']);
  if (badOptions) return badOptions;
  if (!isObject(filter) || (filter.award !== undefined && typeof filter.award !== 'string') || (filter.regime !== undefined && typeof filter.regime !== 'string')) return fail([makeIssue('invalid_option', ['filter'], { option: 'filter', expected: 'list-filter' })]);
  const checked = checkFilter(book, filter);
  if (!checked.ok) return checked;
  const out: CriterionEntry[] = [];
  for (const r of book.regimes) {
    if (filter.regime !== undefined && r.id !== filter.regime) continue;
    for (const rule of r.rules) {
      if (filter.award !== undefined && rule.awardId !== filter.award) continue;
      for (const n of nodes(rule.root, [])) {
        out.push({
          nodeId: `${rule.id}#${n.name}`,
          regime: r.id,
          ruleId: rule.id,
          ...(rule.awardId ? { awardId: rule.awardId } : {}),
          kind: n.type,
          ...(n.criterion ? { criterion: n.criterion } : {}),
          ...(n.label ? { label: n.label } : {}),
          ...(n.type === 'leaf' ? { fact: n.fact } : {}),
          citation: n.citation,
          marker: n.marker,
        });
      }
    }
  }
  return ok(out);
}

/**
 * The parameters of every regime (or one), with their short labels and current values.
 * @param book the rule book.
 * @param filter regime.
 * @returns the parameters, or `unknown_regime`.
 */
export function listParameters(book: RuleBook, filter: Pick<ListFilter, 'regime'> = {}): Result<ParameterEntry[]> {
  if (!isRuleBook(book)) return fail(bookIssues(book));
  const badOptions = checkOptions('listParameters', filter, true, ['filter']);
  if (badOptions) return badOptions;
  if (!isObject(filter) || (filter.regime !== undefined && typeof filter.regime !== 'string')) return fail([makeIssue('invalid_option', ['filter'], { option: 'filter', expected: 'regime-filter' })]);
  const checked = checkFilter(book, { regime: filter.regime });
  if (!checked.ok) return checked;
  const out: ParameterEntry[] = [];
  for (const r of book.regimes) {
    if (filter.regime !== undefined && r.id !== filter.regime) continue;
    for (const p of r.parameters) {
      out.push({
        id: p.id,
        regime: r.id,
        type: p.type,
        value: p.value,
        ...(p.label ? { label: p.label } : {}),
        description: p.description,
        marker: p.marker,
        ...(p.question ? { question: p.question } : {}),
      });
    }
  }
  return ok(out);
}

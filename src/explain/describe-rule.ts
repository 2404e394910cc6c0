import { assertArg, isObject } from '../_internal/args.js';
import { localeOf, type LangOption } from './locales/index.js';
import { FACTS_BY_ID } from '../facts/catalog.js';
import type { Locale } from './locales/locale.js';
import { describeProvenance } from './locales/provenance.js';
import type { ConditionNode, RuleDef } from '../model/rule-book.js';
import type { LeafFinding } from '../model/outcome.js';
import { isBooleanCheck, leafLabel, leafMeta } from './render-explanation.js';
import { assertOptions } from '../_internal/options.js';

/** One criterion of a rule, worded as in {@link renderExplanation} but without a subject's facts. */
export interface CriterionLine {
  /** The overlay target of the node, `<rule-id>#<name>`. */
  readonly target: string;
  readonly name: string;
  readonly kind: 'group' | 'leaf';
  /** Depth below the root (the root's children are at 0). */
  readonly depth: number;
  /** "label: required …" for a leaf, the label or "all of"/"any of"/"none of" for a group. */
  readonly text: string;
  /** The citation in words, e.g. "khoản 1 Điều 24 Luật 06/2022/QH15". */
  readonly citation: string;
  /** The other bracketed notes of the explanation: criterion id, marker, parameters, provenance. */
  readonly notes: readonly string[];
  readonly statutory: boolean;
}

/** A rule described for reading: its heading and its criteria. */
export interface RuleDescription {
  readonly id: string;
  readonly title: string;
  readonly citation: string;
  readonly marker: RuleDef['marker'];
  readonly lines: readonly CriterionLine[];
}

function groupHead(L: Locale, n: Extract<ConditionNode, { type: 'group' }>): string {
  return n.op === 'any' ? L.words.anyOf : n.op === 'not' ? L.words.noneOf : L.words.allOf;
}

function line(L: Locale, rule: RuleDef, n: ConditionNode, depth: number): CriterionLine {
  const base = { target: `${rule.id}#${n.name}`, name: n.name, depth, citation: L.citation(n.citation), statutory: n.statutory };
  if (n.type === 'leaf') {
    // the same words as the explanation (docs/wording.md): a yes/no criterion is its label alone
    const factLabel = FACTS_BY_ID.get(n.fact)?.label ?? { vi: n.fact, en: n.fact };
    const f = { ...n, expected: n.value, factLabel } as unknown as LeafFinding;
    const label = leafLabel(L, f);
    const notes = leafMeta(L, f).split('; ').slice(1);
    return { ...base, kind: 'leaf', text: isBooleanCheck(f) ? label : `${label}: ${L.words.required} ${L.operator(n.operator, L.value(n.value))}`, notes };
  }
  const head = groupHead(L, n);
  const label = n.label ? n.label[L.textKey] : head;
  const suffix = n.label && n.label[L.textKey].toLowerCase() !== head.toLowerCase() ? ` (${head.toLowerCase()})` : '';
  const notes: string[] = [];
  if (n.criterion) notes.push(n.criterion);
  if (n.marker !== 'CONFIRMED') notes.push(L.wording.marker(n.marker));
  if (n.provenance) notes.push(describeProvenance(L, n.provenance));
  return { ...base, kind: 'group', text: `${label}${suffix}`, notes };
}

/**
 * Describe a rule's criteria for reading (e.g. a page that shows the rule book before any subject
 * is evaluated), with the same words as {@link renderExplanation}: the label, "required …" with
 * the operator and value, the citation, the criterion id, the marker, the parameters and the
 * provenance of an overlay's change.
 * @param rule a rule of a loaded rule book.
 * @param options language (Vietnamese by default).
 * @returns the heading and one line per condition below the root, depth first.
 */
export function describeRule(rule: RuleDef, options: { readonly lang?: LangOption | undefined } = {}): RuleDescription {
  assertArg(isObject(rule) && typeof rule.id === 'string' && isObject(rule.root) && isObject(rule.title) && isObject(rule.citation), 'rule (a rule of a loaded rule book)');
  assertOptions('describeRule', options, true);
  const L = localeOf(options.lang);
  const lines: CriterionLine[] = [];
  const go = (n: ConditionNode, depth: number): void => {
    lines.push(line(L, rule, n, depth));
    if (n.type === 'group') for (const c of n.children) go(c, depth + 1);
  };
  if (rule.root.type === 'group') for (const c of rule.root.children) go(c, 0);
  else go(rule.root, 0);
  return { id: rule.id, title: rule.title[L.textKey], citation: L.citation(rule.citation), marker: rule.marker, lines };
}

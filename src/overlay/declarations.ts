import { compareCodeUnits } from '../_internal/canonical-json.js';
import { closest } from '../_internal/closest.js';
import { FACTS_BY_ID } from '../facts/frozen-facts.js';
import { DECLARED_FACT_IDS, isDeclaredCarrier } from '../facts/declared.js';
import type { DeclaredFactDef, ParameterDef, Provenance, RuleBook } from '../model/rule-book.js';
import { makeIssue, type Issue, type IssuePath } from '../model/issue.js';
import { parameterValueFits } from '../rule-book/load-rule-book.js';
import type { OverlayOperation } from '../schema/overlay-file.js';
import { overlaySource, type ResolvedOverlay } from './provenance.js';

/**
 * Check the facts and parameters an overlay declares (docs/real-regulations.md): enum facts list
 * their values, other types have none; ids are new (not in the national fact catalogue, not
 * declared by an overlay already applied, not an existing parameter of the overlay's regimes);
 * parameter values fit their type.
 * @internal
 */
export function checkDeclarations(book: RuleBook, o: ResolvedOverlay, file: string): Issue[] {
  const issues: Issue[] = [];
  const prior = new Set((book.overlays ?? []).flatMap((x) => (x.facts ?? []).map((f) => f.id)));
  const seen = new Map<string, number>();
  (o.facts ?? []).forEach((f, i) => {
    const at: IssuePath = [file, 'facts', i];
    if (seen.has(f.id)) issues.push(makeIssue('duplicate_id', [...at, 'id'], { id: f.id, other: `facts[${seen.get(f.id)!}]` }));
    else seen.set(f.id, i);
    if (FACTS_BY_ID.has(f.id) || prior.has(f.id)) issues.push(makeIssue('overlay_declaration_conflict', [...at, 'id'], { kind: 'fact', id: f.id }));
    if (f.type === 'enum' && f.enumValues === undefined) issues.push(makeIssue('overlay_declaration_invalid', [...at, 'type'], { reason: 'enum-values-required', id: f.id }));
    if (f.type !== 'enum' && f.enumValues !== undefined) issues.push(makeIssue('overlay_declaration_invalid', [...at, 'enumValues'], { reason: 'enum-values-unexpected', id: f.id, type: f.type }));
  });
  const seenP = new Map<string, number>();
  (o.parameters ?? []).forEach((p, i) => {
    const at: IssuePath = [file, 'parameters', i];
    if (seenP.has(p.id)) issues.push(makeIssue('duplicate_id', [...at, 'id'], { id: p.id, other: `parameters[${seenP.get(p.id)!}]` }));
    else seenP.set(p.id, i);
    for (const regimeId of o.appliesTo.regimes) {
      const regime = book.regimes.find((r) => r.id === regimeId);
      if (regime?.parameters.some((x) => x.id === p.id)) issues.push(makeIssue('overlay_declaration_conflict', [...at, 'id'], { kind: 'parameter', id: p.id, regime: regimeId }));
    }
    if (!parameterValueFits(p.type, p.value)) issues.push(makeIssue('overlay_declaration_invalid', [...at, 'value'], { reason: 'parameter-value', id: p.id, type: p.type }));
  });
  const known = new Set([...o.operations.map((x) => x.id), ...(o.facts ?? []).map((f) => f.id), ...(o.parameters ?? []).map((p) => p.id)]);
  (o.sources ?? []).forEach((src, i) => {
    src.operations.forEach((id, j) => {
      if (!known.has(id)) issues.push(makeIssue('invalid_value', [file, 'sources', i, 'operations', j], { received: id, expected: 'one-of', values: [...known].sort(compareCodeUnits).slice(0, 20) }));
    });
  });
  return issues;
}

/** The parameters an overlay declares, with provenance, ready to add to each of its regimes. @internal */
export function declaredParameters(o: ResolvedOverlay): ParameterDef[] {
  return (o.parameters ?? []).map((p) => {
    const provenance: Provenance = {
      source: overlaySource(o),
      ...(o.province !== undefined ? { province: o.province } : {}),
      ...(o.agency !== undefined ? { agency: o.agency } : {}),
      ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}),
      decision: { number: o.decision.number, date: o.decision.date, signer: o.decision.signer },
      operationId: `parameters:${p.id}`,
      op: 'add',
      basis: p.citation ?? o.basis,
      ...(o.illustrative ? { illustrative: true } : {}),
    };
    return {
      id: p.id,
      type: p.type,
      value: Array.isArray(p.value) ? [...p.value] : p.value,
      ...(p.label ? { label: p.label } : {}),
      description: p.description,
      marker: p.marker,
      ...(p.question ? { question: p.question } : {}),
      citation: p.citation ?? o.basis,
      ...(p.sources ? { sources: [...p.sources] } : {}),
      provenance,
    } as ParameterDef;
  });
}

/** The facts an overlay declares, as recorded on the applied overlay (sorted by id). @internal */
export function declaredFacts(o: ResolvedOverlay): DeclaredFactDef[] {
  return [...(o.facts ?? [])]
    .sort((a, b) => compareCodeUnits(a.id, b.id))
    .map((f) => ({ id: f.id, type: f.type, ...(f.enumValues ? { enumValues: [...f.enumValues] } : {}), label: f.label, subjects: [...f.subjects], perYear: f.perYear }));
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Rewrite the conditions (and a rule's `facts` list) of an add/replace operation: a leaf naming a
 * fact the overlay declares reads the carrier fact of its type, with params `{ id, perYear, labelVi, labelEn }`
 * and the declared label unless it has its own. Carriers named directly, params on a declared fact
 * and enum values outside the declaration are issues. The operation is not mutated.
 * @internal
 */
export function rewriteDeclaredFacts(op: OverlayOperation, declared: ReadonlyMap<string, DeclaredFactDef>, at: IssuePath, issues: Issue[]): OverlayOperation {
  if (op.op !== 'add' && op.op !== 'replace') return op;
  const leaf = (raw: Record<string, unknown>, path: IssuePath): Record<string, unknown> => {
    const fact = raw['fact'] as string;
    if (isDeclaredCarrier(fact)) {
      issues.push(makeIssue('overlay_declaration_invalid', [...path, 'fact'], { reason: 'carrier', id: fact }));
      return raw;
    }
    const d = declared.get(fact);
    if (!d) {
      // a typo of a declared fact: suggest among the declared facts too (the loader would only know the catalogue)
      if (!FACTS_BY_ID.has(fact)) issues.push(makeIssue('unknown_fact', [...path, 'fact'], { fact, suggestions: closest(fact, [...declared.keys(), ...FACTS_BY_ID.keys()]) }));
      return raw;
    }
    if (raw['params'] !== undefined) issues.push(makeIssue('overlay_declaration_invalid', [...path, 'params'], { reason: 'fact-params', id: fact }));
    if (d.type === 'enum') {
      const v = raw['value'];
      const values = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
      values.forEach((x) => {
        if (typeof x === 'string' && !d.enumValues!.includes(x)) {
          issues.push(makeIssue('overlay_declaration_invalid', [...path, 'value'], { reason: 'enum-value', id: fact, received: x, expected: [...d.enumValues!] }));
        }
      });
    }
    return { ...raw, fact: DECLARED_FACT_IDS[d.type], params: { id: d.id, perYear: d.perYear, labelVi: d.label.vi, labelEn: d.label.en }, ...(raw['label'] === undefined ? { label: { vi: d.label.vi, en: d.label.en } } : {}) };
  };
  const walk = (raw: unknown, path: IssuePath): unknown => {
    if (Array.isArray(raw)) return raw.map((x, i) => walk(x, [...path, i]));
    if (!isObj(raw)) return raw;
    if (typeof raw['fact'] === 'string') return leaf(raw, path);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(raw)) out[k] = k === 'all' || k === 'any' || k === 'not' ? walk(raw[k], [...path, k]) : raw[k];
    return out;
  };
  const next: Record<string, unknown> = { ...op };
  if (op.condition !== undefined) next['condition'] = walk(op.condition, [...at, 'condition']);
  if (isObj(op.rule)) {
    const rule: Record<string, unknown> = { ...op.rule };
    if (rule['conditions'] !== undefined) rule['conditions'] = walk(rule['conditions'], [...at, 'rule', 'conditions']);
    if (Array.isArray(rule['facts'])) {
      const facts = (rule['facts'] as unknown[]).map((f) => (typeof f === 'string' && declared.has(f) ? DECLARED_FACT_IDS[declared.get(f)!.type] : f));
      rule['facts'] = [...new Set(facts)];
    }
    next['rule'] = rule;
  }
  return next as OverlayOperation;
}

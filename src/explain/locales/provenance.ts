import { FACTS_BY_ID } from '../../facts/frozen-facts.js';
import type { Provenance } from '../../model/rule-book.js';
import { PARAMETER_LABELS } from './_catalog.js';
import { assertArg, isObject } from '../../_internal/args.js';
import { qCmp, qFrom } from '../../_internal/rational.js';
import { isLangOption, localeOf, type LangOption } from './index.js';
import { localText, type Locale } from './locale.js';
import type { ProvenanceParam } from './provenance-words.js';

const num = (v: unknown): string | undefined => (typeof v === 'number' ? String(v) : typeof v === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(v) ? v : undefined);

/** A value in words: enum values translated, decimals with the locale's separator. */
function show(v: unknown, L: Locale): string {
  if (typeof v === 'boolean' || typeof v === 'string' || Array.isArray(v)) return L.value(v as string | boolean | readonly string[]);
  if (typeof v === 'number') return L.formatDecimal(String(v));
  return String(v);
}

/** Direction of a change: a narrower enum list or a larger number tightens ("nâng"), else loosens or changes. */
function direction(from: unknown, to: unknown): 'up' | 'down' | 'change' {
  const a = qFrom(num(from));
  const b = qFrom(num(to));
  if (a !== undefined && b !== undefined) {
    const c = qCmp(b, a); // exact: "0.8000000000000000000001" is above "0.8"
    return c > 0 ? 'up' : c < 0 ? 'down' : 'change';
  }
  if (Array.isArray(from) && Array.isArray(to)) {
    const f = new Set(from as unknown[]);
    const t = new Set(to as unknown[]);
    if (t.size < f.size && [...t].every((x) => f.has(x))) return 'up';
    if (t.size > f.size && [...f].every((x) => t.has(x))) return 'down';
  }
  return 'change';
}

/**
 * Words for a node's provenance, e.g. "Ủy ban nhân dân tỉnh Lào Cai bổ sung điều kiện này, theo Quyết
 * định 14/2024/QĐ-UBND" / "Lào Cai Provincial People's Committee added this condition, by Decision
 * 14/2024/QĐ-UBND", or for a changed threshold "… nâng yêu cầu từ 1 lên 2 sáng kiến, theo Quyết định
 * …" / "… raised the requirement from 1 to 2 initiatives, by Decision …"; an illustrative overlay's
 * decision ends in "(minh họa)" / "(illustrative)".
 * Enum values are translated ("hoàn thành tốt nhiệm vụ hoặc hoàn thành xuất sắc nhiệm vụ").
 * @param lang language.
 * @param p the provenance.
 * @param fact the fact of the leaf, for the unit word.
 * @returns the phrase.
 */
export function describeProvenance(lang: LangOption, p: Provenance, fact?: string): string {
  assertArg(isLangOption(lang) && lang !== undefined && isObject(p) && isObject(p.decision) && (fact === undefined || typeof fact === 'string'), 'describeProvenance(lang "vi"/"en" or a Locale, a provenance, fact?)');
  const L = localeOf(lang);
  const w = L.provenance;
  const doc = p.decision.number;
  const who = localText(L, p.decision.signer);
  const by = w.by(`${L.instrumentKind(doc)} ${doc}`, p.illustrative === true);
  const dg = p.delegation;
  const deleg = !dg ? '' : w.delegation(dg, L.instrumentKind(dg.document));
  if (p.op === 'add') return w.add(who, by, deleg);
  if (p.op === 'remove') return w.remove(who, by);
  if (p.op === 'replace') {
    if (deleg) return w.addAlternative(who, by, deleg);
    if (p.implies) return w.replaceStricter(who, by);
    return w.replace(who, by);
  }
  const c = p.changed;
  if (!c) return w.change(who, by);
  const d = direction(c.from, c.to);
  const quote = (v: unknown): string => (num(v) !== undefined ? show(v, L) : L.quote(show(v, L)));
  const from = quote(c.from);
  const to = quote(c.to);
  let what: string;
  if (c.field.startsWith('param:')) {
    const id = c.field.slice('param:'.length);
    const label = PARAMETER_LABELS.get(id);
    what = w.parameter(id, label && localText(L, label));
  } else if (c.field.startsWith('params.')) {
    const name = c.field.slice('params.'.length);
    what = Object.prototype.hasOwnProperty.call(w.param, name) ? w.param[name as ProvenanceParam] : w.otherParam(name);
  } else {
    what = w.requirement;
  }
  const unitKey = fact === undefined ? undefined : FACTS_BY_ID.get(fact)?.wording?.unit;
  const unit = c.field === 'value' && unitKey && num(c.to) !== undefined ? ` ${w.unit[unitKey]}` : '';
  return w.changed(who, d, what, from, to, unit, by);
}

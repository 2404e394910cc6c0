import type { FactUnitWording } from '../../facts/fact-def.js';
import { FACTS_BY_ID } from '../../facts/frozen-facts.js';
import type { Provenance } from '../../model/rule-book.js';
import { PARAMETER_LABELS } from './_catalog.js';
import { instrumentKindEn, instrumentKindVi } from './_citation.js';
import { assertArg, isObject } from '../../_internal/args.js';
import { qCmp, qFrom } from '../../_internal/rational.js';
import { isLang, localeOf, type Lang } from './index.js';

/** The words of each fact unit wording key (src/facts/fact-def.ts). */
const UNIT: Readonly<Record<FactUnitWording, { vi: string; en: string }>> = {
  initiatives: { vi: 'sáng kiến', en: 'initiatives' },
  years: { vi: 'năm', en: 'years' },
  times: { vi: 'lần', en: 'times' },
};

/** Fact params an overlay may change, in words. */
const PARAM_WORDS: Record<string, { vi: string; en: string }> = {
  years: { vi: 'số năm tính', en: 'the number of years counted' },
  minScope: { vi: 'phạm vi công nhận tối thiểu', en: 'the minimum scope of recognition' },
  kinds: { vi: 'loại thành tích được tính', en: 'the kinds counted' },
  awardIds: { vi: 'danh hiệu được tính', en: 'the awards counted' },
  ratings: { vi: 'mức xếp loại được tính', en: 'the ratings counted' },
};

const num = (v: unknown): string | undefined => (typeof v === 'number' ? String(v) : typeof v === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(v) ? v : undefined);

/** A value in words: enum values translated, decimals with the locale's separator. */
function show(v: unknown, lang: Lang): string {
  const L = localeOf(lang);
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
export function describeProvenance(lang: Lang, p: Provenance, fact?: string): string {
  assertArg(isLang(lang) && lang !== undefined && isObject(p) && isObject(p.decision) && (fact === undefined || typeof fact === 'string'), 'describeProvenance(lang "vi"/"en", a provenance, fact?)');
  const doc = p.decision.number;
  const who = p.decision.signer[lang];
  const by =
    lang === 'vi'
      ? `theo ${instrumentKindVi(doc)} ${doc}${p.illustrative ? ' (minh họa)' : ''}`
      : `by ${instrumentKindEn(doc)} ${doc}${p.illustrative ? ' (illustrative)' : ''}`;
  const dg = p.delegation;
  const deleg = !dg
    ? ''
    : lang === 'vi'
      ? ` (nội dung được giao quy định chi tiết tại ${dg.point ? `điểm ${dg.point} ` : ''}${dg.clause ? `khoản ${dg.clause} ` : ''}Điều ${dg.article} ${instrumentKindVi(dg.document)} ${dg.document})`
      : ` (a clause delegated by ${instrumentKindEn(dg.document)} ${dg.document} Art. ${dg.article}${dg.clause ? `.${dg.clause}` : ''}${dg.point ? `(${dg.point})` : ''})`;
  if (p.op === 'add') return lang === 'vi' ? `${who} bổ sung điều kiện này, ${by}${deleg}` : `${who} added this condition, ${by}${deleg}`;
  if (p.op === 'remove') return lang === 'vi' ? `${who} bỏ bớt trường hợp của điều kiện này, ${by}` : `${who} removed an alternative of this condition, ${by}`;
  if (p.op === 'replace') {
    if (deleg) return lang === 'vi' ? `${who} bổ sung trường hợp cho điều kiện này, ${by}${deleg}` : `${who} added an alternative to this condition, ${by}${deleg}`;
    if (p.implies) return lang === 'vi' ? `${who} thay thế điều kiện này bằng điều kiện chặt hơn, ${by}` : `${who} replaced this condition by a stricter one, ${by}`;
    return lang === 'vi' ? `${who} thay thế điều kiện này, ${by}` : `${who} replaced this condition, ${by}`;
  }
  const c = p.changed;
  if (!c) return lang === 'vi' ? `${who} điều chỉnh điều kiện này, ${by}` : `${who} changed this condition, ${by}`;
  const d = direction(c.from, c.to);
  const quote = (v: unknown): string => (num(v) !== undefined ? show(v, lang) : lang === 'vi' ? `«${show(v, lang)}»` : `"${show(v, lang)}"`);
  const from = quote(c.from);
  const to = quote(c.to);
  let what: string;
  if (c.field.startsWith('param:')) {
    const id = c.field.slice('param:'.length);
    const label = PARAMETER_LABELS.get(id)?.[lang];
    what = lang === 'vi' ? `tham số «${label ?? 'của bộ quy tắc'}»` : `parameter ${id}${label ? ` ("${label}")` : ''}`;
  } else if (c.field.startsWith('params.')) {
    const name = c.field.slice('params.'.length);
    what = PARAM_WORDS[name]?.[lang] ?? (lang === 'vi' ? 'cách tính của điều kiện' : `how the condition is counted (${name})`);
  } else {
    what = lang === 'vi' ? 'yêu cầu' : 'the requirement';
  }
  const unitKey = fact === undefined ? undefined : FACTS_BY_ID.get(fact)?.wording?.unit;
  const unit = c.field === 'value' && unitKey && num(c.to) !== undefined ? ` ${UNIT[unitKey][lang]}` : '';
  if (lang === 'vi') {
    const verb = d === 'up' ? 'nâng' : d === 'down' ? 'hạ' : 'đổi';
    const prep = d === 'up' ? 'lên' : d === 'down' ? 'xuống' : 'thành';
    return `${who} ${verb} ${what} từ ${from} ${prep} ${to}${unit}, ${by}`;
  }
  const verb = d === 'up' ? 'raised' : d === 'down' ? 'lowered' : 'changed';
  return `${who} ${verb} ${what} from ${from} to ${to}${unit}, ${by}`;
}

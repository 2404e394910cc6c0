import type { Provenance } from '../model/rule-book.js';
import { instrumentKindEn, instrumentKindVi } from './_citation.js';
import { assertArg, isLang, isObject } from '../_internal/args.js';

const UNIT: Record<string, { vi: string; en: string }> = {
  initiativeCount: { vi: 'sáng kiến', en: 'initiatives' },
  consecutiveAwardYears: { vi: 'năm', en: 'years' },
  consecutiveRatingYears: { vi: 'năm', en: 'years' },
  awardCountInWindow: { vi: 'lần', en: 'times' },
};

const num = (v: unknown): string | undefined => (typeof v === 'number' ? String(v) : typeof v === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(v) ? v : undefined);
const show = (v: unknown, lang: 'vi' | 'en'): string => {
  if (Array.isArray(v)) return `[${v.join(', ')}]`;
  const n = num(v);
  if (n !== undefined) return lang === 'vi' ? n.replace('.', ',') : n;
  return String(v);
};

/**
 * Words for a node's provenance, e.g. "ngưỡng nâng từ 1 lên 2 sáng kiến theo Quyết định … của Ủy
 * ban nhân dân thành phố Hải Phòng" / "threshold raised from 1 to 2 initiatives by Decision … of
 * Hải Phòng City People's Committee".
 * @param lang language.
 * @param p the provenance.
 * @param fact the fact of the leaf, for the unit word.
 * @returns the phrase.
 */
export function describeProvenance(lang: 'vi' | 'en', p: Provenance, fact?: string): string {
  assertArg(isLang(lang) && lang !== undefined && isObject(p) && isObject(p.decision) && (fact === undefined || typeof fact === 'string'), 'describeProvenance(lang "vi"/"en", a provenance, fact?)');
  const doc = p.decision.number;
  const by =
    lang === 'vi'
      ? `theo ${instrumentKindVi(doc)} ${doc} của ${p.decision.signer.vi}${p.illustrative ? ' (minh họa)' : ''}`
      : `by ${instrumentKindEn(doc)} ${doc} of ${p.decision.signer.en}${p.illustrative ? ' (illustrative)' : ''}`;
  const unit = fact && UNIT[fact] ? ` ${UNIT[fact][lang]}` : '';
  if (p.op === 'add') return lang === 'vi' ? `điều kiện bổ sung ${by}` : `condition added ${by}`;
  if (p.op === 'replace') return lang === 'vi' ? `điều kiện thay thế ${by}` : `condition replaced ${by}`;
  const c = p.changed;
  if (!c) return lang === 'vi' ? `điều chỉnh ${by}` : `changed ${by}`;
  const a = num(c.from);
  const b = num(c.to);
  if (a !== undefined && b !== undefined && c.field !== 'value' && c.field.startsWith('params.')) {
    const name = c.field.slice('params.'.length);
    return lang === 'vi' ? `tham số ${name} đổi từ ${show(a, lang)} thành ${show(b, lang)} ${by}` : `${name} changed from ${a} to ${b} ${by}`;
  }
  if (a !== undefined && b !== undefined) {
    const up = Number(b) > Number(a);
    return lang === 'vi'
      ? `ngưỡng ${up ? 'nâng' : 'hạ'} từ ${show(a, lang)} ${up ? 'lên' : 'xuống'} ${show(b, lang)}${unit} ${by}`
      : `threshold ${up ? 'raised' : 'lowered'} from ${a} to ${b}${unit} ${by}`;
  }
  return lang === 'vi' ? `giá trị đổi từ ${show(c.from, lang)} thành ${show(c.to, lang)} ${by}` : `value changed from ${show(c.from, lang)} to ${show(c.to, lang)} ${by}`;
}

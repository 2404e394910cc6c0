import { describeProvenance } from './locales/provenance.js';
import type { RuleBookDiff } from '../overlay/diff-rule-books.js';
import { assertArg, isObject } from '../_internal/args.js';
import { localeOf, type Lang } from './locales/index.js';
import { safeLines } from './_sanitize.js';
import { assertOptions } from '../_internal/options.js';

const W = {
  vi: { added: 'thêm', removed: 'bỏ', changed: 'sửa', award: 'danh hiệu/hình thức', parameter: 'tham số', rule: 'quy tắc', condition: 'điều kiện', none: 'Không có thay đổi.', from: 'Từ', to: 'Đến', overlay: 'Văn bản áp dụng' },
  en: { added: 'added', removed: 'removed', changed: 'changed', award: 'award', parameter: 'parameter', rule: 'rule', condition: 'condition', none: 'No changes.', from: 'From', to: 'To', overlay: 'Overlay' },
} as const;

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

const FIELD_WORDS: Record<string, { vi: string; en: string }> = {
  label: { vi: 'nhãn', en: 'label' },
  title: { vi: 'tên', en: 'title' },
  effective: { vi: 'hiệu lực', en: 'effective' },
  value: { vi: 'giá trị', en: 'value' },
  facts: { vi: 'dữ kiện', en: 'facts' },
  params: { vi: 'tham số của dữ kiện', en: 'params' },
};

const isLocalized = (v: unknown): v is { vi: string; en: string } => typeof v === 'object' && v !== null && typeof (v as { vi?: unknown }).vi === 'string' && typeof (v as { en?: unknown }).en === 'string';
const dmy = (iso: string): string => iso.split('-').reverse().join('/');

/** One changed field in words: labels in the language, periods as dates, enum values translated. */
function fieldText(lang: Lang, field: string, before: unknown, after: unknown, kind?: string): string {
  const L = localeOf(lang);
  const d = L.wording.diffWords;
  const name = FIELD_WORDS[field]?.[lang] ?? d.fields[field] ?? field;
  const one = (v: unknown): string => {
    if (isLocalized(v)) return lang === 'vi' ? `«${v.vi}»` : `"${v.en}"`;
    if (field === 'years' && typeof v === 'object' && v !== null) return d.years((v as { from?: number }).from, (v as { to?: number }).to);
    if (field === 'mode' && (v === 'cap' || v === 'report-only')) return d.mode[v];
    if (kind === 'sheet' && field === 'kind' && (v === 'adjustment' || v === 'disqualifier')) return d.sheetKind[v];
    if (field === 'effective' && typeof v === 'object' && v !== null) {
      const e = v as { from?: string; to?: string };
      const from = e.from ? (lang === 'vi' ? `từ ${dmy(e.from)}` : `from ${e.from}`) : '';
      const to = e.to ? (lang === 'vi' ? ` đến ${dmy(e.to)}` : ` to ${e.to}`) : '';
      return `${from}${to}`;
    }
    if (field === 'value' && (typeof v === 'string' || typeof v === 'boolean' || Array.isArray(v))) return L.value(v as string | boolean | readonly string[]);
    return show(v);
  };
  return kind === 'sheet' && before === null ? `${name}: ${one(after)}` : `${name}: ${one(before)} → ${one(after)}`;
}

/**
 * Render a rule-book diff as readable text, one line per change (`+` added, `-` removed, `~` changed).
 * @param diff a diff from {@link diffRuleBooks}.
 * @param options language (Vietnamese by default).
 * @returns the text.
 */
export function renderDiff(diff: RuleBookDiff, options: { readonly lang?: Lang | undefined } = {}): string {
  assertArg(isObject(diff) && isObject(diff.from) && isObject(diff.to) && Array.isArray(diff.changes), 'diff must come from diffRuleBooks');
  assertOptions('lang', options, true);
  const lang = options.lang ?? 'vi';
  const w = W[lang];
  const out = [`${w.from}: ${diff.from.id} ${diff.from.version} · sha256 ${diff.from.hash.slice(0, 16)}…`, `${w.to}: ${diff.to.id} ${diff.to.version} · sha256 ${diff.to.hash.slice(0, 16)}…`];
  for (const o of diff.to.overlays) out.push(`${w.overlay}: ${o.source} · ${o.decision.number} (${o.decision.date}) · ${o.decision.signer[lang]}${o.illustrative ? (lang === 'vi' ? ' · MINH HỌA' : ' · ILLUSTRATIVE') : ''}`);
  out.push('');
  if (!diff.changes.length) out.push(w.none);
  for (const c of diff.changes) {
    const mark = c.change === 'added' ? '+' : c.change === 'removed' ? '-' : '~';
    const kindWord = c.kind === 'quota' || c.kind === 'sheet' ? localeOf(lang).wording.diffWords[c.kind] : w[c.kind];
    const head = `${mark} ${kindWord} ${c.address}${c.regime ? ` [${c.regime}]` : ''} (${w[c.change]})`;
    const fields = (c.fields ?? []).map((f) => fieldText(lang, f.field, f.before, f.after, c.kind)).join('; ');
    const why = c.provenance ? ` — ${describeProvenance(lang, c.provenance)}` : '';
    out.push(`${head}${fields ? `: ${fields}` : ''}${why}`);
  }
  return safeLines(`${out.join('\n')}\n`);
}

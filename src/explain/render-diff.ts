import { describeProvenance } from './locales/provenance.js';
import type { RuleBookDiff } from '../overlay/diff-rule-books.js';
import { assertArg, isObject } from '../_internal/args.js';
import { localeOf, type LangOption } from './locales/index.js';
import { localText, type Locale } from './locales/locale.js';
import type { LocalizedText } from '../model/rule-book.js';
import { safeLines } from './_sanitize.js';
import { assertOptions } from '../_internal/options.js';

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

const isLocalized = (v: unknown): v is LocalizedText => typeof v === 'object' && v !== null && typeof (v as { vi?: unknown }).vi === 'string' && typeof (v as { en?: unknown }).en === 'string';
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** One changed field in words: labels in the language, periods as dates, enum values translated. */
function fieldText(L: Locale, field: string, before: unknown, after: unknown, kind?: string): string {
  const d = L.wording.diffWords;
  const name = own(d.field, field) ? d.field[field as keyof typeof d.field] : (d.fields[field] ?? field);
  const one = (v: unknown): string => {
    if (isLocalized(v)) return L.quote(localText(L, v));
    if (field === 'years' && typeof v === 'object' && v !== null) return d.years((v as { from?: number }).from, (v as { to?: number }).to);
    if (field === 'mode' && (v === 'cap' || v === 'report-only')) return d.mode[v];
    if (kind === 'sheet' && field === 'kind' && (v === 'adjustment' || v === 'disqualifier')) return d.sheetKind[v];
    if (field === 'effective' && typeof v === 'object' && v !== null) {
      const e = v as { from?: string; to?: string };
      return d.effective(e.from, e.to);
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
export function renderDiff(diff: RuleBookDiff, options: { readonly lang?: LangOption | undefined } = {}): string {
  assertArg(isObject(diff) && isObject(diff.from) && isObject(diff.to) && Array.isArray(diff.changes), 'diff must come from diffRuleBooks');
  assertOptions('lang', options, true);
  const L = localeOf(options.lang);
  const w = L.wording.diffWords;
  const out = [`${w.from}: ${diff.from.id} ${diff.from.version} · sha256 ${diff.from.hash.slice(0, 16)}…`, `${w.to}: ${diff.to.id} ${diff.to.version} · sha256 ${diff.to.hash.slice(0, 16)}…`];
  for (const o of diff.to.overlays) out.push(`${w.overlay}: ${o.source} · ${o.decision.number} (${o.decision.date}) · ${localText(L, o.decision.signer)}${o.illustrative ? w.illustrative : ''}`);
  out.push('');
  if (!diff.changes.length) out.push(w.none);
  for (const c of diff.changes) {
    const mark = c.change === 'added' ? '+' : c.change === 'removed' ? '-' : '~';
    const kindWord = c.kind === 'quota' || c.kind === 'sheet' ? w[c.kind] : w.kind[c.kind];
    const head = `${mark} ${kindWord} ${c.address}${c.regime ? ` [${c.regime}]` : ''} (${w.change[c.change]})`;
    const fields = (c.fields ?? []).map((f) => fieldText(L, f.field, f.before, f.after, c.kind)).join('; ');
    const why = c.provenance ? ` — ${describeProvenance(L, c.provenance)}` : '';
    out.push(`${head}${fields ? `: ${fields}` : ''}${why}`);
  }
  return safeLines(`${out.join('\n')}\n`);
}

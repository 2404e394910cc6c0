// Issue 16 ("adding a language is adding one file"): a third language defined here, in the test file
// only, as a Locale object — every word of `en` wrapped in ⟦…⟧ — and passed to the renderers the
// documented way (the `lang` option takes a shipped tag or a Locale object). Every renderer that
// once chose words with `lang === 'vi' ? … : …` is run with it, and every visible word of the output
// must come from the pseudo-locale: outside ⟦…⟧ only data may remain (names, ids, numbers, document
// numbers, hashes, and rule-book texts, which fall back to the locale's `textKey`, here "en").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bonusFor, diffRuleBooks, evaluateCycle, evaluateEligibility, issueMessage, loadNationalRuleBook, loadProvinceRuleBook, nextAwards, provinceOverlay, provincesFile, renderBonus, renderCycle, renderDiff, renderExplanation, renderIssues, renderNextAwards, applyOverlays, type LangOption } from '../src/index.js';
import { describeProvenance } from '../src/explain/locales/provenance.js';
import { en } from '../src/explain/locales/en.js';
import { LANGS, localeOf } from '../src/explain/locales/index.js';
import type { Locale } from '../src/explain/locales/locale.js';
import { renderProvinceSheet } from '../src/explain/render-province-sheet.js';
import { applyProvinceSheet } from '../src/rank/cluster/province-sheet.js';
import { errorRow, resultHeader, resultRows } from '../src/cli/batch-output.js';
import { optionIssues } from '../src/_internal/options.js';
import type { RuleBook } from '../src/model/rule-book.js';

const ROOT = join(__dirname, '..');

/** Wrap every word of a locale value: strings, string arrays, and what functions return. */
function wrap(v: unknown, self: unknown): unknown {
  if (typeof v === 'string') return `⟦${v}⟧`;
  if (typeof v === 'function') {
    return (...args: unknown[]): unknown => {
      const r = (v as (...a: unknown[]) => unknown).apply(self, args);
      return typeof r === 'string' ? `⟦${r}⟧` : r;
    };
  }
  if (Array.isArray(v)) return v.map((x) => wrap(x, v));
  if (v instanceof RegExp) return v; // a pattern read on rule-book texts (which fall back to en), not a word
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, wrap(x, v)]));
  return v;
}

/**
 * The pseudo-locale "xx": what a new locale file would export. Its language is not in the rule files,
 * so it declares the fallback for rule-book texts: `textKey: 'en'`. Typed as Locale: a missing word
 * would be a type error, exactly as for a real locale file.
 */
const xx: Locale = { ...(wrap(en, en) as Locale), lang: 'xx', textKey: 'en' };
const XX: LangOption = xx;

/** Remove every ⟦…⟧ segment (nested ones included). */
function outsideBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '⟦') depth++;
    else if (ch === '⟧') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
    else continue;
    if (ch === '⟦' || ch === '⟧') out += ' ';
  }
  return out;
}

/** English words a renderer would leak if it still chose its own words. */
const DENY = new Set(
  `the of and or not met missing added removed changed from to by rank points regime subject year overlay decision decree law circular
  illustrative yes no needs award condition rule parameter proposals ranking basis eligibility summary in force date base salary at root
  value required earliest unknown members practice certificate merit leading unit cluster next this requirement raised lowered replaced
  with for ties none changes label title effective facts params quota sheet criterion individual collective eligible ineligible`.split(/\s+/),
);
const VIETNAMESE = /[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]/u;

/** Every `en` text of a `{ vi, en }` object inside a value (rule-book texts, which fall back). */
function englishTexts(v: unknown, out: Set<string>, seen = new Set<unknown>()): Set<string> {
  if (typeof v !== 'object' || v === null || seen.has(v)) return out;
  seen.add(v);
  const o = v as Record<string, unknown>;
  if (typeof o['vi'] === 'string' && typeof o['en'] === 'string') out.add(o['en']);
  const children = v instanceof Map ? [...v.values()] : v instanceof Set ? [...v] : Array.isArray(v) ? v : Object.values(o);
  for (const x of children) englishTexts(x, out, seen);
  return out;
}

/**
 * What is left outside the pseudo-locale's words once data is taken away: rule-book texts (given),
 * names (given), ids, numbers, dates, document numbers, hashes, HTML tags and punctuation. Returns
 * the leaked words: English words of the deny list and anything Vietnamese.
 */
function leaks(text: string, data: readonly string[]): string[] {
  let rest = outsideBrackets(text)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[e]!);
  for (const d of [...data].filter((d) => d.length > 1).sort((a, b) => b.length - a.length)) rest = rest.split(d).join(' ');
  rest = rest
    .replace(/\S*[0-9]+\/[0-9]{4}\/\S*/g, ' ') // document numbers (14/2024/QĐ-UBND)
    .replace(/\b[a-z0-9]+(?:[-:.#@/][a-z0-9]+)+\b/g, ' ') // ids, keys, addresses
    .replace(/\b[0-9a-f]{16}\b/g, ' ');
  const words = rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.filter((w) => DENY.has(w.toLowerCase()) || VIETNAMESE.test(w));
}

const ok = <T>(r: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

const national = ok(loadNationalRuleBook());
const laoCai = ok(loadProvinceRuleBook('lao-cai'));
// a draft overlay of our own (illustrative, as in examples/03): it changes a threshold and its label
const draft = {
  province: 'lao-cai',
  layer: 'department',
  unit: 'so-giao-duc-va-dao-tao',
  title: { vi: 'Dự thảo (minh họa)', en: 'Draft (illustrative)' },
  illustrative: true,
  marker: 'UNCONFIRMED',
  decision: { number: 'DRAFT-01/2026', date: '2026-01-05', signer: { vi: 'Sở Giáo dục và Đào tạo tỉnh Lào Cai', en: 'Lào Cai Department of Education and Training' } },
  basis: { document: 'DRAFT-01/2026', article: '1' },
  effective: { from: '2026-01-01' },
  appliesTo: { ruleBook: 'vn-national', versions: ['0.1.x'], regimes: ['vn-tdkt-2022-nd152'] },
  operations: [{ id: 'two-initiatives', op: 'set', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value: '2', label: { vi: 'Có 2 sáng kiến được công nhận cấp cơ sở', en: 'Two initiatives recognised at grassroots level' } }],
};
const drafted = ok(applyOverlays(national, [provinceOverlay('lao-cai'), draft], { files: ['rules/provinces/lao-cai/overlay.json', 'draft.json'] }));
const bookTexts = [...englishTexts(national, new Set()), ...englishTexts(laoCai, new Set()), ...englishTexts(drafted, new Set())];

// ASCII names: a Vietnamese name is data, but these keep the check simple
const person = {
  kind: 'individual',
  id: 'do-thu-ha',
  name: 'Do Thu Ha',
  history: [
    { year: 2025, taskRating: 'excellent', hasGoodConduct: true, awards: [{ awardId: 'lao-dong-tien-tien' }] },
    { year: 2026, taskRating: 'excellent', hasGoodConduct: true },
  ],
  councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2026, members: 11, approvals: 8 }],
};

describe('a third language is one Locale object (⟦…⟧ pseudo-locale defined in this test)', () => {
  test('the pseudo-locale is a complete Locale and the lang option takes it', () => {
    expect(localeOf(xx)).toBe(xx);
    expect(optionIssues('lang', { lang: xx }, true)).toEqual([]);
    expect(optionIssues('lang', { lang: 'xx' }, true)).toHaveLength(1); // a tag must be shipped
    // the option check's list of shipped tags is the registry's (src/_internal cannot import it)
    expect((optionIssues('lang', { lang: 'zz' }, true)[0]!.params as unknown as { values: string[] }).values).toEqual([...LANGS]);
  });

  test('the checker finds leaks: English and Vietnamese output is rejected', async () => {
    const r = ok(await evaluateEligibility(drafted, person, { year: 2026, awards: ['chien-si-thi-dua-co-so'] }));
    expect(leaks(renderExplanation(r, { lang: 'en' }), [...bookTexts, person.name]).length).toBeGreaterThan(5);
    expect(leaks(renderExplanation(r, { lang: 'vi' }), [...bookTexts, person.name]).length).toBeGreaterThan(5);
    expect(leaks(renderDiff(diffRuleBooks(national, drafted), { lang: 'en' }), bookTexts).length).toBeGreaterThan(5);
  });

  test('eligibility explanation: text, markdown and HTML (with an overlay provenance)', async () => {
    const r = ok(await evaluateEligibility(drafted, person, { year: 2026 }));
    for (const format of ['text', 'markdown', 'html'] as const) {
      const out = renderExplanation(r, { lang: XX, format });
      expect(out).toContain('⟦');
      expect(leaks(out, [...bookTexts, person.name])).toEqual([]);
    }
    expect(renderExplanation(r, { lang: XX, format: 'html' })).toContain('lang="xx"');
  });

  test('issue list and issue messages', async () => {
    const bad = await evaluateEligibility(national, { kind: 'individual', id: 'Bad Id', history: [{ year: 'x' }] }, { year: 2025 });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const out = renderIssues(bad.issues, { lang: XX });
    expect(out.split('\n')).toHaveLength(bad.issues.length);
    expect(leaks(out, bad.issues.flatMap((i) => i.path.map(String)))).toEqual([]);
    expect(issueMessage(bad.issues[0]!, xx)).toMatch(/^⟦.*⟧$/);
  });

  test('rule-book diff and provenance lines', () => {
    for (const b of [laoCai, drafted] as RuleBook[]) {
      const diff = diffRuleBooks(national, b);
      const out = renderDiff(diff, { lang: XX });
      expect(out).toContain('⟦');
      // data: overlay sources, field keys without a word (citation, marker…) and values shown as JSON
      const fields = diff.changes.flatMap((c) => (c.fields ?? []).flatMap((f) => [f.field, JSON.stringify(f.before), JSON.stringify(f.after)]));
      expect(leaks(out, [...bookTexts, ...diff.to.overlays.map((o) => o.source), ...fields])).toEqual([]);
      const withProvenance = diff.changes.filter((c) => c.provenance);
      expect(withProvenance.length).toBeGreaterThan(0);
      for (const c of withProvenance) {
        const line = describeProvenance(xx, c.provenance!, undefined);
        expect(line).toMatch(/^⟦.*⟧$/);
        expect(leaks(line, bookTexts)).toEqual([]);
      }
    }
  });

  test('cluster ranking with proposals and route notes, and a province sheet', async () => {
    const file = JSON.parse(readFileSync(join(ROOT, 'examples/data/clusters/dong-bang-song-hong-2023.json'), 'utf8')) as unknown;
    const cycle = ok(await evaluateCycle(file, national));
    const names = cycle.members.map((m) => m.name ?? m.id);
    const out = renderCycle(cycle, { lang: XX });
    // the certificate route has no legal text: its basis is thidua's own route note, in the locale's words
    expect(cycle.proposals?.proposals.some((p) => p.route.noteCode !== undefined && p.route.citation === undefined)).toBe(true);
    expect(out).toContain(`⟦${en.cluster.routeNote['certificate-ccec']}⟧`);
    expect(leaks(out, [...bookTexts, ...englishTexts(cycle, new Set()), ...names])).toEqual([]);

    const bn = JSON.parse(readFileSync(join(ROOT, 'examples/data/clusters/khoi-so-nganh-bac-ninh-2025.json'), 'utf8')) as unknown;
    const applied = ok(applyProvinceSheet(bn, provinceOverlay('bac-ninh'), { file: 'provinces/bac-ninh/overlay.json', provinces: provincesFile() }));
    const bnCycle = ok(await evaluateCycle(applied.file, ok(loadProvinceRuleBook('bac-ninh'))));
    const sheet = renderProvinceSheet(applied.outcome!, bnCycle, { lang: XX });
    expect(sheet).toContain('⟦');
    expect(leaks(sheet, [...englishTexts(applied, new Set()), ...bnCycle.members.map((m) => m.name ?? m.id)])).toEqual([]);
  });

  test('results table: header, rows of a report, row of a rejected subject', async () => {
    const r = ok(await evaluateEligibility(drafted, person, { year: 2026 }));
    const rows = resultRows(r, xx, drafted);
    expect(rows.length).toBeGreaterThan(3);
    // id, name, year and award id are data; every other cell is the locale's words or rule-book text
    const cells = [...resultHeader(xx), ...rows.flatMap((row) => row.slice(4))];
    for (const c of cells.filter(Boolean)) expect(leaks(c, [...bookTexts, ...englishTexts(r, new Set())]), c).toEqual([]);
    const bad = await evaluateEligibility(national, { kind: 'individual', id: 'Bad Id' }, { year: 2025 });
    if (bad.ok) throw new Error('expected issues');
    expect(leaks(errorRow('Bad Id', 2025, bad.issues, xx).join(' | '), ['Bad Id', ...bad.issues.flatMap((i) => i.path.map(String))])).toEqual([]);
  });

  test('results: next awards and bonus', async () => {
    const next = ok(await nextAwards(national, person, { year: 2025 }));
    for (const format of ['text', 'html'] as const) expect(leaks(renderNextAwards(next, { lang: XX, format }), [...bookTexts, ...englishTexts(next, new Set())])).toEqual([]);
    for (const [award, date] of [['chien-si-thi-dua-co-so', '2025-06-01'], ['chien-si-thi-dua-co-so', '2019-06-01']] as const) {
      const b = ok(bonusFor(national, award, { date, subjectKind: 'individual' }));
      const out = renderBonus(b, { lang: XX });
      expect(out).toContain('⟦');
      expect(leaks(out, [...bookTexts, ...englishTexts(b, new Set())])).toEqual([]);
    }
  });
});

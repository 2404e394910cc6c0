/**
 * End-to-end tests of the built studio (studio/dist) in a real Chromium (Debian's `chromium`,
 * driven by playwright-core). Expected texts and verdicts are computed through the library (the
 * same dist/index.js the page bundles), not written down, so that they follow the rule content.
 * Run by `npm run test:e2e` (which builds the studio first) and by .ci/run after installing chromium.
 */
import { execSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  agenciesFile,
  agencyOverlay,
  applyOverlay,
  checkScoreSheet,
  describeRule,
  diffRuleBooks,
  evaluateEligibility,
  loadNationalRuleBook,
  loadProvinceRuleBook,
  overlayTargets,
  parseCaseFile,
  renderDiff,
  resolveRegime,
  runCase,
  issueMessage,
  loadAgencyRuleBook,
  provinceOverlay,
  type LeafNode,
  type RuleBook,
  type RuleDef,
  type TestCase,
} from '../../dist/index.js';
import { FACTS, vi as libVi } from '../../dist/advanced.js';
import { t } from '../src/locales.js';
import { newOverlay, type AgencyInfo, type ProvinceInfo } from '../src/logic/overlay-draft.js';
import { setValueOp } from '../src/logic/operations.js';
import { withoutDeclaredFacts } from '../src/logic/check.js';
import { serveStatic } from './serve.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'studio', 'dist');
const SHOTS = process.env['STUDIO_SCREENSHOTS'] ? join(ROOT, 'docs', 'studio') : undefined;
const PROVINCE = 'nghe-an';
const AWARD = 'lao-dong-tien-tien';

const loaded = loadNationalRuleBook();
if (!loaded.ok) throw new Error('national book does not load');
const national: RuleBook = loaded.value;
const AGENCIES: readonly AgencyInfo[] = (agenciesFile() as { agencies: AgencyInfo[] }).agencies;
const agencyName = (key: string): string => AGENCIES.find((a) => a.key === key)!.name.vi;

/** The cases of a shipped tests folder (rules/<layer>/<key>/tests), run by the library against a book. */
async function shippedOutcomes(book: RuleBook, dir: string): Promise<{ cases: TestCase[]; passed: number; failed: number }> {
  const cases: TestCase[] = [];
  let passed = 0;
  for (const f of readdirSync(dir).sort()) {
    const cf = parseCaseFile(f, JSON.parse(readFileSync(join(dir, f), 'utf8')));
    expect(cf.issues).toEqual([]);
    for (const [i, c] of (cf.cases ?? []).entries()) {
      cases.push(c);
      if ((await runCase(book, c, f, i)).passed) passed++;
    }
  }
  return { cases, passed, failed: cases.length - passed };
}

function chromiumPath(): string {
  try {
    return execSync('which chromium', { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not installed: run `apt-get install -y chromium` (Debian), as .ci/run does, then `npm run test:e2e`');
  }
}

let browser: Browser;
let server: Server;
let url: string;
let work: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('studio/dist is missing: `npm run test:e2e` builds it (npm run studio:build)');
  ({ url, server } = await serveStatic(DIST));
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  work = mkdtempSync(join(tmpdir(), 'thidua-studio-'));
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A fresh page; every request it makes is recorded (the page must need nothing but its own files). */
async function open(): Promise<{ page: Page; context: BrowserContext; requests: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('.rule');
  expect(errors).toEqual([]);
  return { page, context, requests };
}

/** Form controls without an accessible name (a <label for>, aria-label or aria-labelledby). */
const unlabelled = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, [contenteditable="true"]')]
      .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
      .map((el) => el.outerHTML.slice(0, 80)),
  );

const shot = async (page: Page, name: string): Promise<void> => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

/** The regime the page picks by default, and the LĐTT rule of that regime, from the library. */
async function ldttRule(page: Page): Promise<{ regime: string; rule: RuleDef; leaf: LeafNode }> {
  const regime = await page.inputValue('#regime');
  const rule = national.regimes.find((r) => r.id === regime)!.rules.find((r) => r.kind === 'award' && r.awardId === AWARD && !r.effective.to)!;
  const target = overlayTargets(national, { regime, ruleId: rule.id }).find((x) => x.kind === 'leaf' && (x.node as LeafNode).fact === 'taskRating' && (x.node as LeafNode).operator === 'in');
  expect(target, 'the LĐTT rule has a task-rating "in" criterion').toBeDefined();
  return { regime, rule, leaf: target!.node as LeafNode };
}

describe('studio in Chromium', () => {
  test('reads the Advanced Worker (LĐTT) criteria with their citation (Art. 24.1 Law 06/2022/QH15), in Vietnamese and English, by keyboard', async () => {
    const { page, context } = await open();
    await page.selectOption('#award', AWARD);
    const { regime, rule } = await ldttRule(page);
    const viDesc = describeRule(rule, { lang: 'vi' });
    const card = page.locator(`article[data-rule="${rule.id}"]`);
    await expect.poll(() => card.locator('h2').textContent()).toBe(viDesc.title);
    expect(await card.locator('.cite').textContent()).toBe(viDesc.citation);
    expect(viDesc.citation).toMatch(/Điều \d+/);
    for (const l of viDesc.lines) {
      const row = card.locator(`li[data-target="${l.target}"]`);
      expect(await row.locator('.text').textContent()).toBe(l.text);
      expect(await row.locator('.notes').textContent()).toBe(`[${[l.citation, ...l.notes].join('; ')}]`);
      expect(await row.locator('.node-id').textContent()).toBe(l.target);
    }
    expect(await unlabelled(page)).toEqual([]);
    await shot(page, 'read');

    // pick the regime by year: the one the library resolves for that year
    const byYear = resolveRegime(national, { year: 2024 });
    if (!byYear.ok) throw new Error('no regime for 2024');
    await page.fill('#year', '2024');
    await page.click('#by-year');
    await expect.poll(() => page.inputValue('#regime')).toBe(byYear.value.regime.id);
    await page.selectOption('#regime', regime);
    await page.selectOption('#award', AWARD);

    await page.click('#lang');
    const enDesc = describeRule(rule, { lang: 'en' });
    await expect.poll(() => card.locator('h2').textContent()).toBe(enDesc.title);
    expect(await card.locator(`li[data-target="${enDesc.lines[0]!.target}"] .text`).textContent()).toBe(enDesc.lines[0]!.text);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    // keyboard: focus the first tab and move with the arrow keys
    await page.focus('#tab-read');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tab-tighten');
    expect(await page.getAttribute('#tab-tighten', 'aria-selected')).toBe('true');
    await context.close();
  });

  test('refuses a loosening of the LĐTT task-rating criterion on the spot, naming the statutory article', async () => {
    const { page, context } = await open();
    const { regime, rule, leaf } = await ldttRule(page);
    await page.click('#tab-tighten');
    await page.selectOption('#province', PROVINCE);
    await page.selectOption('#award', AWARD);
    await page.selectOption('#criterion', `${rule.id}#${leaf.name}`);
    const ratings = FACTS.find((f) => f.id === 'taskRating')!.enumValues!;
    const outside = ratings.find((r) => !(leaf.value as string[]).includes(r))!;
    await page.fill('#add-members', outside);

    // what the library says of the same operation
    const province = (JSON.parse(readFileSync(join(ROOT, 'rules/provinces.json'), 'utf8')) as { provinces: ProvinceInfo[] }).provinces.find((p) => p.key === PROVINCE)!;
    const draft = newOverlay({ province, regime, ruleBook: national, today: new Date().toISOString().slice(0, 10) });
    const op = setValueOp(draft, `${rule.id}#${leaf.name}`, [...(leaf.value as string[]), outside]);
    const r = applyOverlay(national, { ...draft, decision: { ...(draft['decision'] as object), number: 'x' }, basis: { ...(draft['basis'] as object), document: 'x' }, operations: [op] });
    expect(r.ok).toBe(false);
    const issue = !r.ok ? r.issues.find((i) => i.code === 'overlay_loosens_statute')! : undefined!;
    expect(issueMessage(issue, 'vi')).toContain(`Điều ${leaf.citation.article}`);

    const guard = page.locator('#guard');
    await expect.poll(() => guard.textContent()).toContain(t('vi', 'refused'));
    expect(await guard.textContent()).toContain(issueMessage(issue, 'vi'));
    expect(await page.isDisabled('#add-op')).toBe(true);
    await shot(page, 'refused');
    await context.close();
  });

  test('tightens LĐTT for a province, shows the diff, runs its cases, evaluates a sample subject in Vietnamese, exports, and `thidua validate` accepts the files; works offline', async () => {
    const { page, context, requests } = await open();
    await context.setOffline(true); // everything below runs from what the page has loaded
    const { rule, leaf } = await ldttRule(page);
    const target = `${rule.id}#${leaf.name}`;
    const dropped = (leaf.value as string[])[0]!;
    expect((leaf.value as string[]).length).toBeGreaterThan(1);

    await page.click('#tab-tighten');
    await page.selectOption('#province', PROVINCE);
    await page.fill('#f-decision-number', '15/2026/QĐ-UBND');
    await page.fill('#f-basis-article', '3');
    await page.selectOption('#award', AWARD);
    await page.selectOption('#criterion', target);
    await page.uncheck(`#keep-${dropped}`);
    await expect.poll(() => page.locator('#guard').textContent()).toContain(t('vi', 'accepted'));
    await page.click('#add-op');
    await expect.poll(() => page.locator('#validity').getAttribute('class')).toBe('ok');
    expect(await page.locator('#ops li').count()).toBe(1);
    expect(await page.locator('#raw .cm-content').textContent()).toContain('15/2026/QĐ-UBND');
    expect(await unlabelled(page)).toEqual([]);
    await shot(page, 'tighten');

    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-overlay')]);
    expect(dl.suggestedFilename()).toBe('overlay.json');
    const overlayPath = join(work, 'overlay.json');
    await dl.saveAs(overlayPath);
    const exported = JSON.parse(readFileSync(overlayPath, 'utf8')) as Record<string, unknown>;
    expect(exported['$schema']).toBe('../../schema/overlay.schema.json');
    const local = applyOverlay(national, exported);
    if (!local.ok) throw new Error(JSON.stringify(local.issues));

    // check: the diff is the library's, word for word
    await page.click('#tab-check');
    const diffText = renderDiff(diffRuleBooks(national, local.value), { lang: 'vi' });
    await expect.poll(() => page.locator('#diff pre').textContent()).toBe(diffText);
    expect(diffText).toContain(target);

    // a sample subject rated with the dropped rating: the verdicts are the library's
    const year = Number(String((exported['effective'] as { from: string }).from).slice(0, 4));
    const subject = { kind: 'individual', id: 'na-01', name: 'Trần Thị B', history: [{ year, taskRating: dropped, hasGoodConduct: true, isLawAbiding: true }] };
    const before = await evaluateEligibility(national, subject, { year, awards: [AWARD] });
    const after = await evaluateEligibility(local.value, subject, { year, awards: [AWARD] });
    if (!before.ok || !after.ok) throw new Error('evaluation failed');
    const v0 = before.value.awards[0]!.verdict;
    const v1 = after.value.awards[0]!.verdict;
    expect(v0).not.toBe(v1); // the tightening flips this subject
    await page.fill('#subject', JSON.stringify(subject, null, 2));
    await page.fill('#sample-year', String(year));
    await page.click('#evaluate');
    await expect.poll(() => page.locator(`#verdict-national li[data-award="${AWARD}"]`).getAttribute('data-verdict')).toBe(v0);
    expect(await page.locator(`#verdict-local li[data-award="${AWARD}"]`).getAttribute('data-verdict')).toBe(v1);
    const explanation = (await page.locator('.explanation').textContent())!;
    expect(explanation).toContain(`${after.value.awards[0]!.title.vi} — ${libVi.verdict(v1)}`);
    const failedLeaf = describeRule(rule, { lang: 'vi' }).lines.find((l) => l.name === leaf.name)!;
    expect(explanation).toContain(failedLeaf.text.split(':')[0]!);
    expect(explanation).toContain('15/2026/QĐ-UBND'); // the provenance of the change

    // save it as a test case: the cases run live
    await page.fill('#case-name', 'Nghệ An: hoàn thành tốt nhiệm vụ không còn đủ Lao động tiên tiến');
    await page.click('#save-case');
    const [cdl] = await Promise.all([page.waitForEvent('download'), page.click('#export-cases')]);
    const casesPath = join(work, 'cases.json');
    await cdl.saveAs(casesPath);
    const caseFile = parseCaseFile('cases.json', JSON.parse(readFileSync(casesPath, 'utf8')));
    expect(caseFile.issues).toEqual([]);
    const outcomes = await Promise.all(caseFile.cases!.map((c, i) => runCase(local.value, c, 'cases.json', i)));
    const passed = outcomes.filter((o) => o.passed).length;
    await expect.poll(() => page.locator('#cases-summary').textContent()).toBe(t('vi', 'casesSummary', { passed, failed: outcomes.length - passed }));
    expect(passed).toBe(1);
    await shot(page, 'check');

    // the exported files, dropped into a copy of rules/, pass `thidua validate`
    const rules = join(work, 'rules');
    cpSync(join(ROOT, 'rules'), rules, { recursive: true });
    mkdirSync(join(rules, 'provinces', PROVINCE, 'tests'), { recursive: true });
    cpSync(overlayPath, join(rules, 'provinces', PROVINCE, 'overlay.json'));
    cpSync(casesPath, join(rules, 'provinces', PROVINCE, 'tests', 'studio.json'));
    const ok = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'validate', rules, '--lang', 'en'], { encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/cases: \d+ passed, 0 failed/);
    // … and a loosened copy does not
    const loose = structuredClone(exported) as { operations: { value: string[] }[] };
    loose.operations[0]!.value = [...(leaf.value as string[])].concat(FACTS.find((f) => f.id === 'taskRating')!.enumValues!.filter((r) => !(leaf.value as string[]).includes(r)));
    writeFileSync(join(rules, 'provinces', PROVINCE, 'overlay.json'), JSON.stringify(loose));
    const bad = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'validate', rules], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('overlay_loosens_statute');

    // every request went to the page's own origin (no CDN)
    expect(requests.filter((r) => !r.startsWith(url) && !r.startsWith('blob:') && !r.startsWith('data:'))).toEqual([]);
    await context.close();

    // re-import the exported file in a fresh page
    const second = await open();
    await second.page.click('#tab-tighten');
    await second.page.setInputFiles('#import-overlay', overlayPath);
    await expect.poll(() => second.page.inputValue('#province')).toBe(PROVINCE);
    expect(await second.page.inputValue('#f-decision-number')).toBe('15/2026/QĐ-UBND');
    expect(await second.page.locator('#ops li').count()).toBe(1);
    expect(await second.page.locator('#validity').getAttribute('class')).toBe('ok');

    // the raw JSON view drives the form, and is validated against the overlay schema as it is typed
    const raw = second.page.locator('#raw .cm-content');
    const edited = readFileSync(overlayPath, 'utf8').replace('15/2026/QĐ-UBND', '16/2026/QĐ-UBND');
    await raw.fill(edited);
    await expect.poll(() => second.page.inputValue('#f-decision-number')).toBe('16/2026/QĐ-UBND');
    expect(await second.page.locator('#validity').getAttribute('class')).toBe('ok');
    await raw.fill(edited.replace('"layer": "province"', '"layer": "city"'));
    await expect.poll(() => second.page.locator('#validity').getAttribute('class')).toBe('bad');
    const schemaIssue = applyOverlay(national, { ...JSON.parse(edited), layer: 'city' });
    expect(schemaIssue.ok).toBe(false);
    if (!schemaIssue.ok) expect(await second.page.locator('#validity').textContent()).toContain(issueMessage(schemaIssue.issues[0]!, 'vi'));
    await expect.poll(() => second.page.locator('#raw .cm-lintRange-error').count()).toBeGreaterThan(0);
    await raw.fill('{ "province": ');
    await expect.poll(() => second.page.locator('#validity').textContent()).toContain(t('vi', 'jsonSyntax'));
    await second.context.close();
  });

  test("runs a shipped overlay's test cases live (Lào Cai, Quyết định 14/2024/QĐ-UBND)", async () => {
    const { page, context } = await open();
    await page.click('#tab-tighten');
    await page.selectOption('#province', 'lao-cai');
    await page.click('#open-shipped');
    await expect.poll(() => page.locator('#validity').getAttribute('class')).toBe('ok');
    await page.click('#tab-check');
    const book = loadProvinceRuleBook('lao-cai');
    if (!book.ok) throw new Error('lao-cai overlay does not apply');
    const dir = join(ROOT, 'rules/provinces/lao-cai/tests');
    const outcomes = [];
    for (const f of readdirSync(dir).sort()) {
      const cf = parseCaseFile(f, JSON.parse(readFileSync(join(dir, f), 'utf8')));
      for (const [i, c] of (cf.cases ?? []).entries()) outcomes.push(await runCase(book.value, c, f, i));
    }
    const passed = outcomes.filter((o) => o.passed).length;
    expect(outcomes.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#cases-summary').textContent()).toBe(t('vi', 'casesSummary', { passed, failed: outcomes.length - passed }));
    expect(await page.locator('.cases > li').count()).toBe(outcomes.length);
    await context.close();
  });

  test("opens the shipped circular of Bộ Công Thương (Thông tư 22/2023/TT-BCT, Điều 6) through the agency layer, runs its cases live, and names the ministry, not a province", async () => {
    const BCT = 'bo-cong-thuong';
    const name = agencyName(BCT);
    const shipped = agencyOverlay(BCT) as Record<string, unknown>;
    const number = (shipped['decision'] as { number: string }).number;
    expect(number).toBe('22/2023/TT-BCT');
    const { page, context } = await open();
    await page.click('#tab-tighten');
    await page.selectOption('#layer', 'agency');
    await page.selectOption('#agency', BCT);
    await page.click('#open-shipped');
    await expect.poll(() => page.locator('#validity').getAttribute('class')).toBe('ok');
    // the form names the ministry: the agency layer, its key and name, its signer; no province picker
    expect(await page.inputValue('#layer')).toBe('agency');
    expect(await page.inputValue('#agency')).toBe(BCT);
    expect(await page.locator('#agency option:checked').textContent()).toBe(`${name} (${BCT})`);
    expect(await page.locator('#province').count()).toBe(0);
    expect(await page.inputValue('#f-decision-number')).toBe(number);
    expect(await page.inputValue('#f-decision-signer-vi')).toBe(name);
    expect(await page.locator('#ops li').count()).toBe((shipped['operations'] as unknown[]).length);
    expect(await unlabelled(page)).toEqual([]);

    await page.click('#tab-check');
    const applied = applyOverlay(national, shipped);
    if (!applied.ok) throw new Error(JSON.stringify(applied.issues));
    const diffText = renderDiff(diffRuleBooks(national, applied.value), { lang: 'vi' });
    await expect.poll(() => page.locator('#diff pre').textContent()).toBe(diffText);
    expect(diffText).toContain(`agency:${BCT}`);
    expect(diffText).toContain(name);

    // the shipped cases (rules/agencies/bo-cong-thuong/tests) run live: all pass, as the library runs them
    const book = loadAgencyRuleBook(BCT);
    if (!book.ok) throw new Error('the Bộ Công Thương overlay does not apply');
    const { cases, passed, failed } = await shippedOutcomes(book.value, join(ROOT, 'rules/agencies', BCT, 'tests'));
    expect(cases.length).toBeGreaterThan(0);
    expect(failed).toBe(0);
    await expect.poll(() => page.locator('#cases-summary').textContent()).toBe(t('vi', 'casesSummary', { passed, failed }));
    expect(await page.locator('#cases-summary').getAttribute('class')).toBe('ok');
    expect(await page.locator('.cases > li.pass').count()).toBe(cases.length);
    expect(await page.locator('.cases > li').first().textContent()).toContain(cases[0]!.name);

    // a case whose verdict the circular changes, as a sample: the explanation cites the circular of the ministry
    let sample: { c: TestCase; award: string; v0: string; v1: string } | undefined;
    for (const c of cases) {
      const award = Object.keys(c.expect)[0]!;
      // nationally, the facts the circular declares are not read (the national book declares none)
      const a = await evaluateEligibility(national, withoutDeclaredFacts(c.subject, book.value), { year: c.year, awards: [award] });
      const b = await evaluateEligibility(book.value, c.subject, { year: c.year, awards: [award] });
      if (!a.ok || !b.ok) throw new Error('evaluation failed');
      if (a.value.awards[0]!.verdict !== b.value.awards[0]!.verdict) {
        sample = { c, award, v0: a.value.awards[0]!.verdict, v1: b.value.awards[0]!.verdict };
        break;
      }
    }
    if (!sample) throw new Error('no shipped case is changed by the circular');
    await page.selectOption('#award', sample.award);
    await page.fill('#subject', JSON.stringify(sample.c.subject, null, 2));
    await page.fill('#sample-year', String(sample.c.year));
    await page.click('#evaluate');
    await expect.poll(() => page.locator(`#verdict-national li[data-award="${sample.award}"]`).getAttribute('data-verdict')).toBe(sample.v0);
    expect(await page.locator(`#verdict-local li[data-award="${sample.award}"]`).getAttribute('data-verdict')).toBe(sample.v1);
    const explanation = (await page.locator('.explanation').textContent())!;
    expect(explanation).toContain(number);
    expect(explanation).toContain(name);
    expect(explanation).not.toMatch(/của địa phương|Ủy ban nhân dân/); // the provenance is a ministry's circular, not a local decision
    expect(await page.locator('#panel').textContent()).not.toContain('Ủy ban nhân dân');

    // a case saved here runs under the ministry's overlay: it names the agency, not a province
    expect(await page.inputValue('#case-name')).toMatch(new RegExp(`^${BCT}: `));
    await page.click('#save-case');
    await expect.poll(() => page.locator('#cases-summary').textContent()).toBe(t('vi', 'casesSummary', { passed: passed + 1, failed }));
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-cases')]);
    expect(dl.suggestedFilename()).toBe(`${BCT}-studio.json`);
    const casesPath = join(work, `${BCT}-studio.json`);
    await dl.saveAs(casesPath);
    const saved = parseCaseFile('cases.json', JSON.parse(readFileSync(casesPath, 'utf8')));
    expect(saved.issues).toEqual([]);
    expect(saved.cases!.map((c) => [c.agency, c.province])).toEqual([[BCT, undefined]]);
    expect((await runCase(book.value, saved.cases![0]!, 'cases.json', 0)).passed).toBe(true);
    await context.close();
  });

  test("starts a Bộ Y tế circular, lowers the Government emulation flag's quota (Art. 25.4 Law 06/2022/QH15) with the ministry as jurisdiction, and a higher share is refused on the spot", async () => {
    const BYT = 'bo-y-te';
    const name = agencyName(BYT);
    const { page, context } = await open();
    await page.click('#tab-tighten');
    await page.selectOption('#layer', 'agency');
    await page.selectOption('#agency', BYT);
    await page.click('#new-overlay');
    expect(await page.locator('#open-shipped').count()).toBe(0); // Bộ Y tế ships no overlay
    expect(await page.inputValue('#f-decision-signer-vi')).toBe(name);
    await page.fill('#f-decision-number', '05/2026/TT-BYT');

    // the award with a quota in the regime the page is on, from the library
    const regime = await page.inputValue('#regime');
    const quotaTarget = overlayTargets(national, { regime }).find((x) => x.kind === 'quota' && x.actions.includes('set-quota-share'));
    if (!quotaTarget) throw new Error(`no quota in ${regime}`);
    const quota = quotaTarget.quota!;
    expect(quotaTarget.citation).toMatchObject({ document: '06/2022/QH15', article: '25' });
    await page.selectOption('#award', quotaTarget.awardId!);
    await page.selectOption('#criterion', quotaTarget.target);
    await expect.poll(() => page.locator('#edit-area').textContent()).toContain(t('vi', 'quotaCurrent', { share: libVi.formatDecimal(quota.maxShare), mode: quota.mode }));
    const lower = '0.15';
    const higher = '0.25';
    expect(Number(lower)).toBeLessThan(Number(quota.maxShare));
    expect(Number(higher)).toBeGreaterThan(Number(quota.maxShare));

    // raising the share loosens the quota: refused on the spot with the library's message, cannot be added
    const draft = await page.locator('#raw .cm-content').textContent();
    await page.fill('#new-value', higher);
    await expect.poll(() => page.locator('#guard').textContent()).toContain(t('vi', 'refused'));
    expect(await page.isDisabled('#add-op')).toBe(true);
    const guardText = (await page.locator('#guard').textContent())!;
    expect(guardText).toContain('overlay_loosens_quota');
    expect(await page.locator('#raw .cm-content').textContent()).toBe(draft);

    // lowering it is a tightening: accepted and added
    await page.fill('#new-value', lower);
    await expect.poll(() => page.locator('#guard').textContent()).toContain(t('vi', 'accepted'));
    await page.click('#add-op');
    await expect.poll(() => page.locator('#validity').getAttribute('class')).toBe('ok');
    expect(await page.locator('#ops li').count()).toBe(1);
    expect(await unlabelled(page)).toEqual([]);

    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-overlay')]);
    const overlayPath = join(work, 'bo-y-te-overlay.json');
    await dl.saveAs(overlayPath);
    const exported = JSON.parse(readFileSync(overlayPath, 'utf8')) as Record<string, unknown>;
    expect([exported['layer'], exported['agency'], exported['province']]).toEqual(['agency', BYT, undefined]);
    expect(exported['operations']).toEqual([expect.objectContaining({ op: 'set', target: quotaTarget.target, field: 'maxShare', value: lower })]);
    const local = applyOverlay(national, exported);
    if (!local.ok) throw new Error(JSON.stringify(local.issues));
    expect(local.value.overlays?.map((o) => [o.layer, o.agency, o.source])).toEqual([['agency', BYT, `agency:${BYT}`]]);
    // the refusal the page showed is the library's, word for word
    const loose = applyOverlay(national, { ...exported, operations: [{ ...(exported['operations'] as object[])[0]!, value: higher }] });
    expect(loose.ok).toBe(false);
    const issue = !loose.ok ? loose.issues.find((i) => i.code === 'overlay_loosens_quota') : undefined;
    expect(issue).toBeDefined();
    expect(guardText).toContain(issueMessage(issue!, 'vi'));

    // check: the diff (the library's) shows the lower share under the ministry's circular
    await page.click('#tab-check');
    const diffText = renderDiff(diffRuleBooks(national, local.value), { lang: 'vi' });
    await expect.poll(() => page.locator('#diff pre').textContent()).toBe(diffText);
    expect(diffText).toContain(quotaTarget.target);
    expect(diffText).toContain(`agency:${BYT}`);
    expect(diffText).toContain('05/2026/TT-BYT');
    expect(diffText).toContain(name);
    expect(diffText).not.toContain('Ủy ban nhân dân');

    // the exported file, dropped into a copy of rules/ as rules/agencies/bo-y-te/overlay.json, passes `thidua validate`
    const rules = join(work, 'rules-byt');
    cpSync(join(ROOT, 'rules'), rules, { recursive: true });
    mkdirSync(join(rules, 'agencies', BYT), { recursive: true });
    cpSync(overlayPath, join(rules, 'agencies', BYT, 'overlay.json'));
    const ok = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'validate', rules, '--lang', 'en'], { encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    await context.close();
  });

  test("lists the facts Lào Cai's decision declares (Quyết định 14/2024/QĐ-UBND), adds them to the sample subject, and evaluates it", async () => {
    const LC = 'lao-cai';
    const shipped = provinceOverlay(LC) as Record<string, unknown>;
    const applied = applyOverlay(national, shipped);
    if (!applied.ok) throw new Error('lao-cai overlay does not apply');
    const facts = applied.value.overlays!.at(-1)!.facts ?? [];
    expect(facts.map((f) => f.id).sort()).toEqual(['activeInResidenceArea', 'administrativelySanctioned']);

    const { page, context } = await open();
    await page.click('#tab-tighten');
    await page.selectOption('#province', LC);
    await page.click('#open-shipped');
    await expect.poll(() => page.locator('#validity').getAttribute('class')).toBe('ok');
    await page.click('#tab-check');
    await expect.poll(() => page.locator('#declarations .declared-facts li').count()).toBe(facts.length);
    expect(await page.locator('#declarations h3').first().textContent()).toBe(t('vi', 'declaredFacts'));
    for (const f of facts) {
      const li = page.locator(`#declarations li[data-fact="${f.id}"]`);
      const text = (await li.textContent())!;
      expect(text).toContain(f.label.vi);
      expect(text).toContain(f.perYear ? `history[].extraFacts.${f.id}` : `extraFacts.${f.id}`);
    }
    expect(await unlabelled(page)).toEqual([]);

    // the button puts a placeholder for each declared fact into the sample's history entry of the sample year
    const year = Number(await page.inputValue('#sample-year'));
    await page.click('#add-declared-facts');
    const withFacts = JSON.parse(await page.inputValue('#subject')) as { history: { year: number; extraFacts?: Record<string, unknown> }[] };
    const entry = withFacts.history.find((h) => h.year === year)!;
    expect(entry.extraFacts).toEqual(Object.fromEntries(facts.filter((f) => f.subjects.includes('individual')).map((f) => [f.id, false])));

    // evaluating the sample works, and its verdicts are the library's (the placeholder "not active where they live" fails Lào Cai's L2)
    const verdicts = async (subject: unknown): Promise<{ v: [string, string]; failing: readonly { ruleId: string; name: string; status: string }[] }> => {
      const a = await evaluateEligibility(national, withoutDeclaredFacts(subject, applied.value), { year, awards: [AWARD] });
      const b = await evaluateEligibility(applied.value, subject, { year, awards: [AWARD] });
      if (!a.ok || !b.ok) throw new Error('evaluation failed');
      return { v: [a.value.awards[0]!.verdict, b.value.awards[0]!.verdict], failing: b.value.awards[0]!.failing };
    };
    await page.selectOption('#award', AWARD);
    await page.click('#evaluate');
    const first = await verdicts(withFacts);
    expect(first.v).toEqual(['eligible', 'ineligible']);
    await expect.poll(() => page.locator(`#verdict-local li[data-award="${AWARD}"]`).getAttribute('data-verdict')).toBe(first.v[1]);
    expect(await page.locator(`#verdict-national li[data-award="${AWARD}"]`).getAttribute('data-verdict')).toBe(first.v[0]);
    // the failing criterion, worded as the library words it, reads the declared fact
    const failed = first.failing.find((f) => f.status === 'fail')!;
    expect(first.failing.filter((f) => f.status === 'fail')).toHaveLength(1);
    const rule = applied.value.regimes.flatMap((r) => r.rules).find((r) => r.id === failed.ruleId)!;
    const line = describeRule(rule, { lang: 'vi' }).lines.find((l) => l.name === failed.name)!;
    expect(line.text.toLowerCase()).toContain(facts.find((f) => f.id === 'activeInResidenceArea')!.label.vi.toLowerCase());
    expect(await page.locator('.explanation').textContent()).toContain(`✗ ${line.text}`);

    // the officer fills the placeholders in (and the facts the sample lacked): the subject meets Lào Cai's conditions
    entry.extraFacts!['activeInResidenceArea'] = true;
    Object.assign(entry, { hasGoodMorals: true, isActiveLearner: true });
    await page.fill('#subject', JSON.stringify(withFacts, null, 2));
    await page.click('#evaluate');
    const second = await verdicts(withFacts);
    expect(second.v).toEqual(['eligible', 'eligible']);
    await expect.poll(() => page.locator(`#verdict-local li[data-award="${AWARD}"]`).getAttribute('data-verdict')).toBe(second.v[1]);
    expect(await page.locator(`#verdict-national li[data-award="${AWARD}"]`).getAttribute('data-verdict')).toBe(second.v[0]);
    await context.close();
  });

  test('imports the Bắc Ninh bloc file and adds a deduction to its score sheet (points per occurrence, a lowest total, maximum 0)', async () => {
    const BN = 'bac-ninh';
    const file = join(ROOT, 'examples/data/clusters/khoi-so-nganh-bac-ninh-2025.json');
    const sheet = checkScoreSheet((JSON.parse(readFileSync(file, 'utf8')) as { review: { scoreSheet: unknown } }).review.scoreSheet, ['review', 'scoreSheet']);
    if (!sheet.ok) throw new Error('the bloc file has no valid score sheet');
    const { page, context } = await open();
    await page.click('#tab-tighten');
    await page.selectOption('#province', BN);
    await page.click('#new-overlay');
    await page.fill('#f-decision-number', '20/2026/QĐ-UBND');
    await page.setInputFiles('#import-sheet', file);
    await expect.poll(() => page.locator('#status').textContent()).toBe(t('vi', 'sheetLoaded', { id: sheet.value.id }));
    // the sheet's addresses join the criteria, as the library lists them
    const expected = overlayTargets(national, { regime: national.regimes[0]!.id, sheets: [sheet.value] }).filter((x) => x.kind === 'sheet' || x.kind === 'sheet-group').map((x) => x.target);
    expect(expected.length).toBeGreaterThan(1);
    const offered = await page.locator('#criterion option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v.startsWith('sheet:')));
    expect(offered).toEqual(expected);

    const target = expected[1]!; // a group of the sheet
    await page.selectOption('#criterion', target);
    await page.fill('#sheet-criterion-id', 'vi-pham-so-nganh');
    await page.fill('#sheet-title-vi', 'Vi phạm do sở, ngành báo cáo');
    await page.fill('#sheet-title-en', 'Violations reported by departments');
    await page.fill('#sheet-points', '2');
    await page.fill('#sheet-min', '6');
    await expect.poll(() => page.locator('#guard').textContent()).toContain(t('vi', 'accepted'));
    await page.click('#add-op');
    await expect.poll(() => page.locator('#validity').getAttribute('class')).toBe('ok');
    expect(await unlabelled(page)).toEqual([]);

    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-overlay')]);
    const overlayPath = join(work, 'bac-ninh-sheet-overlay.json');
    await dl.saveAs(overlayPath);
    const exported = JSON.parse(readFileSync(overlayPath, 'utf8')) as { operations: { id: string; criterion: unknown }[] };
    expect(exported.operations[0]!.criterion).toEqual({ kind: 'adjustment', id: 'vi-pham-so-nganh', title: { vi: 'Vi phạm do sở, ngành báo cáo', en: 'Violations reported by departments' }, pointsPerOccurrence: '-2', min: '-6', max: '0' });
    const local = applyOverlay(national, exported);
    if (!local.ok) throw new Error(JSON.stringify(local.issues));
    const sheetOps = local.value.overlays!.at(-1)!.sheetOperations ?? [];
    expect(sheetOps.map((s) => s.target)).toEqual([target]);

    // check: the deduction is listed with its operation, points and bounds
    await page.click('#tab-check');
    const li = page.locator(`#declarations .sheet-operations li[data-op="${exported.operations[0]!.id}"]`);
    await expect.poll(() => li.count()).toBe(1);
    const text = (await li.textContent())!;
    expect(text).toContain(libVi.cluster.provinceSheet.kind.adjustment);
    expect(text).toContain('Vi phạm do sở, ngành báo cáo');
    expect(text).toContain(target);
    expect(text).toContain(t('vi', 'perOccurrence', { points: libVi.formatDecimal('-2'), min: libVi.formatDecimal('-6'), max: libVi.formatDecimal('0') }));
    await context.close();
  });
});

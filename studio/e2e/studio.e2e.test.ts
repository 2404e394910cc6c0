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
  applyOverlay,
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
  type LeafNode,
  type RuleBook,
  type RuleDef,
} from '../../dist/index.js';
import { FACTS, vi as libVi } from '../../dist/advanced.js';
import { t } from '../src/locales.js';
import { newOverlay, type ProvinceInfo } from '../src/logic/overlay-draft.js';
import { setValueOp } from '../src/logic/operations.js';
import { serveStatic } from './serve.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'studio', 'dist');
const SHOTS = process.env['STUDIO_SCREENSHOTS'] ? join(ROOT, 'docs', 'studio') : undefined;
const PROVINCE = 'nghe-an';
const AWARD = 'lao-dong-tien-tien';

const loaded = loadNationalRuleBook();
if (!loaded.ok) throw new Error('national book does not load');
const national: RuleBook = loaded.value;

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
});

// Issue 16: every option object of the public functions is checked at run time against its schema
// (src/_internal/options.ts). An unknown key, a wrong type (`year: '2024'`, `awards: 'x'`) or a Result
// where a rule book belongs gives a typed issue (code, JSON path, vi/en message) or, for the functions
// that return plain values, a ThiduaError('invalid_option') — never a TypeError. Every exported function
// of both entries must be listed below, either with a call that takes an option object or as taking
// none, so a new function is a deliberate entry here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as api from '../src/index.js';
import * as advanced from '../src/advanced.js';
import { OPTION_KEYS } from '../src/_internal/options.js';
import { nationalBook, ROOT, strongCandidate } from './support/factories.js';

const book = nationalBook();
const subject = strongCandidate();
const report = await api.evaluateEligibility(book, subject, { year: 2025 });
if (!report.ok) throw new Error('fixture');
const next = await api.nextAwards(book, subject, { year: 2025 });
if (!next.ok) throw new Error('fixture');
const bonus = api.bonusFor(book, book.awards[0]!.id, { date: '2025-06-01', subjectKind: 'individual' });
const cycleFile = JSON.parse(readFileSync(join(ROOT, 'examples/data/clusters/dong-bang-song-hong-2023.json'), 'utf8')) as unknown;
const cycle = await api.evaluateCycle(cycleFile, book);
if (!cycle.ok) throw new Error('fixture');
const sheet = (cycleFile as { scoreSheet: unknown }).scoreSheet;
const graph = api.awardHierarchy(book);
if (!graph.ok) throw new Error('fixture');
const rule = book.awards.length ? [...book.regimes][0]!.rules[0]! : (undefined as never);

type Call = (options: unknown) => unknown;

/** Functions that take an option object: a call with valid other arguments, the options last. */
const WITH_OPTIONS: Record<string, Call> = {
  resolveRegime: (o) => api.resolveRegime(book, o as never),
  listCriteria: (o) => api.listCriteria(book, o as never),
  listParameters: (o) => api.listParameters(book, o as never),
  describeRule: (o) => api.describeRule(rule, o as never),
  awardHierarchy: (o) => api.awardHierarchy(book, o as never),
  applyOverlay: (o) => api.applyOverlay(book, api.provinceOverlay(api.provinceOverlayKeys()[0]!), o as never),
  applyOverlays: (o) => api.applyOverlays(book, [], o as never),
  applySheetOverlay: (o) => api.applySheetOverlay(sheet, { province: 'bac-ninh', issuer: { vi: 'x', en: 'x' } }, o as never),
  overlayTargets: (o) => api.overlayTargets(book, o as never),
  evaluateEligibility: (o) => api.evaluateEligibility(book, subject, o as never),
  evaluateMany: async (o) => {
    const out = [];
    for await (const x of api.evaluateMany(book, [subject], o as never)) out.push(x.result);
    return out[0];
  },
  nextAwards: (o) => api.nextAwards(book, subject, o as never),
  bonusFor: (o) => api.bonusFor(book, book.awards[0]!.id, o as never),
  applyQuotas: (o) => api.applyQuotas(book, [report.value], o as never),
  proposeAwards: (o) => api.proposeAwards(cycle.value.ranking, {}, book, o as never),
  checkBallots: (o) => api.checkBallots([], [], book, o as never),
  renderExplanation: (o) => api.renderExplanation(report.value, o as never),
  renderIssues: (o) => api.renderIssues([], o as never),
  renderBonus: (o) => (bonus.ok ? api.renderBonus(bonus.value, o as never) : api.renderNextAwards(next.value, o as never)),
  renderNextAwards: (o) => api.renderNextAwards(next.value, o as never),
  renderDiff: (o) => api.renderDiff(api.diffRuleBooks(book, book), o as never),
  renderCycle: (o) => api.renderCycle(cycle.value, o as never),
  hierarchyToMermaid: (o) => api.hierarchyToMermaid(graph.value, o as never),
};

/** Functions without an option object (their other arguments are covered by hostile-arguments.test.ts). */
const WITHOUT_OPTIONS = new Set([
  'agenciesFile', 'agencyOverlay', 'agencyOverlayKeys', 'canonicalAgencyKey', 'listAgencies', 'loadAgencyRuleBook', 'parseAgencies', 'checkExtraFacts',
  'issueMessage',
  'issueMessages',
  'loadRuleBook', 'loadNationalRuleBook', 'nationalRuleFiles', 'withParameters', 'listAwards', 'listProvinces', 'listRegimes', 'diffRuleBooks', 'loadProvinceRuleBook', 'provinceOverlay', 'provinceOverlayKeys', 'provincesFile',
  'checkCouncilVote', 'parseCaseFile', 'runCase', 'scoreCluster', 'rankCluster', 'nextCycle', 'evaluateCycle', 'checkCluster', 'checkScoreSheet', 'awardRoutes', 'renderHierarchyPage', 'toJsonSchema', 'ThiduaError',
  // thidua/advanced: positional arguments (history helpers check theirs in src/facts/checked.ts)
  'awardYears', 'availableInitiatives', 'awardCountInWindow', 'consecutiveAwardYears', 'consecutiveRatingYears', 'yearInDisciplinePeriod', 'yearsSinceAward', 'certificateWindow', 'consecutiveCycles', 'cyclePosition', 'cycleRun', 'lastAwardYearBefore', 'openingAwardYears', 'ratingCycleRun', 'windowRatingYears',
  'compileRuleBook', 'normalizeSubject', 'parseProvinces', 'describeProvenance', 'localText', 'makeIssue',
]);

/** The issues a call gave, or the ThiduaError it threw; fails the test on anything else. */
async function outcome(call: Call, options: unknown): Promise<{ codes: string[]; paths: string[]; vi: string; en: string } | 'ok'> {
  try {
    const r = (await call(options)) as { ok?: boolean; issues?: api.Issue[] } | undefined;
    if (r && typeof r === 'object' && r.ok === false) {
      return { codes: r.issues!.map((i) => i.code), paths: r.issues!.map((i) => i.path.join('.')), vi: r.issues!.map((i) => api.issueMessage(i, 'vi')).join(' '), en: r.issues!.map((i) => api.issueMessage(i, 'en')).join(' ') };
    }
    return 'ok';
  } catch (e) {
    expect(e, `threw ${String(e)}`).toBeInstanceOf(api.ThiduaError);
    expect((e as api.ThiduaError).code).toBe('invalid_option');
    return { codes: ['invalid_option'], paths: [], vi: '', en: (e as Error).message };
  }
}

describe('issue 16: option objects are validated at run time', () => {
  test('every exported function of both entries is classified (with or without options)', () => {
    const names = [...Object.keys(api), ...Object.keys(advanced)].filter((n) => typeof (api as Record<string, unknown>)[n] === 'function' || typeof (advanced as Record<string, unknown>)[n] === 'function').filter((n) => !/Schema$/.test(n));
    const unclassified = names.filter((n) => !(n in WITH_OPTIONS) && !WITHOUT_OPTIONS.has(n));
    expect(unclassified).toEqual([]);
    expect(Object.keys(WITH_OPTIONS).filter((n) => WITHOUT_OPTIONS.has(n))).toEqual([]);
  });

  for (const [name, call] of Object.entries(WITH_OPTIONS)) {
    test(`${name}: an unknown option key is refused with its name`, async () => {
      const r = await outcome(call, { year: 2025, date: '2025-06-01', subjectKind: 'individual', unit: 'u', organiser: 'province', bogusOption: 1 });
      expect(r).not.toBe('ok');
      if (r === 'ok') return;
      expect(r.en).toContain('bogusOption');
      if (r.vi) {
        expect(r.codes).toContain('unknown_option');
        expect(r.paths.some((p) => p.endsWith('bogusOption'))).toBe(true);
        expect(r.vi).toContain('Không có tùy chọn «bogusOption»');
      }
    });

    test(`${name}: a wrong type is refused, never a TypeError`, async () => {
      for (const bad of [{ year: '2024' }, { lang: 'fr' }, { awards: 'x' }, { regime: 5 }, 'x', 5, [], null]) {
        const r = await outcome(call, bad);
        // a value that fits the schema of this function (e.g. lang for a non-rendering function is an unknown key) is refused too
        expect(r, JSON.stringify(bad)).not.toBe('ok');
      }
    });
  }

  test('issue examples: typed params, no English prose in the Vietnamese message', async () => {
    const r = await api.evaluateEligibility(book, subject, { year: '2024' } as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: 'invalid_option', path: ['options', 'year'], params: { option: 'year', expected: 'year' } });
    expect(api.issueMessage(r.issues[0], 'vi')).toBe('Tùy chọn «year» không hợp lệ: cần năm, là số nguyên từ 1945 đến 2100.');
    const a = await api.evaluateEligibility(book, subject, { year: 2025, awards: 'x' } as never);
    expect(!a.ok && a.issues[0]).toMatchObject({ code: 'invalid_option', path: ['options', 'awards'], params: { expected: 'string-list' } });
    const res = api.loadNationalRuleBook();
    const b = await api.evaluateEligibility(res as never, subject, { year: 2025 });
    expect(!b.ok && b.issues[0]).toMatchObject({ code: 'invalid_option', path: ['book'], params: { expected: 'rule-book' } });
    expect(!b.ok && api.issueMessage(b.issues[0], 'en')).toContain('rule book');
  });

  test('the option tables name every key of the option types they check', () => {
    expect(OPTION_KEYS.evaluate).toEqual(['year', 'regime', 'periodEnd', 'awards', 'evaluator', 'detail', 'validator']);
  });
});

import { describe, expect, test } from 'vitest';
import { evaluateEligibility, nextAwards, type NextAward, type RuleBook } from '../src/index.js';
import { withParameters } from '../src/rule-book/with-parameters.js';
import { nationalBook } from './support/factories.js';

const book = nationalBook();
const reading = (values: Record<string, string>): RuleBook => {
  const r = withParameters(book, values);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const blocks = reading({ 'chienSiThiDuaTinh.cycleReading': 'blocks-of-three' });
const anyBasis = reading({ 'bangKhenThuTuong.certificateBasis': 'any' });

type Rating = 'excellent' | 'good' | 'completed';
const yr = (y: number, awards: string[], rating: Rating = 'excellent') => ({ year: y, taskRating: rating, hasGoodConduct: true, isLawAbiding: true, awards: awards.map((awardId) => ({ awardId })) });
const CS = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'];
const TINH = 'chien-si-thi-dua-tinh';
const TQ = 'chien-si-thi-dua-toan-quoc';
const BKT = 'bang-khen-tinh';
const PM = 'bang-khen-thu-tuong';
const person = (history: readonly Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({ kind: 'individual' as const, id: 'nguyen-van-a', category: 'civil-servant', history, ...extra });
const cstdcsYears = (from: number, to: number, extra: Record<number, string[]> = {}) => Array.from({ length: to - from + 1 }, (_, i) => yr(from + i, [...CS, ...(extra[from + i] ?? [])]));

async function next(b: RuleBook, subject: unknown, year: number, horizon?: number): Promise<readonly NextAward[]> {
  const r = await nextAwards(b, subject, { year, ...(horizon !== undefined ? { horizon } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.awards;
}
const award = (list: readonly NextAward[], id: string) => {
  const a = list.find((x) => x.awardId === id);
  if (!a) throw new Error(`${id} not listed`);
  return a;
};
const criterion = (a: NextAward, fact: string) => a.missing.find((m) => m.fact === fact)!;
const needYears = (a: NextAward, awardId: string) => a.needs.find((n) => n.kind === 'award' && n.awardIds[0] === awardId)?.years;

describe('nextAwards: cycles (titles.md §8a C1–C4; Law 06/2022 Arts. 21, 22)', () => {
  test('Law 06/2022 Art. 22 (§8a C1): after CSTĐ tỉnh 2024 the next one is 2027 at the earliest', async () => {
    const a = award(await next(book, person(cstdcsYears(2022, 2025, { 2024: [TINH] })), 2025), TINH);
    expect(a.earliestYear).toBe(2027);
    expect(criterion(a, 'consecutiveAwardYears')).toMatchObject({ actual: '1', earliestYear: 2027, needs: [{ kind: 'award', awardIds: ['chien-si-thi-dua-co-so'], years: [2026, 2027] }] });
    // under blocks-of-three the restart is the same: 2025–2027 is the next block
    expect(award(await next(blocks, person(cstdcsYears(2022, 2025, { 2024: [TINH] })), 2025), TINH).earliestYear).toBe(2027);
  });

  test('Law 06/2022 Art. 22 (§8a C1 boundary): two CSTĐCS since the title need exactly one more year; none need three', async () => {
    const two = award(await next(book, person(cstdcsYears(2023, 2025, { 2023: [TINH] }).slice(0, 1).concat(cstdcsYears(2024, 2025))), 2025), TINH);
    expect(criterion(two, 'consecutiveAwardYears')).toMatchObject({ actual: '2', earliestYear: 2026, needs: [{ years: [2026] }] });
    const none = award(await next(book, person([yr(2025, [TINH, 'lao-dong-tien-tien'])]), 2025), TINH);
    expect(criterion(none, 'consecutiveAwardYears')).toMatchObject({ earliestYear: 2028, needs: [{ years: [2026, 2027, 2028] }] });
  });

  test('Law 06/2022 Art. 22 (§8a C2): CSTĐCS 2021–2024, no CSTĐ tỉnh — 2024 under restart-after-title, 2026 under blocks-of-three', async () => {
    const subject = person(cstdcsYears(2021, 2024));
    const restart = award(await next(book, subject, 2024), TINH);
    expect(restart.earliestYear).toBe(2024);
    expect(restart.missing.some((m) => m.fact === 'consecutiveAwardYears')).toBe(false);
    const b = award(await next(blocks, subject, 2024), TINH);
    expect(b.earliestYear).toBe(2026);
    expect(criterion(b, 'consecutiveAwardYears')).toMatchObject({ actual: '1', earliestYear: 2026, needs: [{ years: [2025, 2026] }] });
  });

  test('Law 06/2022 Art. 22 (§8a C2 boundary): blocks-of-three lands on 6 — CSTĐCS 2020–2024 (5 years) needs 2025 only', async () => {
    const b = award(await next(blocks, person(cstdcsYears(2020, 2024)), 2024), TINH);
    expect(criterion(b, 'consecutiveAwardYears')).toMatchObject({ actual: '2', earliestYear: 2025, needs: [{ years: [2025] }] });
  });

  test('Law 2003 Art. 21 (§8a C3): CSTĐ tỉnh 2019 with CSTĐCS 2017–2020 → CSTĐTQ 2022, with CSTĐ tỉnh 2022 and CSTĐCS 2021–2022', async () => {
    const a = award(await next(book, person(cstdcsYears(2017, 2020, { 2019: [TINH] })), 2020), TQ);
    expect(a.earliestYear).toBe(2022);
    expect(needYears(a, TINH)).toEqual([2022]);
    expect(needYears(a, 'chien-si-thi-dua-co-so')).toEqual([2021, 2022]);
  });

  test('Law 06/2022 Art. 21 (§8a C3, chained to Art. 22): two CSTĐCS and no CSTĐ tỉnh → CSTĐ tỉnh 2026 and 2029, CSTĐTQ 2029', async () => {
    const list = await next(book, person([yr(2024, CS), yr(2025, CS)]), 2025);
    expect(award(list, TINH).earliestYear).toBe(2026);
    const a = award(list, TQ);
    expect(a.earliestYear).toBe(2029);
    expect(needYears(a, TINH)).toEqual([2026, 2029]);
    expect(needYears(a, 'chien-si-thi-dua-co-so')).toEqual([2026, 2027, 2028, 2029]);
  });

  test('Law 2003 Art. 21 (§8a C4): after CSTĐTQ 2022, two new cycles — CSTĐ tỉnh 2025 and 2028, CSTĐTQ 2028', async () => {
    const a = award(await next(book, person(cstdcsYears(2017, 2023, { 2019: [TINH], 2022: [TINH, TQ] })), 2023), TQ);
    expect(a.earliestYear).toBe(2028);
    expect(needYears(a, TINH)).toEqual([2025, 2028]);
  });

  test('Law 06/2022 Art. 21 (§8a C3): CSTĐCS broken in 2020 — the earlier CSTĐ tỉnh 2019 does not count', async () => {
    const history = [...cstdcsYears(2017, 2019, { 2019: [TINH] }), ...cstdcsYears(2021, 2024)];
    const a = award(await next(book, person(history), 2024), TQ);
    // a new pair of adjacent cycles: CSTĐ tỉnh 2024 is reachable now (2022–2024), the second one in 2027
    expect(needYears(a, TINH)).toEqual([2024, 2027]);
    expect(a.earliestYear).toBe(2027);
  });
});

describe('nextAwards: windows after a certificate (titles.md §8a C5, C9; Law 06/2022 Arts. 73.1.b, 74.1.d)', () => {
  test('Law 06/2022 Art. 73.1.b (§8a C5): Bằng khen tỉnh 2022 → five good years 2023–2027, not "next year"', async () => {
    const subject = person([yr(2022, [BKT], 'good'), yr(2023, [], 'good'), yr(2024, CS, 'good')]);
    const a = award(await next(book, subject, 2024), PM);
    expect(criterion(a, 'windowYearsAfterAward')).toMatchObject({ actual: '2', earliestYear: 2027 });
    expect(criterion(a, 'awardCountAfterAward')).toMatchObject({ actual: '1', earliestYear: 2026, needs: [{ kind: 'award', awardIds: ['chien-si-thi-dua-co-so'], years: [2025, 2026] }] });
  });

  test('Law 06/2022 Art. 73.1.b (§8a C5 boundary): the window starts after the certificate year — a completed year inside it restarts the run', async () => {
    const subject = person([yr(2021, [BKT], 'good'), yr(2022, [], 'completed'), yr(2023, [], 'good'), yr(2024, [], 'good')]);
    const a = award(await next(book, subject, 2024), PM);
    expect(criterion(a, 'windowYearsAfterAward')).toMatchObject({ actual: '2', earliestYear: 2027 });
  });

  test('Law 06/2022 Art. 73.1.b (§8a C5): a PM certificate 2023 uses up Bằng khen tỉnh 2018 — a new certificate (2024), then 2025–2029', async () => {
    const subject = person([yr(2018, [BKT], 'good'), ...[2019, 2020, 2021].map((y) => yr(y, CS, 'good')), yr(2022, [], 'good'), yr(2023, [PM], 'good'), yr(2024, [], 'good')]);
    const a = award(await next(book, subject, 2024), PM);
    expect(criterion(a, 'openingAwardCount')).toMatchObject({ earliestYear: 2025, needs: [{ kind: 'award', awardIds: [BKT], years: [2024] }] });
    expect(criterion(a, 'windowYearsAfterAward')).toMatchObject({ earliestYear: 2029 });
    expect(criterion(a, 'awardCountAfterAward')).toMatchObject({ earliestYear: 2027, needs: [{ awardIds: [BKT], years: [2024] }, { awardIds: ['chien-si-thi-dua-co-so'], years: [2025, 2026, 2027] }] });
  });

  test('Law 06/2022 Art. 73.1.b (§8a C5, OQ-62): Bằng khen tỉnh 2015 and 2022 — latest: CSTĐCS 2025–2027 and good years to 2027 needed; any: eligible now', async () => {
    const subject = person([
      yr(2015, [BKT], 'good'),
      ...[2016, 2017, 2018].map((y) => yr(y, CS, 'good')),
      ...[2019, 2020, 2021].map((y) => yr(y, [], 'good')),
      yr(2022, [BKT], 'good'),
      ...[2023, 2024, 2025].map((y) => yr(y, [], 'good')),
    ]);
    const latest = award(await next(book, subject, 2025), PM);
    expect(criterion(latest, 'windowYearsAfterAward')).toMatchObject({ earliestYear: 2027 });
    // CSTĐCS 2025 is still within reach (an initiative recognised in 2025, the ballot held): 2025–2027
    expect(criterion(latest, 'awardCountAfterAward')).toMatchObject({ earliestYear: 2027, needs: [{ years: [2025, 2026, 2027] }] });
    expect(latest.earliestYear).toBe(2025); // the other routes of Art. 73.1 can still be asserted for 2025
    const anyList = await next(anyBasis, subject, 2025);
    expect(anyList.find((a) => a.awardId === PM)).toBeUndefined();
    const now = await evaluateEligibility(anyBasis, subject, { year: 2025 });
    expect(now.ok && now.value.awards.find((a) => a.awardId === PM)!.verdict).toBe('eligible');
  });

  test('Law 06/2022 Art. 74.1.d (§8a C9): after Bằng khen tỉnh 2023 the two CSTĐCS count from 2024 — 2025 at the earliest', async () => {
    const a = award(await next(book, person([yr(2022, CS), yr(2023, [...CS, BKT]), yr(2024, CS)]), 2024), BKT);
    expect(criterion(a, 'consecutiveAwardYears')).toMatchObject({ actual: '1', earliestYear: 2025, needs: [{ awardIds: ['chien-si-thi-dua-co-so'], years: [2025] }] });
    expect(criterion(a, 'consecutiveRatingYears')).toMatchObject({ actual: '1', earliestYear: 2025 });
  });

  test('Decree 91/2017 Art. 38.1.c (§8a C6): five initiatives counted in the window after the certificate, recognised by the window year', async () => {
    const subject = person([yr(2018, [BKT]), ...[2019, 2020, 2021].map((y) => yr(y, []))], { initiatives: [{ id: 'sk-1', kind: 'initiative', year: 2017, recognisedScope: 'grassroots', applied: true }, { id: 'sk-2', kind: 'initiative', year: 2020, recognisedScope: 'grassroots', applied: true }] });
    const a = award(await next(book, subject, 2021), PM);
    // 2017 is before the window: it does not count; 2020 does
    const ini = a.missing.find((m) => m.fact === 'initiativeCountAfterAward')!;
    expect(ini).toMatchObject({ actual: '1', earliestYear: 2021, needs: [{ kind: 'initiative', count: 4, years: [2021] }] });
    expect(criterion(a, 'windowYearsAfterAward')).toMatchObject({ actual: '3', earliestYear: 2023 });
  });
});

describe('nextAwards: only awards the subject can have (Law 06/2022 Arts. 24, 27, 28; rules/awards.json armedForcesVariantOf)', () => {
  const ids = (list: readonly NextAward[]) => list.map((a) => a.awardId);
  // the 2025 rating is not recorded yet: the unit titles are undetermined, so they are listed
  const civilYear = (y: number) => ({ year: y, ...(y < 2025 ? { taskRating: 'good' as const } : {}), hasGoodConduct: true, awards: [] });

  test('Law 06/2022 Art. 24: a civil servant is never pointed to Chiến sĩ tiên tiến or a unit title of the armed forces', async () => {
    const list = await next(book, person([civilYear(2024), civilYear(2025)]), 2025);
    expect(ids(list)).toContain('lao-dong-tien-tien');
    for (const id of ['chien-si-tien-tien', 'don-vi-tien-tien', 'don-vi-quyet-thang', 'tap-the-lao-dong-tien-tien']) expect(ids(list)).not.toContain(id);
  });

  test('Law 06/2022 Art. 24: an armed-forces individual is pointed to Chiến sĩ tiên tiến, not Lao động tiên tiến, and needs name it', async () => {
    const list = await next(book, person([civilYear(2024), civilYear(2025)], { category: 'armed-forces' }), 2025);
    expect(ids(list)).toContain('chien-si-tien-tien');
    expect(ids(list)).not.toContain('lao-dong-tien-tien');
    const cstdcs = award(list, 'chien-si-thi-dua-co-so');
    expect(JSON.stringify(cstdcs.needs)).not.toContain('lao-dong-tien-tien');
  });

  test('Law 06/2022 Arts. 27, 28: a civil agency gets the labour-collective titles, an armed-forces unit the unit titles; neither a household, village or commune title', async () => {
    const rec = { year: 2025, taskRating: 'excellent', isEmulationActive: true, hasSolidarity: true, isLawAbiding: true, memberCount: 10, advancedMemberCount: 8, completedMemberCount: 10 };
    const agency = ids(await next(book, { kind: 'collective', id: 'phong-a', collectiveKind: 'agency', history: [rec] }, 2025));
    expect(agency).toContain('tap-the-lao-dong-tien-tien');
    for (const id of ['don-vi-tien-tien', 'don-vi-quyet-thang', 'gia-dinh-van-hoa', 'thon-to-dan-pho-van-hoa', 'xa-phuong-tieu-bieu', 'lao-dong-tien-tien']) expect(agency).not.toContain(id);
    const unit = ids(await next(book, { kind: 'collective', id: 'tieu-doan-1', collectiveKind: 'unit', isArmedForces: true, history: [rec] }, 2025));
    expect(unit).toContain('don-vi-tien-tien');
    for (const id of ['tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac']) expect(unit).not.toContain(id);
  });
});

describe('nextAwards: no internal ids in what a person reads', () => {
  test('hierarchy steps are award titles and relations in words, never edge ids', async () => {
    const r = await nextAwards(book, person(cstdcsYears(2022, 2025, { 2024: [TINH] })), { year: 2025 });
    if (!r.ok) throw new Error('nextAwards failed');
    const edgeIds = new Set((book.hierarchy?.edges ?? []).map((e) => e.id));
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(r.value);
    expect(strings.filter((s) => edgeIds.has(s))).toEqual([]);
    expect(award(r.value.awards, TINH).via).toEqual([
      expect.objectContaining({ awardId: 'chien-si-thi-dua-co-so', title: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter' }, relation: expect.objectContaining({ vi: expect.stringContaining('3 lần liên tục') }) }),
    ]);
  });
});

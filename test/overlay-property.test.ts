import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyOverlay, evaluateEligibility, type EligibilityReport, type Finding } from '../src/index.js';
import { nationalBook } from './support/factories.js';
import { overlayWith } from './support/overlays.js';

const national = nationalBook();
const AWARDS = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-tinh'];

const opArb = (i: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: 3 }).map((n) => ({ op: 'set', label: { vi: 'Nhãn mới', en: 'New label' }, target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value: String(n) })),
    fc.integer({ min: 1, max: 5 }).map((n) => ({ op: 'set', label: { vi: 'Nhãn mới', en: 'New label' }, target: 'chien-si-thi-dua-tinh-nd152#cstdcs-three-consecutive', value: String(n) })),
    fc.constantFrom('0.5', '0.8', '0.85', '1').map((v) => ({ op: 'set', target: 'param:ballot.cstdcsMinShare', value: v })),
    fc.integer({ min: 1, max: 5 }).map((n) => ({ op: 'set', target: 'param:chienSiThiDuaTinh.achievementWindowYears', value: n })),
    fc.integer({ min: 1, max: 5 }).map((n) => ({ op: 'set', label: { vi: 'Nhãn mới', en: 'New label' }, target: 'chien-si-thi-dua-tinh-nd152#provincial-initiative', field: 'params.years', value: n })),
    fc.subarray(['completed', 'good', 'excellent'], { minLength: 1 }).map((v) => ({ op: 'set', label: { vi: 'Nhãn mới', en: 'New label' }, target: 'lao-dong-tien-tien-nd152#task-rating-good', value: v })),
    fc.constantFrom('chien-si-thi-dua-co-so-nd152#root', 'chien-si-thi-dua-co-so-nd152#second-criterion', 'lao-dong-tien-tien-nd152#root').map((target) => ({
      op: 'add',
      target,
      condition: { name: `added-${i}`, fact: 'isLawAbiding', operator: 'equal', value: true },
    })),
  ).map((o) => ({ id: `op-${i}`, ...o }));

const overlayArb = fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => opArb(i))));

const rating = fc.constantFrom('excellent', 'good', 'completed', 'failed');
const subjectArb = fc.record({
  years: fc.tuple(...[2024, 2025, 2026].map((year) =>
    fc.record({
      taskRating: rating,
      hasGoodConduct: fc.boolean(),
      isLawAbiding: fc.option(fc.boolean(), { nil: undefined }),
      awards: fc.subarray(['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']),
    }).map((r) => ({ year, taskRating: r.taskRating, hasGoodConduct: r.hasGoodConduct, ...(r.isLawAbiding === undefined ? {} : { isLawAbiding: r.isLawAbiding }), awards: r.awards.map((awardId) => ({ awardId })) })),
  )),
  initiatives: fc.array(
    fc.record({ kind: fc.constantFrom('initiative', 'research'), year: fc.integer({ min: 2023, max: 2026 }), recognisedScope: fc.constantFrom('grassroots', 'ministry-province') }),
    { maxLength: 3 },
  ),
  votes: fc.tuple(fc.integer({ min: 5, max: 20 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })),
}).map((s) => ({
  kind: 'individual',
  id: 'p',
  history: s.years,
  initiatives: s.initiatives.map((x, i) => ({ id: `sk-${i}`, ...x })),
  councilVotes: [
    { awardId: 'chien-si-thi-dua-co-so', year: 2026, members: s.votes[0], approvals: Math.floor((s.votes[0] * s.votes[1]) / 100) },
    { awardId: 'chien-si-thi-dua-tinh', year: 2026, members: s.votes[0], approvals: Math.floor((s.votes[0] * s.votes[2]) / 100) },
  ],
}));

/** Status of every statutory leaf and every rule, keyed "award|rule|leaf". */
function statuses(report: EligibilityReport): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (prefix: string, f: Finding): void => {
    if (f.type === 'leaf') {
      if (f.statutory) out.set(`${prefix}|${f.name}`, f.status);
    } else f.children.forEach((c) => walk(prefix, c));
  };
  for (const a of report.awards) {
    out.set(`${a.awardId}|verdict`, a.verdict);
    for (const r of a.rules) {
      out.set(`${a.awardId}|${r.ruleId}`, r.status);
      walk(`${a.awardId}|${r.ruleId}`, r.tree);
    }
  }
  return out;
}

describe('overlay property: an accepted overlay never makes a subject pass a statutory condition it failed', () => {
  test('random overlays × random subjects (fast-check, seeded)', async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(overlayArb, subjectArb, async (ops, subject) => {
        const r = applyOverlay(national, overlayWith(ops));
        if (!r.ok) {
          refused++;
          expect(r.issues.every((i) => ['overlay_loosens_statute', 'duplicate_id'].includes(i.code))).toBe(true);
          return;
        }
        accepted++;
        const before = await evaluateEligibility(national, subject, { year: 2026, awards: AWARDS });
        const after = await evaluateEligibility(r.value, subject, { year: 2026, awards: AWARDS });
        if (!before.ok || !after.ok) throw new Error('evaluation failed');
        const a = statuses(before.value);
        const b = statuses(after.value);
        for (const [key, st] of a) {
          if (st === 'fail' || st === 'ineligible') expect([key, b.get(key)]).not.toEqual([key, st === 'fail' ? 'pass' : 'eligible']);
          if (st === 'fail') expect(b.get(key), key).not.toBe('pass');
          if (st === 'ineligible') expect(b.get(key), key).toBe('ineligible');
        }
      }),
      { seed: 20260101, numRuns: 80 },
    );
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  }, 60_000);
});

import fc from 'fast-check';
import type { Need } from '../../src/index.js';

/**
 * The history "extended as the report says" (docs/next-awards.md, "Needs and the extended
 * history"), written independently of src/next so that the property test checks the projection
 * against the evaluator and not against itself:
 * 1. records after N are dropped; each year N+1 … Y gets a copy of N's record without its awards,
 *    and N's council votes are repeated for it;
 * 2. each need is added: an award (its first id) in each of its years; a task rating (the highest
 *    of the list) in each year; `count` initiatives of the first kind, at the scope, applied, per
 *    year; a `criterion` need met in each year — a passing ballot (members = approvals) for the
 *    award, the boolean of the year record set to true, an achievement of the first kind at the
 *    scope, the asserted criterion listed.
 */
export function extendAsReported(subject: Record<string, unknown>, N: number, Y: number, needs: readonly Need[], awardId: string): Record<string, unknown> {
  const history = (subject['history'] as Record<string, unknown>[]).filter((r) => (r['year'] as number) <= N).map((r) => ({ ...r }));
  const byYear = new Map(history.map((r) => [r['year'] as number, r]));
  const base = byYear.get(N);
  let votes = ((subject['councilVotes'] as Record<string, unknown>[] | undefined) ?? []).filter((v) => (v['year'] as number) <= N);
  const votesN = votes.filter((v) => v['year'] === N);
  for (let t = N + 1; t <= Y; t++) {
    if (base) {
      const { awards: _a, ...rest } = base;
      byYear.set(t, { ...rest, year: t });
    }
    votes = [...votes, ...votesN.map((v) => ({ ...v, year: t }))];
  }
  const initiatives = ((subject['initiatives'] as Record<string, unknown>[] | undefined) ?? []).filter((i) => (i['year'] as number) <= N);
  const rec = (t: number): Record<string, unknown> => {
    let r = byYear.get(t);
    if (!r) byYear.set(t, (r = { year: t }));
    return r;
  };
  const order = ['failed', 'completed', 'good', 'excellent'];
  for (const n of needs) {
    for (const t of n.years) {
      const r = rec(t);
      switch (n.kind) {
        case 'award': {
          const awards = (r['awards'] as { awardId: string }[] | undefined) ?? [];
          r['awards'] = [...awards, { awardId: n.awardIds[0]! }];
          break;
        }
        case 'rating':
          r['taskRating'] = [...n.ratings].sort((a, b) => order.indexOf(b) - order.indexOf(a))[0];
          break;
        case 'initiative':
          for (let i = 0; i < n.count; i++) initiatives.push({ id: `ext-${t}-${initiatives.length}`, kind: n.kinds[0], year: t, recognisedScope: n.minScope, applied: true });
          break;
        case 'criterion': {
          const p = n.params ?? {};
          if (n.fact === 'councilApprovalShare') {
            const award = (p['awardId'] as string | undefined) ?? awardId;
            votes = [...votes.filter((v) => !(v['awardId'] === award && v['year'] === t)), { awardId: award, year: t, members: 10, approvals: 10 }];
          } else if (n.fact === 'hasAchievement') {
            const scope = (p['minScope'] as string | undefined) ?? 'unit';
            const achievements = (r['achievements'] as unknown[] | undefined) ?? [];
            r['achievements'] = [...achievements, { kind: (p['kinds'] as string[])[0], scope, ...(p['minDurationYears'] ? { durationYears: p['minDurationYears'] } : {}) }];
          } else if (n.fact === 'isCriterionAsserted') {
            r['assertedCriteria'] = [...((r['assertedCriteria'] as string[] | undefined) ?? []), p['criterion']];
          } else if (['hasGoodConduct', 'isLawAbiding', 'isActiveLearner', 'hasGoodMorals', 'isPublishedForComment'].includes(n.fact)) {
            r[n.fact] = true;
          } else {
            throw new Error(`extendAsReported: no way to meet a "${n.fact}" criterion`);
          }
          break;
        }
      }
    }
  }
  return {
    ...subject,
    history: [...byYear.values()].sort((a, b) => (a['year'] as number) - (b['year'] as number)),
    initiatives,
    councilVotes: votes,
  };
}

const TITLES = [
  ['chien-si-thi-dua-co-so', 0.7],
  ['chien-si-thi-dua-tinh', 0.2],
  ['chien-si-thi-dua-toan-quoc', 0.05],
  ['bang-khen-tinh', 0.25],
  ['bang-khen-thu-tuong', 0.1],
] as const;

/**
 * An individual evaluated in N (2022–2025: all three regimes) with a history of CSTĐCS, CSTĐ tỉnh,
 * CSTĐTQ, Bằng khen tỉnh and the PM certificate over N−8 … N, ratings, initiatives (applied or not),
 * ballots for N, and a year-N record that asserts no achievement (so that the history routes decide).
 */
export function cycleSubjectArb() {
  return fc
    .record({
      N: fc.integer({ min: 2022, max: 2025 }),
      armed: fc.boolean(),
      years: fc.array(
        fc.record({
          present: fc.double({ min: 0, max: 1, noNaN: true }),
          rating: fc.constantFrom('excellent', 'excellent', 'good', 'good', 'completed', undefined),
          draws: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: TITLES.length, maxLength: TITLES.length }),
        }),
        { minLength: 9, maxLength: 9 },
      ),
      initiatives: fc.array(
        fc.record({
          back: fc.integer({ min: 0, max: 8 }),
          kind: fc.constantFrom('initiative', 'research'),
          recognisedScope: fc.constantFrom('grassroots', 'grassroots', 'ministry-province', 'national'),
          applied: fc.constantFrom(true, true, false, undefined),
        }),
        { maxLength: 5 },
      ),
      votes: fc.array(fc.record({ awardId: fc.constantFrom('chien-si-thi-dua-co-so', 'chien-si-thi-dua-tinh', 'chien-si-thi-dua-toan-quoc', 'bang-khen-tinh'), approvals: fc.constantFrom(10, 10, 5) }), { maxLength: 3 }),
      published: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((r) => {
      const N = r.N;
      const history = r.years.flatMap((y, i) => {
        const year = N - 8 + i;
        if (year !== N && y.present < 0.08) return [];
        const awards: { awardId: string }[] = [];
        TITLES.forEach(([id, p], k) => {
          if (y.draws[k]! < p) awards.push({ awardId: id });
        });
        if (awards.some((a) => a.awardId === 'chien-si-thi-dua-co-so')) awards.unshift({ awardId: r.armed ? 'chien-si-tien-tien' : 'lao-dong-tien-tien' });
        return [
          {
            year,
            ...(y.rating ? { taskRating: y.rating } : {}),
            hasGoodConduct: true,
            isLawAbiding: true,
            ...(year === N ? { achievements: [], ...(r.published !== undefined ? { isPublishedForComment: r.published } : {}) } : {}),
            awards,
          },
        ];
      });
      const seen = new Set<string>();
      return {
        kind: 'individual' as const,
        id: 'nguoi-thu',
        category: r.armed ? ('armed-forces' as const) : ('civil-servant' as const),
        history,
        initiatives: r.initiatives.map((x, i) => ({ id: `sk-${i}`, kind: x.kind, year: N - x.back, recognisedScope: x.recognisedScope, ...(x.applied !== undefined ? { applied: x.applied } : {}) })),
        councilVotes: r.votes
          .filter((v) => (seen.has(v.awardId) ? false : (seen.add(v.awardId), true)))
          .map((v) => ({ awardId: v.awardId, year: N, members: 10, approvals: v.approvals })),
        N,
      };
    });
}

/**
 * The bench population: N individuals (seeded LCG, reproducible) with 5–10 history years each, ending
 * in 2025. Shared by scripts/bench.ts and scripts/compare-verdicts.ts so both read the same people.
 */
export const SEED = 20251231;
let seed = SEED;
const rnd = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const RATINGS = ['excellent', 'good', 'completed', 'failed'] as const;
export type BenchPerson = ReturnType<typeof person>;

function person(i: number) {
  const years = 5 + Math.floor(rnd() * 6);
  const history = [];
  for (let y = 2025 - years + 1; y <= 2025; y++) {
    const taskRating = pick(RATINGS);
    const awards: { awardId: string }[] = [];
    if (taskRating === 'excellent' || taskRating === 'good') awards.push({ awardId: 'lao-dong-tien-tien' });
    if (taskRating === 'excellent' && rnd() < 0.7) awards.push({ awardId: 'chien-si-thi-dua-co-so' });
    history.push({ year: y, taskRating, hasGoodConduct: rnd() < 0.95, awards });
  }
  const members = 7 + Math.floor(rnd() * 9);
  return {
    kind: 'individual' as const,
    id: `p-${i}`,
    history,
    isUnderInvestigation: rnd() < 0.02,
    initiatives: rnd() < 0.4 ? [{ id: `sk-${i}`, kind: 'initiative' as const, year: 2025 - Math.floor(rnd() * 3), recognisedScope: pick(['grassroots', 'ministry-province'] as const) }] : [],
    councilVotes: [
      { awardId: 'chien-si-thi-dua-co-so', year: 2025, members, approvals: members - Math.floor(rnd() * 4) },
      { awardId: 'chien-si-thi-dua-tinh', year: 2025, members, approvals: members - Math.floor(rnd() * 3) },
    ],
  };
}


/** The seeded population, generated lazily (the same subjects every time), so nothing holds all of it. */
export function* population(n: number): Generator<BenchPerson> {
  seed = SEED;
  for (let i = 0; i < n; i++) yield person(i);
}

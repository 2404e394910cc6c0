/**
 * Benchmark of the json-rules-engine evaluation path (the evaluator of record).
 * Usage: npm run bench [-- --n 5000]
 *
 * Builds a seeded synthetic population of individuals (5–10 history years each), evaluates every
 * individual title for 2025 with full explanations, and reports subjects/s, ms per 1,000 subjects
 * and peak RSS. Results are also written to bench-results.json. Never used by unit tests.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { evaluateEligibility, loadNationalRuleBook } from '../src/index.js';

const nArg = process.argv.indexOf('--n');
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 5000;

let seed = 20251231;
const rnd = (): number => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const RATINGS = ['excellent', 'good', 'completed', 'failed'] as const;

function person(i: number) {
  const years = 5 + Math.floor(rnd() * 6);
  const history = [];
  for (let y = 2025 - years + 1; y <= 2025; y++) {
    const taskRating = pick(RATINGS);
    const awards = [];
    if (taskRating === 'excellent' || taskRating === 'good') awards.push({ awardId: 'lao-dong-tien-tien' });
    if (taskRating === 'excellent' && rnd() < 0.6) awards.push({ awardId: 'chien-si-thi-dua-co-so' });
    history.push({ year: y, taskRating, hasGoodConduct: rnd() < 0.95, awards });
  }
  const members = 7 + Math.floor(rnd() * 9);
  return {
    kind: 'individual' as const,
    id: `p-${i}`,
    history,
    initiatives: rnd() < 0.4 ? [{ id: `sk-${i}`, kind: 'initiative' as const, year: 2025, recognisedScope: pick(['grassroots', 'ministry-province'] as const) }] : [],
    councilVotes: [
      { awardId: 'chien-si-thi-dua-co-so', year: 2025, members, approvals: Math.floor(rnd() * (members + 1)) },
      { awardId: 'chien-si-thi-dua-tinh', year: 2025, members, approvals: Math.floor(rnd() * (members + 1)) },
    ],
  };
}

const t0 = performance.now();
const book = loadNationalRuleBook();
const loadMs = performance.now() - t0;
if (!book.ok) throw new Error('rule book failed to load');
const population = Array.from({ length: N }, (_, i) => person(i));
let peakRss = process.memoryUsage().rss;
const counts: Record<string, number> = {};
const start = performance.now();
for (let i = 0; i < population.length; i++) {
  const r = await evaluateEligibility(book.value, population[i], { year: 2025 });
  if (!r.ok) throw new Error(`unexpected issues for ${i}`);
  for (const a of r.value.awards) counts[`${a.awardId}:${a.verdict}`] = (counts[`${a.awardId}:${a.verdict}`] ?? 0) + 1;
  if (i % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const ms = performance.now() - start;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  subjects: N,
  evaluator: 'json-rules-engine 7.3.1 (fresh engine per subject, dotted path resolver, full explanations)',
  ruleBookLoadMs: Number(loadMs.toFixed(1)),
  totalMs: Number(ms.toFixed(1)),
  subjectsPerSecond: Math.round((N / ms) * 1000),
  msPer1000: Number(((ms / N) * 1000).toFixed(1)),
  peakRssMB: Math.round(peakRss / 2 ** 20),
  verdicts: Object.fromEntries(Object.entries(counts).sort()),
};
writeFileSync('bench-results.json', `${JSON.stringify(result, null, 2)}\n`);
console.table({
  'json-rules-engine': { subjects: N, 'subjects/s': result.subjectsPerSecond, 'ms/1000': result.msPer1000, 'peak RSS MB': result.peakRssMB, 'load ms': result.ruleBookLoadMs },
});

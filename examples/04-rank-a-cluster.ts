/**
 * 04 — Rank a cluster, propose its awards and choose next year's leadership.
 * Usage: npm run build && npx tsx examples/04-rank-a-cluster.ts
 *
 * Loads the Red River Delta provinces cluster (review of 2023; scores illustrative, outcome as
 * reported in seed 004), evaluates the whole year with the embedded national rule book and prints
 * the Vietnamese report, then the exact ranking data of the top three members.
 */
import { readFileSync } from 'node:fs';
import { evaluateCycle, loadNationalRuleBook, renderCycle, renderIssues } from 'thidua';

const book = loadNationalRuleBook();
if (!book.ok) throw new Error(renderIssues(book.issues));

const file = JSON.parse(readFileSync(new URL('./data/clusters/dong-bang-song-hong-2023.json', import.meta.url), 'utf8'));
const cycle = await evaluateCycle(file, book.value);
if (!cycle.ok) {
  console.error(renderIssues(cycle.issues));
  process.exit(1);
}
console.log(renderCycle(cycle.value));
for (const e of cycle.value.ranking.entries.slice(0, 3)) console.log(`${e.rank}. ${e.member} ${e.total}`);
// => 1. nam-dinh 98.50
// => 2. hung-yen 83.86
// => 3. quang-ninh 75.70

/**
 * 05 — Batch-evaluate an HR export (CSV, one row per person and year) and print a summary.
 * Usage: npx tsx examples/05-batch-evaluate-csv.ts [examples/data/export.csv]
 *
 * Groups the rows into subjects, streams them through evaluateMany (the rule book is compiled once)
 * and prints, per award, how many people are eligible / ineligible / undetermined, plus every
 * row-level problem as a typed issue. The CSV parser here is deliberately minimal (no quoted commas).
 */
import { readFileSync } from 'node:fs';
import { evaluateMany, loadNationalRuleBook, renderIssues } from 'thidua';

const file = process.argv[2] ?? 'examples/data/export.csv';
const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
const cols = header!.split(',');

type Row = Record<string, string>;
const rows: Row[] = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v.trim()])));

const subjects = new Map<string, { kind: 'individual'; id: string; name: string; history: unknown[]; initiatives: unknown[]; councilVotes: unknown[] }>();
for (const r of rows) {
  const s = subjects.get(r['id']!) ?? { kind: 'individual' as const, id: r['id']!, name: r['name']!, history: [], initiatives: [], councilVotes: [] };
  const year = Number(r['year']);
  s.history.push({
    year,
    ...(r['taskRating'] ? { taskRating: r['taskRating'] } : {}),
    ...(r['hasGoodConduct'] ? { hasGoodConduct: r['hasGoodConduct'] === 'true' } : {}),
    awards: (r['awards'] ? r['awards'].split(';') : []).map((awardId) => ({ awardId })),
  });
  if (r['initiativeScope']) s.initiatives.push({ id: `${s.id}-${year}`, kind: 'initiative', year, recognisedScope: r['initiativeScope'] });
  if (r['councilMembers']) s.councilVotes.push({ awardId: 'chien-si-thi-dua-co-so', year, members: Number(r['councilMembers']), approvals: Number(r['councilApprovals']) });
  subjects.set(s.id, s);
}

const book = loadNationalRuleBook();
if (!book.ok) throw new Error(renderIssues(book.issues));
const ids = [...subjects.keys()];
const tally = new Map<string, Record<string, number>>();
for await (const { index, result } of evaluateMany(book.value, subjects.values(), { year: 2025, awards: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] })) {
  if (!result.ok) {
    console.error(`${ids[index]}:\n${renderIssues(result.issues, { lang: 'en' })}`);
    continue;
  }
  for (const a of result.value.awards) {
    const t = tally.get(a.awardId) ?? {};
    t[a.verdict] = (t[a.verdict] ?? 0) + 1;
    tally.set(a.awardId, t);
  }
}
for (const [award, t] of tally) console.log(award, JSON.stringify(t));
// => lao-dong-tien-tien {"eligible":2,"ineligible":1,"undetermined":1}
// => chien-si-thi-dua-co-so {"eligible":2,"ineligible":2}

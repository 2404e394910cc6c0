/**
 * Count the verdicts that differ between two builds of thidua over the bench population — used to
 * list every verdict a rule-book change moves (issue notes, docs/cycles.md).
 * Usage: npx tsx scripts/compare-verdicts.ts --old <dist dir> --new <dist dir> [--n 100000] [--years 2025] [--rich] [--reports]
 *
 * - The population is the one of `npm run bench` (scripts/bench-population.ts): 5–10 history years
 *   ending in 2025, LĐTT and CSTĐCS titles, some initiatives and council votes.
 * - `--rich` adds, deterministically per person, the higher titles the bench population lacks
 *   (CSTĐ tỉnh after three CSTĐCS, CSTĐTQ, Bằng khen tỉnh, a Prime Minister's certificate), earlier
 *   years back to 2012, `applied` flags on initiatives and council votes for every award, so that the
 *   rules that count those titles have something to count.
 * Each subject is evaluated for every year of `--years` under the regime of that year, by each build's
 * own embedded national rule book, with `detail: "verdicts"`. Prints one row per award and year:
 * subjects evaluated, verdicts that differ, and the transitions (old → new) with their counts.
 *
 * `--reports` (the safety net of a refactoring that must not change any output): per subject of the
 * population and per case of every rule-book case file (rules/national/<regime>/tests/*.json against
 * the national book, with the case's parameters; rules/provinces/<p>/tests/*.json against the province
 * overlay), the full report and the verdicts-only report of both builds as JSON text, byte for byte,
 * and per leaf of every rule outcome (read through the object, not the JSON) the status and the fact
 * value; the cases also through json-rules-engine. Prints the counts and exits 1 on any mismatch.
 * `--ignore-book-hash` reads the old book's hash as the new one's before the byte comparison (for two
 * builds whose books differ only in what decides nothing); an overlay the old build cannot apply is
 * skipped and listed.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { population, type BenchPerson } from './bench-population.js';

type Api = typeof import('../src/index.js');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const oldDir = arg('old');
const newDir = arg('new') ?? 'dist';
if (!oldDir) {
  console.error('Usage: npx tsx scripts/compare-verdicts.ts --old <dist dir> --new <dist dir> [--n 100000] [--years 2025] [--rich]');
  process.exit(2);
}
const N = Number(arg('n') ?? 100_000);
const YEARS = (arg('years') ?? '2025').split(',').map(Number);
const RICH = process.argv.includes('--rich');
const IGNORE_BOOK_HASH = process.argv.includes('--ignore-book-hash');

const load = async (dir: string): Promise<Api> => (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as Api;

let seed = 7;
const rnd = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

/** The bench person with the higher titles it lacks (deterministic: one LCG for the whole run). */
function enrich(p: BenchPerson): unknown {
  const history = new Map<number, { year: number; taskRating?: string; awards: { awardId: string }[] }>();
  for (let y = 2012; y < p.history[0]!.year; y++) {
    const taskRating = rnd() < 0.7 ? 'excellent' : 'good';
    history.set(y, { year: y, taskRating, awards: rnd() < 0.8 ? [{ awardId: 'lao-dong-tien-tien' }, { awardId: 'chien-si-thi-dua-co-so' }] : [{ awardId: 'lao-dong-tien-tien' }] });
  }
  for (const h of p.history) history.set(h.year, { ...h, awards: [...h.awards] });
  const years = [...history.keys()].sort((a, b) => a - b);
  let run = 0;
  let tinh = 0;
  for (const y of years) {
    const rec = history.get(y)!;
    const cs = rec.awards.some((a) => a.awardId === 'chien-si-thi-dua-co-so');
    run = cs ? run + 1 : 0;
    if (cs && run >= 3 && rnd() < 0.5) {
      rec.awards.push({ awardId: 'chien-si-thi-dua-tinh' });
      tinh++;
      run = 0;
      if (tinh % 2 === 0 && rnd() < 0.3) rec.awards.push({ awardId: 'chien-si-thi-dua-toan-quoc' });
    }
    if (rnd() < 0.12) rec.awards.push({ awardId: 'bang-khen-tinh' });
    if (rnd() < 0.04) rec.awards.push({ awardId: 'bang-khen-thu-tuong' });
  }
  const initiatives = [...p.initiatives, ...(rnd() < 0.5 ? [{ id: `sk-r-${p.id}`, kind: 'initiative' as const, year: 2025 - Math.floor(rnd() * 4), recognisedScope: 'national' as const }] : [])].map((i) => {
    const r = rnd();
    return r < 0.4 ? { ...i, applied: true } : r < 0.6 ? { ...i, applied: false } : i;
  });
  const votes = ['chien-si-thi-dua-co-so', 'chien-si-thi-dua-tinh', 'chien-si-thi-dua-toan-quoc'].flatMap((awardId) => YEARS.map((year) => ({ awardId, year, members: 10, approvals: 8 + Math.floor(rnd() * 3) })));
  return {
    ...p,
    history: years.map((y) => {
      const rec = history.get(y)!;
      return YEARS.includes(y) ? { ...rec, isLawAbiding: true, achievements: [], isPublishedForComment: true } : rec;
    }),
    initiatives,
    councilVotes: votes,
  };
}

const [oldApi, newApi] = [await load(oldDir), await load(newDir)];
if (process.argv.includes('--reports')) {
  await compareReports(oldApi, newApi);
  process.exit(process.exitCode ?? 0);
}
const [oldBook, newBook] = [oldApi.loadNationalRuleBook(), newApi.loadNationalRuleBook()];
if (!oldBook.ok || !newBook.ok) throw new Error('a national rule book failed to load');
console.log(`old book ${oldBook.value.hash.slice(0, 12)} (${oldDir}), new book ${newBook.value.hash.slice(0, 12)} (${newDir}); ${N} subjects${RICH ? ' (enriched)' : ''}; years ${YEARS.join(', ')}`);

const rows = new Map<string, { total: number; differ: number; moves: Map<string, number> }>();
let evaluated = 0;
for (const p of population(N)) {
  const subject = RICH ? enrich(p) : p;
  for (const year of YEARS) {
    const a = await oldApi.evaluateEligibility(oldBook.value, subject, { year, detail: 'verdicts' });
    const b = await newApi.evaluateEligibility(newBook.value, subject, { year, detail: 'verdicts' });
    if (!a.ok || !b.ok) throw new Error(`evaluation failed for ${p.id} in ${year}`);
    evaluated++;
    const before = new Map(a.value.awards.map((x) => [x.awardId, x.verdict]));
    for (const v of b.value.awards) {
      const key = `${v.awardId}\t${year}`;
      const row = rows.get(key) ?? { total: 0, differ: 0, moves: new Map() };
      rows.set(key, row);
      row.total++;
      const was = before.get(v.awardId);
      if (was !== v.verdict) {
        row.differ++;
        const m = `${was} → ${v.verdict}`;
        row.moves.set(m, (row.moves.get(m) ?? 0) + 1);
      }
    }
  }
}
console.log(`evaluations: ${evaluated}`);
console.log('| award | year | subjects | differ | old → new |');
console.log('|---|---|---|---|---|');
for (const [key, r] of [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const [award, year] = key.split('\t');
  const moves = [...r.moves].sort(([a], [b]) => (a < b ? -1 : 1)).map(([m, c]) => `${m}: ${c}`).join('; ');
  console.log(`| ${award} | ${year} | ${r.total} | ${r.differ} | ${moves || '—'} |`);
}

/** Every leaf of a report (through the objects): award, rule, leaf path, status and fact value. */
function leafRows(report: { awards: readonly { awardId: string; verdict: string; rules: readonly { ruleId: string; status: string; tree: unknown }[] }[] }): string[] {
  const out: string[] = [];
  const walk = (prefix: string, f: { type: string; name: string; status: string; actual?: unknown; children?: unknown[] }): void => {
    if (f.type === 'leaf') out.push(`${prefix}/${f.name}\t${f.status}\t${JSON.stringify(f.actual ?? null)}`);
    else for (const c of f.children ?? []) walk(`${prefix}/${f.name}`, c as typeof f);
  };
  for (const a of report.awards) {
    out.push(`${a.awardId}\t${a.verdict}`);
    for (const r of a.rules) {
      out.push(`${a.awardId}/${r.ruleId}\t${r.status}`);
      walk(`${a.awardId}/${r.ruleId}`, r.tree as Parameters<typeof walk>[1]);
    }
  }
  return out;
}

async function compareReports(oldApi: Api, newApi: Api): Promise<void> {
  const { readdirSync, readFileSync, existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const [oldBook, newBook] = [oldApi.loadNationalRuleBook(), newApi.loadNationalRuleBook()];
  if (!oldBook.ok || !newBook.ok) throw new Error('a national rule book failed to load');
  const stats = { subjects: 0, reports: 0, reportMismatches: 0, verdictsReportMismatches: 0, leaves: 0, leafMismatches: 0, cases: 0 };
  const firstMismatches: string[] = [];
  type Book = Parameters<Api['evaluateEligibility']>[0];
  type Options = Parameters<Api['evaluateEligibility']>[2];
  async function compareOne(label: string, oldB: Book, newB: Book, subject: unknown, options: Options): Promise<void> {
    const a = await oldApi.evaluateEligibility(oldB, subject, options);
    const b = await newApi.evaluateEligibility(newB, subject, options);
    stats.reports++;
    let [ja, jb] = [JSON.stringify(a), JSON.stringify(b)];
    // --ignore-book-hash: builds whose rule books differ in content that decides nothing (metadata,
    // wording): the old book's hash is read as the new one's, everything else compared byte for byte
    const [ha, hb] = [(oldB as unknown as { hash?: string }).hash, (newB as unknown as { hash?: string }).hash];
    if (IGNORE_BOOK_HASH && ha && hb && ha !== hb) ja = ja.split(ha).join(hb);
    if (ja !== jb) {
      stats.reportMismatches++;
      if (options.detail === 'verdicts') stats.verdictsReportMismatches++;
      if (firstMismatches.length < 5) {
        let i = 0;
        while (ja[i] === jb[i]) i++;
        firstMismatches.push(`${label} ${JSON.stringify(options)}: reports differ at byte ${i}: old …${ja.slice(Math.max(0, i - 60), i + 80)}… new …${jb.slice(Math.max(0, i - 60), i + 80)}…`);
      }
    }
    if (a.ok && b.ok && options.detail !== 'verdicts') {
      const [la, lb] = [leafRows(a.value as never), leafRows(b.value as never)];
      stats.leaves += la.length;
      const n = Math.max(la.length, lb.length);
      for (let i = 0; i < n; i++) {
        if (la[i] !== lb[i]) {
          stats.leafMismatches++;
          if (firstMismatches.length < 5) firstMismatches.push(`${label}: leaf ${la[i]} ≠ ${lb[i]}`);
        }
      }
    }
  }
  for (const p of population(N)) {
    if (++stats.subjects % 5000 === 0) console.error(`${stats.subjects} subjects, ${stats.reportMismatches + stats.leafMismatches} mismatches so far`);
    const subject = RICH ? enrich(p) : p;
    for (const year of YEARS) {
      await compareOne(p.id, oldBook.value, newBook.value, subject, { year });
      await compareOne(p.id, oldBook.value, newBook.value, subject, { year, detail: 'verdicts' });
    }
  }
  // the rule-book cases: national ones against the national book (with the case's parameters), province
  // ones against the province overlay; every award of the subject's kind, both details, both evaluators
  const rulesDir = join(process.cwd(), 'rules');
  const provinces = JSON.parse(readFileSync(join(rulesDir, 'provinces.json'), 'utf8'));
  const sources: { dir: string; books: () => [Book, Book] | undefined }[] = [];
  const skipped: string[] = [];
  for (const regime of readdirSync(join(rulesDir, 'national'))) sources.push({ dir: join(rulesDir, 'national', regime, 'tests'), books: () => [oldBook.value, newBook.value] });
  for (const province of readdirSync(join(rulesDir, 'provinces'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
    const overlay = JSON.parse(readFileSync(join(rulesDir, 'provinces', province, 'overlay.json'), 'utf8'));
    sources.push({
      dir: join(rulesDir, 'provinces', province, 'tests'),
      books: () => {
        const o = oldApi.applyOverlay(oldBook.value, overlay, { provinces });
        const n = newApi.applyOverlay(newBook.value, overlay, { provinces });
        if (!n.ok) throw new Error(`overlay ${province} failed to apply on the new build`);
        if (!o.ok) {
          // an overlay that uses what the old build lacks (e.g. a newer operation): its cases are skipped, and said so
          skipped.push(`overlay ${province}: does not apply on the old build (${o.issues.map((i) => i.code).join(', ')})`);
          return undefined;
        }
        return [o.value, n.value];
      },
    });
  }
  for (const { dir, books } of sources) {
    if (!existsSync(dir)) continue;
    const pair = books();
    if (!pair) continue;
    const [ob, nb] = pair;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const parsed = newApi.parseCaseFile(file, JSON.parse(readFileSync(join(dir, file), 'utf8')));
      for (const c of parsed.cases ?? []) {
        stats.cases++;
        let [caseOld, caseNew] = [ob, nb];
        if (c.parameters) {
          const o = oldApi.withParameters(ob, c.parameters);
          const n = newApi.withParameters(nb, c.parameters);
          if (!o.ok || !n.ok) continue;
          [caseOld, caseNew] = [o.value, n.value];
        }
        for (const detail of ['full', 'verdicts'] as const) {
          for (const evaluator of ['compiled', 'json-rules-engine'] as const) {
            await compareOne(`${file}: ${c.name}`, caseOld, caseNew, c.subject, { year: c.year, ...(c.regime ? { regime: c.regime } : {}), detail, evaluator });
          }
        }
      }
    }
  }
  console.log(JSON.stringify(stats));
  for (const m of skipped) console.log(`skipped: ${m}`);
  for (const m of firstMismatches) console.log(m);
  if (stats.reportMismatches || stats.leafMismatches) process.exitCode = 1;
}

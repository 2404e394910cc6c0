import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateEligibility, nextAwards, type Finding, type RuleBook } from '../../src/index.js';
import { withParameters } from '../../src/rule-book/with-parameters.js';
import { nationalBook } from '../support/factories.js';
import { cycleSubjectArb, extendAsReported } from '../support/next-extension.js';

const national = nationalBook();
const blocks = withParameters(national, { 'chienSiThiDuaTinh.cycleReading': 'blocks-of-three' });
const anyBasis = withParameters(national, { 'bangKhenThuTuong.certificateBasis': 'any' });
if (!blocks.ok || !anyBasis.ok) throw new Error('withParameters failed');
const BOOKS: readonly (readonly [string, RuleBook])[] = [
  ['default readings', national],
  ['cycleReading blocks-of-three', blocks.value],
  ['certificateBasis any', anyBasis.value],
];
const HORIZON = 8;
/** Titles of the generated histories that a subject can always reach within the horizon (no discipline, no investigation). */
const REACHABLE = ['chien-si-thi-dua-tinh', 'chien-si-thi-dua-toan-quoc', 'bang-khen-tinh', 'bang-khen-thu-tuong'];

function leafStatus(f: Finding, name: string): string | undefined {
  if (f.type === 'leaf') return f.name === name ? f.status : undefined;
  for (const c of f.children) {
    const s = leafStatus(c, name);
    if (s) return s;
  }
  return undefined;
}

async function verdictsFrom(book: RuleBook, subject: unknown, from: number, to: number, regime: string) {
  const out = new Map<number, Awaited<ReturnType<typeof evaluateEligibility>>>();
  for (let y = from; y <= to; y++) out.set(y, await evaluateEligibility(book, subject, { year: y, regime }));
  return out;
}

describe('nextAwards earliest year (property, fast-check): titles.md §8a cycles and windows, Law 06/2022 Arts. 21, 22, 73, 74', () => {
  for (const [reading, book] of BOOKS) {
    test(`${reading}: the reported year Y is the first year the history extended as reported is eligible (award) and the criterion holds (each missing criterion)`, async () => {
      await fc.assert(
        fc.asyncProperty(cycleSubjectArb(), async ({ N, ...subject }) => {
          const r = await nextAwards(book, subject, { year: N, horizon: HORIZON });
          if (!r.ok) throw new Error(JSON.stringify(r.issues));
          const regime = r.value.regime;
          for (const a of r.value.awards) {
            if (a.earliestYear !== null) {
              const Y = a.earliestYear;
              // the award: eligible in Y, not before, on the history extended with the award's needs
              const ext = extendAsReported(subject, N, Y, a.needs, a.awardId);
              const vs = await verdictsFrom(book, ext, N, Y, regime);
              for (const [y, v] of vs) {
                if (!v.ok) throw new Error(JSON.stringify(v.issues));
                const verdict = v.value.awards.find((x) => x.awardId === a.awardId)!.verdict;
                expect({ award: a.awardId, N, y, Y, eligible: verdict === 'eligible' }).toEqual({ award: a.awardId, N, y, Y, eligible: y === Y });
              }
            }
            // each missing criterion: holds in its own earliest year, not before, with its own needs
            for (const m of a.missing) {
              if (m.earliestYear === null) continue;
              const e = m.earliestYear;
              const extM = extendAsReported(subject, N, e, m.needs ?? [], a.awardId);
              const ms = await verdictsFrom(book, extM, N, e, regime);
              for (const [y, v] of ms) {
                if (!v.ok) throw new Error(JSON.stringify(v.issues));
                const rule = v.value.awards.find((x) => x.awardId === a.awardId)!.rules.find((x) => x.ruleId === m.ruleId)!;
                const status = leafStatus(rule.tree, m.name);
                expect({ award: a.awardId, criterion: m.name, N, y, e, pass: status === 'pass' }).toEqual({ award: a.awardId, criterion: m.name, N, y, e, pass: y === e });
              }
            }
          }
          // within the horizon every history title is reachable: each is eligible now or has a year
          const now = await evaluateEligibility(book, subject, { year: N, regime });
          if (!now.ok) throw new Error(JSON.stringify(now.issues));
          for (const id of REACHABLE) {
            const eligibleNow = now.value.awards.find((x) => x.awardId === id)?.verdict === 'eligible';
            const listed = r.value.awards.find((x) => x.awardId === id);
            expect({ id, N, reachable: eligibleNow || (listed !== undefined && listed.earliestYear !== null) }).toEqual({ id, N, reachable: true });
          }
        }),
        { numRuns: 20, seed: 20261202 },
      );
    });
  }
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyOverlay, checkBallots, checkCouncilVote, type AwardProposal, type RuleBook } from '../src/index.js';
import { nationalBook } from './support/factories.js';
import { overlayWith } from './support/overlays.js';

// Issue 19 item 1: the ballot check took the first ballot leaf in tree order, so an accepted
// overlay adding `councilApprovalShare decimalGt "0"` before the statutory ballot leaf made 1/10 pass.

const national = nationalBook();
const YEAR = 2026;

/** Awards with a ballot criterion under nd152, with the groups an overlay can add into. */
const BALLOT_RULES: Record<string, readonly string[]> = {
  'chien-si-thi-dua-co-so': ['chien-si-thi-dua-co-so-nd152#root', 'chien-si-thi-dua-co-so-nd152#second-criterion'],
  'chien-si-thi-dua-tinh': ['chien-si-thi-dua-tinh-nd152#root', 'chien-si-thi-dua-tinh-nd152#provincial-scope-achievement'],
  'chien-si-thi-dua-toan-quoc': ['chien-si-thi-dua-toan-quoc-nd152#root'],
  'co-thi-dua-cua-chinh-phu': ['co-thi-dua-cua-chinh-phu-nd152#root', 'co-thi-dua-cua-chinh-phu-nd152#routes', 'co-thi-dua-cua-chinh-phu-nd152#route-a', 'co-thi-dua-cua-chinh-phu-nd152#route-b-a1a2'],
  'co-thi-dua-tinh': ['co-thi-dua-tinh-nd152#root', 'co-thi-dua-tinh-nd152#routes', 'co-thi-dua-tinh-nd152#route-cluster-leader'],
};
const AWARDS = Object.keys(BALLOT_RULES);
const PARAMS = ['ballot.cstdcsMinShare', 'ballot.cstdTinhMinShare', 'ballot.cstdToanQuocMinShare', 'ballot.coThiDuaChinhPhuMinShare', 'ballot.coThiDuaTinhMinShare'];
const share = fc.constantFrom('0', '0.1', '0.5', '0.79', '0.8', '0.85', '0.9', '0.95', '1');

const ballotLeaf = (i: number) =>
  fc.record({ operator: fc.constantFrom('decimalGt', 'decimalGte', 'decimalLt', 'decimalLte'), value: share, negate: fc.boolean() }).map(({ operator, value, negate }) => {
    const leaf = { name: `added-ballot-${i}`, fact: 'councilApprovalShare', operator, value };
    return negate ? { name: `added-not-${i}`, not: leaf } : leaf;
  });

const opArb = (i: number) =>
  fc
    .oneof(
      fc.tuple(fc.constantFrom(...AWARDS), ballotLeaf(i)).chain(([award, condition]) =>
        fc.constantFrom(...BALLOT_RULES[award]!).map((target) => ({ op: 'add', target, condition })),
      ),
      fc.tuple(fc.constantFrom(...PARAMS), share).map(([p, v]) => ({ op: 'set', target: `param:${p}`, value: v })),
      fc.tuple(fc.constantFrom(...AWARDS), share).map(([a, v]) => ({ op: 'set', target: `${a}-nd152#council-ballot`, value: v })),
      fc.constantFrom(...AWARDS).map((a) => ({ op: 'remove', target: `${a}-nd152#council-ballot` })),
      fc.tuple(fc.constantFrom(...AWARDS), share).map(([a, v]) => ({
        op: 'replace',
        target: `${a}-nd152#council-ballot`,
        condition: { name: 'council-ballot', fact: 'councilApprovalShare', operator: 'decimalGte', value: v },
      })),
    )
    .map((o) => ({ id: `op-${i}`, ...o }));

const overlayArb = fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => opArb(i))));

function passes(book: RuleBook, awardId: string, members: number, approvals: number): boolean {
  const r = checkCouncilVote(book, { awardId, year: YEAR, members, approvals });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.verdict === 'passed';
}

describe('issue 19.1: no accepted overlay makes a ballot check pass that fails nationally', () => {
  test('the reported overlay (decimalGt "0" under the cluster-leader route) is accepted, and the ballot still needs 8/10', () => {
    const add = (target: string) => overlayWith([{ id: 'loose-ballot', op: 'add', target, condition: { name: 'any-approval', fact: 'councilApprovalShare', operator: 'decimalGt', value: '0' } }]);
    for (const [awardId, target] of [
      ['co-thi-dua-tinh', 'co-thi-dua-tinh-nd152#route-cluster-leader'],
      ['co-thi-dua-cua-chinh-phu', 'co-thi-dua-cua-chinh-phu-nd152#route-a'],
    ] as const) {
      const book = applyOverlay(national, add(target));
      expect(book.ok).toBe(true);
      if (!book.ok) continue;
      const v = checkCouncilVote(book.value, { awardId, year: YEAR, members: 10, approvals: 1 });
      expect(v.ok && v.value.verdict).toBe('failed');
      expect(v.ok && v.value.threshold).toBe('0.8');
      expect(v.ok && v.value.requiredApprovals).toBe(8);
      const proposal = { member: 'm1', awardId } as unknown as AwardProposal;
      const b = checkBallots([proposal], [{ member: 'm1', awardId, councilMembers: 10, approvals: 1 }], book.value, { year: YEAR });
      expect(b.ok && b.value[0]!.status).toBe('fail');
    }
  });

  test('a stricter ballot criterion added by an overlay binds (0.9 of 10 needs 9)', () => {
    const book = applyOverlay(national, overlayWith([{ id: 'strict', op: 'add', target: 'co-thi-dua-tinh-nd152#root', condition: { name: 'ballot-90', fact: 'councilApprovalShare', operator: 'decimalGte', value: '0.9' } }]));
    expect(book.ok).toBe(true);
    if (!book.ok) return;
    const v = checkCouncilVote(book.value, { awardId: 'co-thi-dua-tinh', year: YEAR, members: 10, approvals: 8 });
    expect(v.ok && [v.value.verdict, v.value.threshold, v.value.requiredApprovals]).toEqual(['failed', '0.9', 9]);
  });

  test('random overlays × every ballot size up to 20 members (fast-check, seeded)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(overlayArb, (ops) => {
        const r = applyOverlay(national, overlayWith(ops));
        if (!r.ok) return;
        accepted++;
        for (const awardId of AWARDS) {
          for (let members = 1; members <= 20; members++) {
            for (let approvals = 0; approvals <= members; approvals++) {
              if (passes(r.value, awardId, members, approvals)) expect(passes(national, awardId, members, approvals), `${awardId} ${approvals}/${members} ${JSON.stringify(ops)}`).toBe(true);
            }
          }
        }
      }),
      { seed: 1919, numRuns: 150 },
    );
    expect(accepted).toBeGreaterThan(20);
  });
});

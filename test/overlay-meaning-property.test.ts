import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyOverlay, evaluateEligibility, type ConditionNode, type RuleBook } from '../src/index.js';
import { nationalBook } from './support/factories.js';
import { overlayWith } from './support/overlays.js';

/**
 * Issue 20: for random subjects, an overlay the guardrail accepts never turns a national
 * `ineligible` into `eligible`, outside the clauses the law delegates (Law 06/2022 Art. 24.4, 26.3,
 * 27.3, 28.3, 74.6, 75.2). Overlays are drawn from every accepted operation kind — replacements
 * by stronger or weaker conditions, removal of alternatives or conjuncts, new alternatives in
 * delegated and statutory groups, threshold and list changes — so that many are refused too.
 */
const national = nationalBook();
const AWARDS = ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'giay-khen', 'bang-khen-tinh'];
const RATINGS = ['excellent', 'good', 'completed', 'failed'] as const;

type Raw = Record<string, unknown>;

const boolLeaf = (name: string): fc.Arbitrary<Raw> =>
  fc.oneof(
    fc.constantFrom('hasGoodConduct', 'isActiveLearner', 'isLawAbiding', 'hasGoodMorals').chain((fact) =>
      fc.constantFrom<[string, boolean]>(['equal', true], ['equal', false], ['notEqual', false], ['notEqual', true]).map(([operator, value]) => ({ name, fact, operator, value })),
    ),
  );
const ratingLeaf = (name: string): fc.Arbitrary<Raw> =>
  fc.oneof(
    fc.subarray([...RATINGS], { minLength: 1 }).map((value) => ({ name, fact: 'taskRating', operator: 'in', value })),
    fc.subarray([...RATINGS], { minLength: 1, maxLength: 3 }).map((value) => ({ name, fact: 'taskRating', operator: 'notIn', value })),
    fc.constantFrom(...RATINGS).map((value) => ({ name, fact: 'taskRating', operator: 'equal', value })),
  );
const initiativeLeaf = (name: string): fc.Arbitrary<Raw> =>
  fc.record({
    operator: fc.constantFrom('decimalGte', 'decimalGt', 'decimalEq'),
    value: fc.constantFrom('0', '0.5', '1', '2'),
    years: fc.constantFrom(undefined, 1, 3),
  }).map(({ operator, value, years }) => ({ name, fact: 'initiativeCount', operator, value, params: { kinds: ['initiative'], minScope: 'grassroots', ...(years ? { years } : {}) } }));

/** A random condition tree (depth ≤ 2) over the given leaves, with unique names. */
const tree = (prefix: string, leaf: (name: string) => fc.Arbitrary<Raw>): fc.Arbitrary<Raw> =>
  fc.oneof(
    leaf(`${prefix}-l`),
    fc.tuple(fc.constantFrom('all', 'any'), fc.integer({ min: 1, max: 3 })).chain(([op, n]) =>
      fc.tuple(...Array.from({ length: n }, (_, k) => fc.oneof(leaf(`${prefix}-${k}`), fc.tuple(leaf(`${prefix}-${k}a`), leaf(`${prefix}-${k}b`)).map(([a, b]) => ({ name: `${prefix}-${k}g`, all: [a, b] })))))
        .map((children) => ({ name: `${prefix}-g`, [op]: children })),
    ),
  );
const mixed = (name: string): fc.Arbitrary<Raw> => fc.oneof(boolLeaf(name), ratingLeaf(name));

const LABEL = { vi: 'Nhãn mới', en: 'New label' };
const opArb = (i: number): fc.Arbitrary<Raw> =>
  fc
    .oneof(
      // replace a statutory condition by the old one AND something (stronger) or OR something (weaker)
      {
        weight: 4,
        arbitrary: fc.tuple(fc.constantFrom('all', 'any'), fc.oneof(boolLeaf(`r${i}-x`), tree(`r${i}`, boolLeaf))).map(([op, extra]) => ({
          op: 'replace',
          target: 'lao-dong-tien-tien-nd152#good-conduct',
          condition: { name: `r${i}-top`, [op]: [{ name: `r${i}-old`, fact: 'hasGoodConduct', operator: 'equal', value: true }, extra] },
        })),
      },
      fc.subarray(['good', 'excellent'], { minLength: 1 }).map((value) => ({ op: 'replace', target: 'lao-dong-tien-tien-nd152#task-rating-good', condition: { name: `r${i}-narrow`, fact: 'taskRating', operator: 'in', value } })),
      // replace a statutory condition by a random one (accepted only when it implies the old one)
      tree(`r${i}`, boolLeaf).map((condition) => ({ op: 'replace', target: 'lao-dong-tien-tien-nd152#good-conduct', condition })),
      tree(`r${i}`, mixed).map((condition) => ({ op: 'replace', target: 'lao-dong-tien-tien-nd152#task-rating-good', condition })),
      tree(`r${i}`, ratingLeaf).map((condition) => ({ op: 'replace', target: 'giay-khen-nd152#task-rating-good', condition })),
      initiativeLeaf(`r${i}`).map((condition) => ({ op: 'replace', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', condition })),
      tree(`r${i}`, ratingLeaf).map((condition) => ({ op: 'replace', target: 'chien-si-thi-dua-co-so-nd152#second-criterion', condition })),
      // remove an alternative (narrows) or a conjunct (loosens)
      {
        weight: 2,
        arbitrary: fc
        .constantFrom(
          'chien-si-thi-dua-co-so-nd152#excellent-rating',
          'chien-si-thi-dua-co-so-nd152#grassroots-initiative',
          'chien-si-thi-dua-co-so-nd152#accepted-research',
          'giay-khen-nd152#movement-achievement',
          'bang-khen-tinh-nd152#contribution',
          'bang-khen-tinh-nd152#route-d-excellent',
          'lao-dong-tien-tien-nd152#good-conduct',
          'chien-si-thi-dua-co-so-nd152#holds-advanced-title',
          'bang-khen-tinh-nd152#law-abiding',
        )
        .map((target) => ({ op: 'remove', target })),
      },
      // a new alternative: in a statutory any group (refused unless redundant) or a delegated one (75.2, 74.6)
      {
        weight: 2,
        arbitrary: fc
        .tuple(fc.constantFrom('chien-si-thi-dua-co-so-nd152#second-criterion', 'giay-khen-nd152#achievement', 'bang-khen-tinh-nd152#routes'), mixed(`a${i}`))
        .map(([target, condition]) => ({ op: 'add', target, condition })),
      },
      // a new condition in an all group (always tightens)
      boolLeaf(`c${i}`).map((condition) => ({ op: 'add', target: 'lao-dong-tien-tien-nd152#root', condition })),
      // threshold and list changes
      fc.constantFrom('0', '1', '2').map((value) => ({ op: 'set', label: LABEL, target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value })),
      fc.subarray([...RATINGS], { minLength: 1 }).map((value) => ({ op: 'set', label: LABEL, target: 'giay-khen-nd152#task-rating-good', value })),
    )
    .map((o) => ({ id: `op-${i}`, ...o }));
const overlayArb = fc.integer({ min: 1, max: 2 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => opArb(i))));

const subjectArb = fc
  .record({
    years: fc.tuple(
      ...[2024, 2025, 2026].map((year) =>
        fc.record({
          taskRating: fc.constantFrom('excellent', 'excellent', 'excellent', 'good', 'good', 'good', 'completed', 'failed'),
          hasGoodConduct: fc.boolean(),
          isActiveLearner: fc.option(fc.boolean(), { nil: undefined, freq: 6 }),
          isLawAbiding: fc.constantFrom(true, true, true, false),
          hasGoodMorals: fc.option(fc.boolean(), { nil: undefined, freq: 6 }),
          awards: fc.subarray(['lao-dong-tien-tien', 'chien-si-thi-dua-co-so']),
          achievements: fc.array(fc.record({ kind: fc.constantFrom('movement', 'field', 'contribution', 'production'), scope: fc.constantFrom('unit', 'ministry-province') }), { maxLength: 2 }),
        }).map(({ awards, isActiveLearner, hasGoodMorals, ...r }) => ({
          year,
          ...r,
          ...(isActiveLearner === undefined ? {} : { isActiveLearner }),
          ...(hasGoodMorals === undefined ? {} : { hasGoodMorals }),
          awards: awards.map((awardId) => ({ awardId })),
        })),
      ),
    ),
    initiatives: fc.array(fc.record({ kind: fc.constantFrom('initiative', 'research'), year: fc.integer({ min: 2024, max: 2026 }), recognisedScope: fc.constantFrom('grassroots', 'ministry-province') }), { maxLength: 3 }),
    votes: fc.tuple(fc.integer({ min: 5, max: 20 }), fc.integer({ min: 0, max: 100 })),
  })
  .map((s) => ({
    kind: 'individual',
    id: 'p',
    history: s.years,
    initiatives: s.initiatives.map((x, i) => ({ id: `sk-${i}`, ...x })),
    councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2026, members: s.votes[0], approvals: Math.floor((s.votes[0] * s.votes[1]) / 100) }],
  }));

/** Awards whose rules took a new alternative under a delegated clause (exempt from the property). */
function delegatedAwards(book: RuleBook): Set<string> {
  const out = new Set<string>();
  const touched = (n: ConditionNode): boolean => n.provenance?.delegation !== undefined || (n.type === 'group' && n.children.some(touched));
  for (const r of book.regimes) for (const rule of r.rules) if (rule.awardId && touched(rule.root)) out.add(rule.awardId);
  return out;
}

const REFUSALS = ['overlay_loosens_statute', 'overlay_not_implied', 'overlay_target_missing', 'overlay_invalid_operation', 'duplicate_id'];

describe('overlay property (issue 20): an accepted overlay never turns a national ineligible into eligible outside delegated clauses', () => {
  test('random overlays of every accepted kind × random subjects (fast-check, seeded)', async () => {
    const seen = { accepted: 0, refused: 0, replaced: 0, narrowed: 0, delegated: 0, compared: 0 };
    await fc.assert(
      fc.asyncProperty(overlayArb, fc.array(subjectArb, { minLength: 4, maxLength: 4 }), async (ops, subjects) => {
        const r = applyOverlay(national, overlayWith(ops));
        if (!r.ok) {
          seen.refused++;
          for (const i of r.issues) expect(REFUSALS, JSON.stringify(i)).toContain(i.code);
          return;
        }
        seen.accepted++;
        if (ops.some((o) => o['op'] === 'replace')) seen.replaced++;
        if (ops.some((o) => o['op'] === 'remove')) seen.narrowed++;
        const exempt = delegatedAwards(r.value);
        if (exempt.size) seen.delegated++;
        for (const subject of subjects) {
          const before = await evaluateEligibility(national, subject, { year: 2026, awards: AWARDS });
          const after = await evaluateEligibility(r.value, subject, { year: 2026, awards: AWARDS });
          if (!before.ok || !after.ok) throw new Error('evaluation failed');
          for (const a of before.value.awards) {
            if (exempt.has(a.awardId) || a.verdict !== 'ineligible') continue;
            seen.compared++;
            const b = after.value.awards.find((x) => x.awardId === a.awardId)!;
            expect([a.awardId, b.verdict], JSON.stringify(ops)).not.toEqual([a.awardId, 'eligible']);
          }
        }
      }),
      { seed: Number(process.env['PROP_SEED'] ?? 20261202), numRuns: 60 },
    );
    // the generator reaches every kind, accepted and refused
    expect(seen.accepted).toBeGreaterThan(15);
    expect(seen.refused).toBeGreaterThan(15);
    expect(seen.replaced).toBeGreaterThan(5);
    expect(seen.narrowed).toBeGreaterThan(3);
    expect(seen.delegated).toBeGreaterThan(1);
    expect(seen.compared).toBeGreaterThan(100);
  }, 60_000);
});

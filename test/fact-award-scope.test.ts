import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FACTS_BY_ID, type FactContext } from '../src/facts/catalog.js';
import { normalizeSubject } from '../src/evaluate/normalize-subject.js';
import type { ConditionNode } from '../src/model/rule-book.js';
import { collectiveArb, individualArb } from './support/arbitraries.js';
import { nationalBook } from './support/factories.js';

// The compiled evaluator derives a fact once per subject unless the fact is `awardScoped`
// (src/compile/compile-rule-book.ts); this checks the flag against the derivations themselves.
const book = nationalBook();
const uses = new Map<string, Record<string, unknown>[]>();
function collect(n: ConditionNode): void {
  if (n.type === 'group') return n.children.forEach(collect);
  const list = uses.get(n.fact) ?? [];
  if (!list.some((p) => JSON.stringify(p) === JSON.stringify(n.params ?? {}))) list.push(n.params ?? {});
  uses.set(n.fact, list);
}
for (const r of book.regimes) for (const rule of r.rules) collect(rule.root);
const awardIds = book.awards.map((a) => a.id);
const categoryOf = (id: string) => book.awards.find((a) => a.id === id)?.category;

describe('award-scoped facts (memo of the compiled evaluator)', () => {
  test('a fact not marked awardScoped gives the same value whatever the award under evaluation', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.oneof(individualArb(), collectiveArb()), fc.integer({ min: 2017, max: 2026 }), fc.constantFrom(...book.regimes.filter((r) => r.enabled)), (raw, year, regime) => {
        const subject = normalizeSubject(raw).subject;
        if (!subject) return;
        for (const [factId, paramSets] of uses) {
          const fact = FACTS_BY_ID.get(factId)!;
          if (fact.awardScoped || !fact.subjects.includes(subject.kind)) continue;
          for (const params of paramSets) {
            const ctx = (awardId: string): FactContext => ({ subject, year, settings: regime.settings, categoryOf, awardId });
            const first = JSON.stringify(fact.derive(ctx(awardIds[0]!), params));
            for (const id of awardIds) expect(JSON.stringify(fact.derive(ctx(id), params)), `${factId} for ${id}`).toBe(first);
            checked++;
          }
        }
      }),
      { numRuns: 150, seed: 99 },
    );
    expect(checked).toBeGreaterThan(500);
  });

  test('initiative facts do depend on the award (Law 2022 Art. 5.2.c: one achievement grounds one award), so they are scoped', () => {
    const subject = normalizeSubject({
      kind: 'individual',
      id: 'a',
      history: [{ year: 2025, taskRating: 'excellent' }],
      initiatives: [{ id: 'sk-1', kind: 'initiative', year: 2025, recognisedScope: 'ministry-province', usedFor: [{ awardId: 'chien-si-thi-dua-co-so', year: 2024 }] }],
    }).subject!;
    const regime = book.regimes.find((r) => r.id === 'vn-tdkt-2022-nd152')!;
    const fact = FACTS_BY_ID.get('initiativeCount')!;
    const params = { kinds: ['initiative'], minScope: 'grassroots', years: 3 };
    const ctx = (awardId: string): FactContext => ({ subject, year: 2025, settings: regime.settings, categoryOf, awardId });
    expect(fact.awardScoped).toBe(true);
    expect(fact.derive(ctx('chien-si-thi-dua-co-so'), params)).not.toBe(fact.derive(ctx('bang-khen-tinh'), params));
  });
});

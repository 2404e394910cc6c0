import { describe, expect, test } from 'vitest';
import { evaluateEligibility, evaluateMany, type BatchItem } from '../src/index.js';
import { compileRuleBook } from '../src/advanced.js';
import { nationalBook, strongCandidate } from './support/factories.js';

const book = nationalBook();

async function collect(it: AsyncIterable<BatchItem>): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('evaluateMany', () => {
  test('should stream results in input order, equal to single evaluations, over an array', async () => {
    const subjects = [strongCandidate({ id: 'a' }), { kind: 'individual', id: 'BAD', history: [] }, strongCandidate({ id: 'c', councilVotes: [] })];
    const items = await collect(evaluateMany(book, subjects, { year: 2025 }));
    expect(items.map((i) => [i.index, i.result.ok])).toEqual([[0, true], [1, false], [2, true]]);
    for (const [k, s] of subjects.entries()) {
      expect(JSON.stringify(items[k]!.result)).toBe(JSON.stringify(await evaluateEligibility(book, s, { year: 2025 })));
    }
  });

  test('should accept an async iterable and not need the whole input up front', async () => {
    let produced = 0;
    async function* source() {
      for (let i = 0; i < 5; i++) {
        produced++;
        yield strongCandidate({ id: `p-${i}` });
      }
    }
    const it = evaluateMany(book, source(), { year: 2025 });
    const first = await it.next();
    expect(first.done).toBe(false);
    expect(produced).toBe(1);
    const rest = await collect({ [Symbol.asyncIterator]: () => it });
    expect(rest.map((r) => r.index)).toEqual([1, 2, 3, 4]);
  });

  test('should compile a rule book once per book object, by regime and rule id (what evaluation runs)', () => {
    expect(compileRuleBook(book)).toBe(compileRuleBook(book));
    const rules = compileRuleBook(book).regimes.get('vn-tdkt-2022-nd152')!.rules;
    expect(rules.get('chien-si-thi-dua-co-so-nd152')!.leaves.map((l) => l.fact.id)).toEqual([
      'hasAwardInYear',
      'taskRating',
      'initiativeCount',
      'initiativeCount',
      'initiativeCount',
      'councilApprovalShare',
    ]);
  });
});

describe('evaluateMany sources', () => {
  test('should await promises yielded by a synchronous iterable, as for await does', async () => {
    const subject = { kind: 'individual', id: 'a', history: [{ year: 2025, taskRating: 'excellent', hasGoodConduct: true }] };
    const out: string[] = [];
    for await (const item of evaluateMany(book, [Promise.resolve(subject), subject], { year: 2025, detail: 'verdicts' })) out.push(JSON.stringify(item.result));
    expect(out[0]).toBe(out[1]);
    expect(JSON.parse(out[0]!).ok).toBe(true);
  });
});

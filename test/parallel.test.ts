import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluateMany, type BatchItem } from '../src/index.js';
import { individualArb } from './support/arbitraries.js';
import { nationalBook, ROOT, strongCandidate } from './support/factories.js';
import fc from 'fast-check';

// The Node-only entry is tested as built (dist/node.js spawns dist/node-worker.js).
const { evaluateManyParallel } = (await import(join(ROOT, 'dist/node.js'))) as typeof import('../src/node/index.js');
const book = nationalBook();

async function collect(it: AsyncIterable<BatchItem>): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('evaluateManyParallel (thidua/node, worker threads)', () => {
  test('should yield byte-identical results in input order, equal to evaluateMany', async () => {
    const subjects: unknown[] = fc.sample(individualArb({ min: 2023, max: 2025 }), { numRuns: 120, seed: 3 });
    subjects.splice(7, 0, { kind: 'individual', id: 'BAD', history: [] }, strongCandidate());
    // records after 2025 are listed (notConsidered) by the workers' compact results too
    subjects.push(strongCandidate({ id: 'later', history: [...strongCandidate().history, { year: 2026, taskRating: 'excellent' }] }));
    const sequential = await collect(evaluateMany(book, subjects, { year: 2025 }));
    const parallel = await collect(evaluateManyParallel(book, subjects, { year: 2025, workers: 2, chunkSize: 7 }));
    expect(parallel.map((x) => x.index)).toEqual(subjects.map((_, i) => i));
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(sequential));
    expect(parallel[7]!.result.ok).toBe(false);
    const later = parallel[parallel.length - 1]!.result;
    expect(later.ok && later.value.notConsidered).toEqual([{ path: ['history', 3], year: 2026 }]);
  });

  test('should stream from an async iterable and pass the options to every worker', async () => {
    async function* source() {
      for (let i = 0; i < 30; i++) yield strongCandidate({ id: `p-${i}` });
    }
    const items = await collect(evaluateManyParallel(book, source(), { year: 2025, awards: ['lao-dong-tien-tien'], detail: 'verdicts', workers: 3, chunkSize: 4 }));
    expect(items.length).toBe(30);
    expect(items.every((x) => x.result.ok && x.result.value.awards.length === 1 && x.result.value.awards[0]!.rules.length === 0)).toBe(true);
  });

  test('should reject bad worker options as programmer errors', async () => {
    await expect(collect(evaluateManyParallel(book, [], { year: 2025, workers: 0 }))).rejects.toThrow('workers must be an integer');
    await expect(collect(evaluateManyParallel(book, [], { year: 2025, chunkSize: 1.5 }))).rejects.toThrow('chunkSize must be an integer');
  });
});

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { expandCompact, prepareEvaluation, type CompactResult, type EvaluateOptions } from '../evaluate/evaluate-eligibility.js';
import type { BatchItem } from '../evaluate/evaluate-many.js';
import type { RuleBook } from '../model/rule-book.js';
import { ThiduaError } from '../model/issue.js';

/** Options of {@link evaluateManyParallel}. */
export interface ParallelOptions extends EvaluateOptions {
  /** Worker threads (default: available parallelism, at most 8). */
  readonly workers?: number | undefined;
  /** Subjects per message to a worker (default 250). */
  readonly chunkSize?: number | undefined;
}

/**
 * Evaluate many subjects on worker threads (Node only: `thidua/node`), yielding results in input
 * order, exactly as {@link evaluateMany} would, with at most two chunks in flight per worker so
 * memory stays bounded. Each worker receives a copy of the rule book once and compiles it.
 * @param book a loaded rule book.
 * @param subjects subjects, from an array, an iterable or an async iterable.
 * @param options evaluation options plus `workers` and `chunkSize`.
 * @returns an async iterator of {index, result} in input order.
 */
export async function* evaluateManyParallel(
  book: RuleBook,
  subjects: Iterable<unknown> | AsyncIterable<unknown>,
  options: ParallelOptions,
): AsyncGenerator<BatchItem, void, undefined> {
  const { workers: w, chunkSize: c, ...evalOptions } = options;
  const workers = w ?? Math.min(8, availableParallelism());
  const chunkSize = c ?? 250;
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new ThiduaError('invalid_option', 'workers must be an integer from 1 to 64');
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 100_000) throw new ThiduaError('invalid_option', 'chunkSize must be an integer from 1 to 100000');

  // workers send compact results (either evaluator), turned here into reports by the same builder
  const prep = prepareEvaluation(book, evalOptions);
  const url = new URL('./node-worker.js', import.meta.url);
  const pool = Array.from({ length: workers }, () => new Worker(url, { workerData: { book, options: evalOptions } }));
  type Chunk = CompactResult[];
  const done = new Map<number, Chunk>();
  const waiting = new Map<number, (r: Chunk) => void>();
  let failure: unknown;
  for (const worker of pool) {
    worker.on('message', (m: { id: number; results: Chunk }) => {
      const resolve = waiting.get(m.id);
      if (resolve) {
        waiting.delete(m.id);
        resolve(m.results);
      } else done.set(m.id, m.results);
    });
    worker.on('error', (e) => {
      failure = e;
      for (const resolve of waiting.values()) resolve([]);
    });
  }
  const result = (id: number): Promise<Chunk> => {
    const ready = done.get(id);
    if (ready) {
      done.delete(id);
      return Promise.resolve(ready);
    }
    return new Promise((resolve) => waiting.set(id, resolve));
  };

  try {
    const inFlight: { id: number; size: number }[] = [];
    let nextId = 0;
    let index = 0;
    let chunk: unknown[] = [];
    const send = (): void => {
      const id = nextId++;
      pool[id % workers]!.postMessage({ id, subjects: chunk });
      inFlight.push({ id, size: chunk.length });
      chunk = [];
    };
    async function* drain(limit: number): AsyncGenerator<BatchItem> {
      while (inFlight.length > limit) {
        const head = inFlight.shift()!;
        const results = await result(head.id);
        if (failure !== undefined) throw failure;
        for (const r of results) {
          yield { index: index++, result: expandCompact(prep, r) };
        }
      }
    }
    for await (const s of subjects as AsyncIterable<unknown>) {
      chunk.push(s);
      if (chunk.length === chunkSize) {
        send();
        yield* drain(workers * 2);
      }
    }
    if (chunk.length) send();
    yield* drain(0);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

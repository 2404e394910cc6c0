/**
 * Worker of {@link evaluateManyParallel}: receives a rule book once (structured clone of plain data)
 * and evaluates chunks of subjects with the same options as the main thread.
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateEligibility, type EvaluateOptions, type RuleBook } from '../index.js';

const { book, options } = workerData as { book: RuleBook; options: EvaluateOptions };
const port = parentPort!;
port.on('message', (msg: { id: number; subjects: unknown[] }) => {
  void (async () => {
    const results = [];
    for (const s of msg.subjects) results.push(await evaluateEligibility(book, s, options));
    port.postMessage({ id: msg.id, results });
  })();
});

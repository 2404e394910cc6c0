/**
 * Worker of {@link evaluateManyParallel}: receives a rule book once (structured clone of plain data)
 * and evaluates chunks of subjects with the same options as the main thread.
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateMany, type EvaluateOptions, type RuleBook } from '../index.js';

const { book, options } = workerData as { book: RuleBook; options: EvaluateOptions };
const port = parentPort!;
port.on('message', (msg: { id: number; subjects: unknown[] }) => {
  void (async () => {
    const results = [];
    // one batch per chunk: options checked and regime resolved once, results in chunk order
    for await (const item of evaluateMany(book, msg.subjects, options)) results.push(item.result);
    port.postMessage({ id: msg.id, results });
  })();
});

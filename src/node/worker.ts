/**
 * Worker of {@link evaluateManyParallel}: receives a rule book once (structured clone of plain data)
 * and evaluates chunks of subjects with the same options as the main thread. With the compiled
 * evaluator it returns compact results (leaf values and operator results in plan order) that the main
 * thread expands into reports: copying full reports between threads costs more than building them.
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import { evaluatePreparedCompact, prepareEvaluation } from '../evaluate/evaluate-eligibility.js';
import { evaluateMany } from '../evaluate/evaluate-many.js';
import type { EvaluateOptions } from '../evaluate/evaluate-eligibility.js';
import type { RuleBook } from '../model/rule-book.js';

const { book, options, compact } = workerData as { book: RuleBook; options: EvaluateOptions; compact: boolean };
const port = parentPort!;
const prep = prepareEvaluation(book, options);
port.on('message', (msg: { id: number; subjects: unknown[] }) => {
  if (compact) {
    port.postMessage({ id: msg.id, results: msg.subjects.map((s) => evaluatePreparedCompact(prep, s)) });
    return;
  }
  void (async () => {
    const results = [];
    // one batch per chunk: options checked and regime resolved once, results in chunk order
    for await (const item of evaluateMany(book, msg.subjects, options)) results.push(item.result);
    port.postMessage({ id: msg.id, results });
  })();
});

/**
 * Worker of {@link evaluateManyParallel}: receives a rule book once (structured clone of plain data)
 * and evaluates chunks of subjects with the same options as the main thread. Whichever the evaluator
 * (compiled closures or json-rules-engine), it returns compact results (leaf values and operator
 * results in plan order, see model/leaf-results.ts) that the main thread turns into reports with the
 * same builder as a single-threaded run: copying full reports between threads costs more than building them.
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import { evaluatePreparedCompact, evaluatePreparedCompactWithEngine, prepareEvaluation, type CompactResult, type EvaluateOptions } from '../evaluate/evaluate-eligibility.js';
import type { RuleBook } from '../model/rule-book.js';

const { book, options } = workerData as { book: RuleBook; options: EvaluateOptions };
const port = parentPort!;
const prep = prepareEvaluation(book, options);
const engine = options.evaluator === 'json-rules-engine';
port.on('message', (msg: { id: number; subjects: unknown[] }) => {
  if (!engine) {
    port.postMessage({ id: msg.id, results: msg.subjects.map((s) => evaluatePreparedCompact(prep, s)) });
    return;
  }
  void (async () => {
    const results: CompactResult[] = [];
    // one subject after the other: results in chunk order
    for (const s of msg.subjects) results.push(await evaluatePreparedCompactWithEngine(prep, s));
    port.postMessage({ id: msg.id, results });
  })();
});

import type { EligibilityReport } from '../model/outcome.js';
import type { RuleBook } from '../model/rule-book.js';
import type { Result } from '../model/issue.js';
import { compileRuleBook } from '../compile/compile-rule-book.js';
import { evaluatePrepared, evaluatePreparedSync, prepareEvaluation, type EvaluateOptions } from './evaluate-eligibility.js';
import { assertArg, isRuleBook } from '../_internal/args.js';

/** One item of a batch: the position of the subject in the input and its result. */
export interface BatchItem {
  readonly index: number;
  readonly result: Result<EligibilityReport>;
}

/**
 * Evaluate many subjects with one rule book, streaming results in input order without holding
 * them all (arrays, iterables and async iterables, e.g. a parsed CSV/JSON export read line by
 * line). The options are checked, the regime resolved and the rule book compiled once. Each subject
 * is validated on its own: a bad subject yields its issues and the batch goes on.
 * @param book a rule book from loadRuleBook.
 * @param subjects the subjects, in any iterable form.
 * @param options the same options as evaluateEligibility, applied to every subject.
 * @returns an async iterator of {index, result}.
 */
export async function* evaluateMany(
  book: RuleBook,
  subjects: Iterable<unknown> | AsyncIterable<unknown>,
  options: EvaluateOptions,
): AsyncGenerator<BatchItem, void, undefined> {
  assertArg(isRuleBook(book), 'book must be a rule book from loadRuleBook');
  assertArg(subjects !== null && typeof subjects === 'object' && (typeof (subjects as Iterable<unknown>)[Symbol.iterator] === 'function' || typeof (subjects as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'), 'subjects must be an iterable or async iterable');
  const prep = prepareEvaluation(book, options);
  const engine = options?.evaluator === 'json-rules-engine';
  if (!engine) compileRuleBook(book);
  let index = 0;
  if (!engine && typeof (subjects as Iterable<unknown>)[Symbol.iterator] === 'function') {
    // synchronous source and evaluator: no await per subject beyond the generator's own yield
    // (a promise in a synchronous iterable is awaited, as `for await` would)
    for (const item of subjects as Iterable<unknown>) {
      const subject = isThenable(item) ? await item : item;
      yield { index: index++, result: evaluatePreparedSync(prep, subject) };
    }
    return;
  }
  for await (const subject of subjects as AsyncIterable<unknown>) {
    yield { index, result: await evaluatePrepared(prep, subject) };
    index++;
  }
}


function isThenable(v: unknown): v is PromiseLike<unknown> {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof (v as { then?: unknown }).then === 'function';
}

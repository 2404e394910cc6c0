import type { NodeStatus } from '../model/verdict.js';
import type { GroupNode } from '../model/rule-book.js';

/**
 * Three-valued status of a group of `n` children: all = fail if any fails, else missing if any is
 * missing; any = pass if any passes, else missing if any is missing; not = swaps pass/fail. Stops at the
 * first decisive child, so `statusAt` may evaluate children lazily (verdicts-only runs).
 * @internal
 */
export function groupStatus(op: GroupNode['op'], n: number, statusAt: (i: number) => NodeStatus): NodeStatus {
  if (op === 'not') {
    const s = statusAt(0);
    return s === 'pass' ? 'fail' : s === 'fail' ? 'pass' : 'missing_fact';
  }
  const decisive = op === 'all' ? 'fail' : 'pass';
  let missing = false;
  for (let i = 0; i < n; i++) {
    const s = statusAt(i);
    if (s === decisive) return decisive;
    if (s === 'missing_fact') missing = true;
  }
  return missing ? 'missing_fact' : op === 'all' ? 'pass' : 'fail';
}


import { makeIssue, type Issue, type IssuePath } from '../../model/issue.js';
import { LIMITS } from '../../rule-book/limits.js';

/** The decimal-valued fields of score sheets, pledges and member reports. */
const DECIMAL_KEYS = ['maxTotal', 'maxPoints', 'ratioCap', 'pointsPerItem', 'pointsPerOccurrence', 'min', 'max', 'target', 'actual', 'selfScore', 'clusterScore'] as const;

/** Number of digits of a decimal string ("-912.35" → 5). */
export function digitCount(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * `size_exceeded` issues for the decimal fields of one object (a sheet node, a pledge target, a
 * report entry) with more digits than {@link LIMITS.clusterDecimalDigits}: within that bound every
 * cluster sum stays exact and takes milliseconds (docs/guarantees.md).
 * @internal
 */
export function decimalDigitIssues(node: object, path: IssuePath): Issue[] {
  const out: Issue[] = [];
  for (const k of DECIMAL_KEYS) {
    const v = (node as Record<string, unknown>)[k];
    if (typeof v === 'string' && digitCount(v) > LIMITS.clusterDecimalDigits) out.push(makeIssue('size_exceeded', [...path, k], { limit: LIMITS.clusterDecimalDigits, what: 'digits' }));
  }
  return out;
}

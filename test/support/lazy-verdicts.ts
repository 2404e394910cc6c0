// Deep equality for reports in tests. A report computes its `inputHash` when first read, and an award verdict of a full report builds `rules` and
// `failing` when first read: they are accessors of its prototype (src/evaluate/build-report.ts), which
// vitest's toEqual does not visit (it compares own keys). This tester compares such a verdict by its
// plain form (toJSON: awardId, title, verdict, rules, failing), so `toEqual` between two reports, or
// between a report and a plain object, compares the findings too. Duck-typed: the class of dist/ and
// the class of src/ are different objects.
import { expect } from 'vitest';

type Tester = Parameters<typeof expect.addEqualityTesters>[0][number];

function isLazyVerdict(x: unknown): x is { toJSON(): unknown } {
  if (x === null || typeof x !== 'object' || typeof (x as { toJSON?: unknown }).toJSON !== 'function') return false;
  // a verdict's findings, or a report's input hash, computed on first read (prototype accessors)
  return ('failing' in x && !Object.hasOwn(x, 'failing')) || ('inputHash' in x && !Object.hasOwn(x, 'inputHash'));
}

const lazyVerdicts: Tester = function (a, b, testers) {
  if (!isLazyVerdict(a) && !isLazyVerdict(b)) return undefined;
  return this.equals(isLazyVerdict(a) ? a.toJSON() : a, isLazyVerdict(b) ? b.toJSON() : b, testers);
};
expect.addEqualityTesters([lazyVerdicts]);

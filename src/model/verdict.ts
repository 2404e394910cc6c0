// Words-free data types shared by the evaluator and the renderers: verdicts, statuses, citations, gaps.

/** Verdict of one award for one subject. */
export type Verdict = 'eligible' | 'ineligible' | 'undetermined' | 'not-applicable';
/** Status of one evaluated condition. */
export type NodeStatus = 'pass' | 'fail' | 'missing_fact';
/** Reason an award is not applicable. */
export type NotApplicableReason = 'no-rule-in-force' | 'subject-kind-mismatch';

/** Structured legal citation (see CitationSchema). */
export interface CitationLike {
  readonly document: string;
  readonly article: string;
  readonly clause?: string | undefined;
  readonly point?: string | undefined;
  readonly issuer?: string | undefined;
}

/** Gap to eligibility of one failed condition (data, rendered by a locale). */
export type Gap =
  | { readonly kind: 'count'; readonly amount: string; readonly direction: 'increase' | 'decrease'; readonly unit?: 'years' | 'approvals' | 'members' | 'items' }
  | { readonly kind: 'decimal'; readonly amount: string; readonly direction: 'increase' | 'decrease'; readonly strict: boolean }
  | { readonly kind: 'value'; readonly expected: readonly string[] | string | boolean };

import { closest } from '../../_internal/closest.js';
import { fromZodIssues } from '../../schema/from-zod.js';
import { fail, makeIssue, ok, type Issue, type IssuePath, type Result } from '../../model/issue.js';
import { ScoreSheetSchema, type ScoreSheet, type SheetNode } from '../../schema/score-sheet.js';
import { q, qCmp, qSum, qText } from '../../_internal/rational.js';
import { nominalMax, sheetNodes } from './_sheet-nodes.js';
import { checkDepth, LIMITS } from '../../rule-book/limits.js';
import { decimalDigitIssues } from './_digits.js';

/**
 * Validate a score sheet: its nesting depth (before anything walks it), the strict schema, the
 * size limits (group depth, number of criteria, digits of every decimal — LIMITS), then unique ids, each group's maximum equal to the
 * sum of its scored children's maxima (and `maxTotal` for the top level), adjustment clamps,
 * lower-is-better criteria with a ratio cap, and the tie-break chain (known groups, ends with the
 * member-id key). All issues are reported at once.
 * @param input the sheet, as parsed JSON.
 * @param prefix path of the sheet inside its file (issues' paths start with it).
 * @returns the typed sheet, or the issues.
 */
export function checkScoreSheet(input: unknown, prefix: IssuePath = []): Result<ScoreSheet> {
  const deep = checkDepth(input, prefix);
  if (deep.length) return fail(deep);
  const parsed = ScoreSheetSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, prefix));
  const sheet = parsed.data;
  const issues: Issue[] = [];
  const { leaves, groups } = sheetNodes(sheet);
  const tooDeep = groups.find((g) => g.groups.length >= LIMITS.sheetGroupDepth);
  if (tooDeep) issues.push(makeIssue('depth_exceeded', [...prefix, ...tooDeep.path], { limit: LIMITS.sheetGroupDepth, what: 'sheet' }));
  if (leaves.length > LIMITS.sheetCriteria) issues.push(makeIssue('size_exceeded', [...prefix, 'criteria'], { limit: LIMITS.sheetCriteria, what: 'criteria' }));
  for (const l of leaves) issues.push(...decimalDigitIssues(l.node, [...prefix, ...l.path]));
  for (const g of groups) issues.push(...decimalDigitIssues(g.node, [...prefix, ...g.path]));
  issues.push(...decimalDigitIssues(sheet, prefix));
  if (issues.length) return fail(issues);
  const seen = new Map<string, IssuePath>();
  for (const n of [...groups, ...leaves]) {
    const prev = seen.get(n.node.id);
    if (prev) issues.push(makeIssue('duplicate_id', [...prefix, ...n.path, 'id'], { id: n.node.id, other: prev.join('.') }));
    else seen.set(n.node.id, n.path);
  }
  const checkMax = (children: readonly SheetNode[], declared: string, id: string, path: IssuePath): void => {
    const sum = qSum(children.map((c) => q(nominalMax(c))));
    if (qCmp(sum, q(declared)) !== 0) issues.push(makeIssue('group_max_mismatch', path, { group: id, declared, sum: qText(sum) }));
  };
  checkMax(sheet.criteria, sheet.maxTotal, sheet.id, [...prefix, 'maxTotal']);
  for (const g of groups) checkMax(g.node.children, g.node.maxPoints, g.node.id, [...prefix, ...g.path, 'maxPoints']);
  for (const l of leaves) {
    const n = l.node;
    if (n.kind === 'adjustment' && qCmp(q(n.min), q(n.max)) > 0) {
      issues.push(makeIssue('invalid_value', [...prefix, ...l.path, 'min'], { received: n.min, expected: 'at-most-max', values: [n.max] }));
    }
    if (n.kind === 'quantitative' && n.direction === 'lower-is-better' && n.ratioCap === undefined) {
      issues.push(makeIssue('missing_field', [...prefix, ...l.path, 'ratioCap'], { key: 'ratioCap' }));
    }
  }
  const groupIds = groups.map((g) => g.node.id);
  const usedGroups = new Set<string>();
  sheet.tieBreaks.forEach((t, i) => {
    const at = [...prefix, 'tieBreaks', i];
    const last = i === sheet.tieBreaks.length - 1;
    if (t.kind === 'member-id' && !last) issues.push(makeIssue('invalid_tie_break_chain', at, { problem: 'member-id-not-last' }));
    if (last && t.kind !== 'member-id') issues.push(makeIssue('invalid_tie_break_chain', at, { problem: 'must-end-with-member-id' }));
    if (t.kind === 'criteria-group') {
      if (!groupIds.includes(t.group)) issues.push(makeIssue('unknown_criterion', [...at, 'group'], { criterion: t.group, suggestions: closest(t.group, groupIds) }));
      if (usedGroups.has(t.group)) issues.push(makeIssue('invalid_tie_break_chain', at, { problem: 'group-twice', group: t.group }));
      usedGroups.add(t.group);
    }
  });
  if (sheet.tieBreaks.filter((t) => t.kind === 'female-preference').length > 1) {
    issues.push(makeIssue('invalid_tie_break_chain', [...prefix, 'tieBreaks'], { problem: 'female-preference-twice' }));
  }
  if (new Set(sheet.finalScoreFrom).size !== sheet.finalScoreFrom.length) {
    issues.push(makeIssue('invalid_value', [...prefix, 'finalScoreFrom'], { expected: 'distinct-columns', received: sheet.finalScoreFrom.join(', ') }));
  }
  return issues.length ? fail(issues) : ok(sheet);
}

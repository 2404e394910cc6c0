import { compareCodeUnits } from '../../_internal/canonical-json.js';
import { closest } from '../../_internal/closest.js';
import { deepFreeze } from '../../_internal/deep-freeze.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../../model/issue.js';
import type { ClusterYear, MemberReport } from '../../schema/cluster.js';
import type { ScoreSheet } from '../../schema/score-sheet.js';
import { q, qCmp, qMax, qMin, qMul, qRound, qSum, qText, type Q } from '../../_internal/rational.js';
import { sheetNodes, type SheetLeaf } from './_sheet-nodes.js';
import { decimalDigitIssues } from './_digits.js';
import { LIMITS } from '../../rule-book/limits.js';
import type { ClusterScores, CriterionComputation, CriterionScore, Disqualification, GroupScore, MemberScore } from './model.js';
import { ONE, quantitative, ratioOf, ZERO, type Ratio } from './_quantitative.js';

type Entry = MemberReport['entries'][number];

const DATA_FIELD = {
  quantitative: 'actual',
  qualitative: 'pass',
  'per-count': 'count',
  adjustment: 'occurrences',
  disqualifier: 'triggered',
} as const;
const DATA_FIELDS = Object.values(DATA_FIELD);

/** Scoring of already-validated inputs (see scoreCluster). @internal */
export function scoreValidated(sheet: ScoreSheet, reports: readonly MemberReport[], year: ClusterYear): Result<ClusterScores> {
  const issues: Issue[] = [];
  const { leaves, groups } = sheetNodes(sheet);
  (year.pledges ?? []).forEach((p, pi) => p.targets.forEach((t, ti) => issues.push(...decimalDigitIssues(t, ['year', 'pledges', pi, 'targets', ti]))));
  let entryCount = 0;
  reports.forEach((r, ri) => {
    entryCount += r.entries.length;
    r.entries.forEach((e, ei) => issues.push(...decimalDigitIssues(e, ['reports', ri, 'entries', ei])));
  });
  if (entryCount > LIMITS.clusterEntries) issues.push(makeIssue('size_exceeded', ['reports'], { limit: LIMITS.clusterEntries, what: 'entries' }));
  if (issues.length) return fail(issues);
  const byId = new Map<string, SheetLeaf>(leaves.map((l) => [l.node.id, l]));
  const criterionIds = [...byId.keys()];
  const memberIds = year.members.map((m) => m.id);
  const members = new Set<string>();
  year.members.forEach((m, i) => {
    if (members.has(m.id)) issues.push(makeIssue('duplicate_member', ['year', 'members', i, 'id'], { member: m.id }));
    members.add(m.id);
  });
  const targets = new Map<string, string>();
  for (const p of year.pledges ?? []) for (const t of p.targets) targets.set(`${p.member}|${t.criterion}`, t.target);
  (year.pledges ?? []).forEach((p, pi) =>
    p.targets.forEach((t, ti) => {
      if (!byId.has(t.criterion)) {
        issues.push(makeIssue('unknown_criterion', ['year', 'pledges', pi, 'targets', ti, 'criterion'], { criterion: t.criterion, suggestions: closest(t.criterion, criterionIds) }));
      }
    }),
  );

  const reportOf = new Map<string, { report: MemberReport; index: number; entries: Map<string, { entry: Entry; index: number }> }>();
  reports.forEach((r, ri) => {
    const at = ['reports', ri];
    if (!members.has(r.member)) {
      issues.push(makeIssue('unknown_member', [...at, 'member'], { member: r.member, period: year.period, suggestions: closest(r.member, memberIds) }));
      return;
    }
    if (reportOf.has(r.member)) {
      issues.push(makeIssue('duplicate_member', [...at, 'member'], { member: r.member }));
      return;
    }
    if (r.period !== year.period) issues.push(makeIssue('invalid_value', [...at, 'period'], { expected: 'same-period', values: [String(year.period)], received: String(r.period) }));
    if (r.memberCount !== undefined && r.femaleMemberCount !== undefined && r.femaleMemberCount > r.memberCount) {
      issues.push(makeIssue('too_big', [...at, 'femaleMemberCount'], { maximum: r.memberCount }));
    }
    if ((r.memberCount === undefined) !== (r.femaleMemberCount === undefined)) {
      issues.push(makeIssue('missing_field', [...at, r.memberCount === undefined ? 'memberCount' : 'femaleMemberCount'], { key: r.memberCount === undefined ? 'memberCount' : 'femaleMemberCount' }));
    }
    const entries = new Map<string, { entry: Entry; index: number }>();
    r.entries.forEach((e, ei) => {
      const eat = [...at, 'entries', ei];
      const leaf = byId.get(e.criterion);
      if (!leaf) {
        issues.push(makeIssue('unknown_criterion', [...eat, 'criterion'], { criterion: e.criterion, suggestions: closest(e.criterion, criterionIds) }));
        return;
      }
      if (entries.has(e.criterion)) {
        issues.push(makeIssue('duplicate_id', [...eat, 'criterion'], { id: e.criterion, other: `entries[${entries.get(e.criterion)!.index}]` }));
        return;
      }
      entries.set(e.criterion, { entry: e, index: ei });
      const n = leaf.node;
      for (const f of DATA_FIELDS) {
        if (f !== DATA_FIELD[n.kind] && e[f] !== undefined) issues.push(makeIssue('criterion_input_mismatch', [...eat, f], { criterion: n.id, kind: n.kind, field: f }));
      }
      for (const col of ['selfScore', 'clusterScore'] as const) {
        const v = e[col];
        if (v === undefined) continue;
        if (n.kind === 'disqualifier') {
          issues.push(makeIssue('criterion_input_mismatch', [...eat, col], { criterion: n.id, kind: n.kind, field: col }));
          continue;
        }
        const lo = n.kind === 'adjustment' ? n.min : '0';
        const max = n.kind === 'adjustment' ? n.max : n.maxPoints;
        if (qCmp(q(v), q(max)) > 0) issues.push(makeIssue('score_above_max', [...eat, col], { score: v, maximum: max }));
        if (qCmp(q(v), q(lo)) < 0) issues.push(makeIssue('too_small', [...eat, col], { minimum: lo }));
      }
      if (n.kind === 'quantitative' && e.actual !== undefined) {
        const t = targets.get(`${r.member}|${n.id}`);
        if (t === undefined) issues.push(makeIssue('missing_target', [...eat, 'actual'], { criterion: n.id, member: r.member }));
        else if (qCmp(q(t), ZERO) <= 0) issues.push(makeIssue('target_not_scorable', [...eat, 'actual'], { criterion: n.id, member: r.member, target: t }));
      }
    });
    reportOf.set(r.member, { report: r, index: ri, entries });
  });
  for (const m of [...members].sort(compareCodeUnits)) {
    if (!reportOf.has(m)) issues.push(makeIssue('missing_member_report', ['reports'], { member: m }));
  }
  if (issues.length) return fail(issues);

  // Pass 1: ratios and, per relative-to-best criterion, L = the highest r above 1.
  const ratios = new Map<string, Ratio>();
  const best = new Map<string, Q | null>();
  for (const l of leaves) {
    if (l.node.kind !== 'quantitative') continue;
    let top: Q | null = null;
    for (const [m, rep] of reportOf) {
      const e = rep.entries.get(l.node.id)?.entry;
      if (e?.actual === undefined) continue;
      const r = ratioOf(l.node, targets.get(`${m}|${l.node.id}`)!, e.actual);
      ratios.set(`${m}|${l.node.id}`, r);
      const rr = r.capped ?? r.ratio;
      if (qCmp(rr, ONE) > 0 && (top === null || qCmp(rr, top) > 0)) top = rr;
    }
    best.set(l.node.id, top);
  }

  const { places, mode, stage } = sheet.rounding;
  const round = (x: Q): string => qRound(x, places, mode);
  const used = (x: Q): Q => (stage === 'criterion' ? q(round(x)) : x);
  const out: MemberScore[] = [];
  for (const m of [...members].sort(compareCodeUnits)) {
    const rep = reportOf.get(m)!;
    const criteria: CriterionScore[] = [];
    const value = new Map<string, Q>();
    const disqualifiedBy: Disqualification[] = [];
    let selfComplete = true;
    let clusterComplete = true;
    const selfs: Q[] = [];
    const clusters: Q[] = [];
    for (const l of leaves) {
      const n = l.node;
      const found = rep.entries.get(n.id);
      const e: Partial<Entry> = found?.entry ?? {};
      let computed: Q | null = null;
      let computation: CriterionComputation | null = null;
      if (n.kind === 'quantitative' && e.actual !== undefined) {
        const res = quantitative(n, ratios.get(`${m}|${n.id}`)!, best.get(n.id) ?? null);
        computed = res.points;
        computation = res.computation;
      } else if (n.kind === 'qualitative' && e.pass !== undefined) {
        computed = e.pass ? q(n.maxPoints) : ZERO;
        computation = { type: 'qualitative', pass: e.pass };
      } else if (n.kind === 'per-count' && e.count !== undefined) {
        const raw = qMul(q(n.pointsPerItem), q(e.count));
        computed = qMin(raw, q(n.maxPoints));
        computation = { type: 'per-count', count: e.count, pointsPerItem: n.pointsPerItem, raw: qText(raw), capped: qCmp(raw, q(n.maxPoints)) > 0 };
      } else if (n.kind === 'adjustment' && e.occurrences !== undefined) {
        const raw = qMul(q(n.pointsPerOccurrence), q(e.occurrences));
        computed = qMax(qMin(raw, q(n.max)), q(n.min));
        const clamped = qCmp(raw, q(n.max)) > 0 ? 'max' : qCmp(raw, q(n.min)) < 0 ? 'min' : null;
        computation = { type: 'adjustment', occurrences: e.occurrences, pointsPerOccurrence: n.pointsPerOccurrence, raw: qText(raw), clamped };
      } else if (n.kind === 'disqualifier' && e.triggered !== undefined) {
        computation = { type: 'disqualifier', triggered: e.triggered };
      }
      if (n.kind === 'disqualifier') {
        if (e.triggered === undefined) {
          issues.push(makeIssue('missing_criterion_input', ['reports', rep.index, 'entries'], { member: m, criterion: n.id, expected: ['triggered'] }));
          continue;
        }
        if (e.triggered) disqualifiedBy.push({ criterion: n.id, title: n.title, source: n.source });
        criteria.push({
          criterion: n.id, kind: n.kind, title: n.title, groups: l.groups, maxPoints: null, selfScore: null, clusterScore: null,
          computed: null, computation, basis: 'veto', exact: '0', points: round(ZERO), source: n.source,
        });
        continue;
      }
      if (e.selfScore === undefined) selfComplete = false;
      else selfs.push(used(q(e.selfScore)));
      if (e.clusterScore === undefined) clusterComplete = false;
      else clusters.push(used(q(e.clusterScore)));
      let basis: CriterionScore['basis'] | undefined;
      let final: Q | undefined;
      for (const col of sheet.finalScoreFrom) {
        if (col === 'computed' && computed !== null) [basis, final] = ['computed', computed];
        else if (col === 'cluster' && e.clusterScore !== undefined) [basis, final] = ['cluster', q(e.clusterScore)];
        else if (col === 'self' && e.selfScore !== undefined) [basis, final] = ['self', q(e.selfScore)];
        if (basis) break;
      }
      if (!basis || !final) {
        const expected = sheet.finalScoreFrom.map((c) => (c === 'computed' ? DATA_FIELD[n.kind] : c === 'cluster' ? 'clusterScore' : 'selfScore'));
        issues.push(makeIssue('missing_criterion_input', ['reports', rep.index, 'entries'], { member: m, criterion: n.id, expected }));
        continue;
      }
      value.set(n.id, used(final));
      criteria.push({
        criterion: n.id,
        kind: n.kind,
        title: n.title,
        groups: l.groups,
        maxPoints: n.kind === 'adjustment' ? n.max : n.maxPoints,
        selfScore: e.selfScore ?? null,
        clusterScore: e.clusterScore ?? null,
        computed: computed === null ? null : qText(computed),
        computation,
        basis,
        exact: qText(final),
        points: round(final),
        source: n.source,
      });
    }
    const groupScores: GroupScore[] = groups.map((g) => {
      const sum = qSum(leaves.filter((l) => l.groups.includes(g.node.id)).map((l) => value.get(l.node.id) ?? ZERO));
      return { group: g.node.id, title: g.node.title, maxPoints: g.node.maxPoints, exact: qText(sum), points: round(sum) };
    });
    const total = qSum([...value.values()]);
    const workforce = rep.report.memberCount !== undefined && rep.report.femaleMemberCount !== undefined ? { members: rep.report.memberCount, women: rep.report.femaleMemberCount } : null;
    out.push({
      member: m,
      total: round(total),
      exactTotal: qText(total),
      selfTotal: selfComplete ? round(qSum(selfs)) : null,
      clusterTotal: clusterComplete ? round(qSum(clusters)) : null,
      groups: groupScores,
      criteria,
      disqualified: disqualifiedBy.length > 0,
      disqualifiedBy,
      workforce,
    });
  }
  if (issues.length) return fail(issues);
  return ok(
    deepFreeze({
      schemaVersion: 1 as const,
      period: year.period,
      sheet: { id: sheet.id, title: sheet.title, maxTotal: sheet.maxTotal, rounding: sheet.rounding, finalScoreFrom: sheet.finalScoreFrom, source: sheet.source },
      members: out,
    }),
  );
}

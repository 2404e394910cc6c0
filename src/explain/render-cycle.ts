import { q, qCmp, qDecimalText, qParse } from '../_internal/rational.js';
import { inlineText, safeLines } from './_sanitize.js';
import type { CycleResult } from '../rank/cluster/model.js';
import { assertArg, isObject } from '../_internal/args.js';
import { assertOptions } from '../_internal/options.js';
import { issueMessage } from './issue-message.js';
import { localeOf, type LangOption } from './locales/index.js';
import { localText } from './locales/locale.js';
import type { RouteSource } from '../rank/cluster/model.js';

/** Options of {@link renderCycle}. */
export interface RenderCycleOptions {
  /** Language (a shipped tag or a Locale object), Vietnamese by default. */
  readonly lang?: LangOption | undefined;
}

/**
 * Render a cluster cycle (from {@link evaluateCycle}) as readable text: roles, score sheet,
 * ranking with totals, every tie and how it was broken, proposals with their legal basis and
 * eligibility status, ballots, next period's leadership and warnings.
 * @param result the cycle result.
 * @param options language (default Vietnamese).
 * @returns the text, ending with a newline.
 */
export function renderCycle(result: CycleResult, options: RenderCycleOptions = {}): string {
  assertArg(isObject(result) && isObject(result.ranking) && isObject(result.scores) && isObject(result.cluster) && Array.isArray(result.members), 'result must come from evaluateCycle');
  assertOptions('lang', options, true);
  const loc = localeOf(options.lang);
  const w = loc.cluster;
  const text = (t: { readonly vi: string; readonly en: string }): string => localText(loc, t);
  // a route's basis: its citation, else thidua's own note (a code), else the cluster file's note
  const basisOf = (r: RouteSource): string => (r.citation ? loc.citation(r.citation) : r.noteCode ? w.routeNote[r.noteCode] : r.note ? text(r.note) : '');
  const names = new Map(result.members.map((m) => [m.id, m.name ?? m.id]));
  const name = (id: string): string => inlineText(names.get(id) ?? id);
  const num = (s: string): string => (s.includes('/') ? s : loc.formatDecimal(s));
  // A rounded total that hides the difference between two exact totals (912.35 shown for both
  // 912.35 and 912.350000000000000001) is followed by the exact value, so a ranking on exact totals
  // never looks like an unexplained order.
  const shown = new Map<string, Set<string>>();
  for (const e of result.ranking.entries) shown.set(e.total, (shown.get(e.total) ?? new Set()).add(e.exactTotal));
  const total = (rounded: string, exact: string): string => {
    const x = qParse(exact);
    if (x === undefined || (shown.get(rounded)?.size ?? 0) < 2 || qCmp(x, q(rounded)) === 0) return num(rounded);
    return `${num(rounded)} (${w.exact} ${num(qDecimalText(x))})`;
  };
  const k = result.cluster.clusterKind;
  const lines: string[] = [];
  lines.push(`${text(result.cluster.name)} (${w.kind[k]}, ${w.organiser[result.cluster.organiser]}) — ${w.period} ${result.period}`);
  if (result.illustrative) lines.push(`${w.illustrative}: ${text(result.illustrative)}`);
  lines.push(
    `${w.leader[k]}: ${result.roles.leader ? name(result.roles.leader) : w.none}; ${w.deputies[k]}: ${result.roles.deputies.length ? result.roles.deputies.map(name).join(', ') : w.none}`,
  );
  const sh = result.scores.sheet;
  lines.push(`${w.sheet}: ${text(sh.title)} (${w.maxTotal} ${num(sh.maxTotal)} ${w.points}; ${w.rounding(sh.rounding.places, sh.rounding.mode, sh.rounding.stage)}; ${w.rankedOn[result.ranking.rankedOn]})`);
  lines.push('', `${w.ranking}:`);
  for (const e of result.ranking.entries) {
    const dq = e.disqualified ? ` — ${w.disqualified}: ${e.disqualifiedBy.map((d) => `«${text(d.title)}»`).join(', ')}` : '';
    lines.push(`  ${e.rank}. ${name(e.member)} — ${total(e.total, e.exactTotal)} ${w.points}${dq}`);
  }
  if (result.ranking.ties.length) {
    lines.push('', `${w.ties}:`);
    for (const t of result.ranking.ties) {
      lines.push(`  - ${t.members.map(name).join(', ')}: ${w.tiedAt} ${total(t.total, t.exactTotal)}${t.resolvedOnMerit ? '' : ` (${w.notOnMerit})`}`);
      for (const s of t.steps) {
        const label = s.kind === 'criteria-group' ? `${w.step[s.kind]} «${s.group}»` : w.step[s.kind];
        const keys = s.keys.length && s.kind !== 'member-id' ? `: ${s.keys.map((x) => `${name(x.member)} ${x.value === null ? '—' : typeof x.value === 'string' ? num(x.value.includes('/') ? qDecimalText(qParse(x.value)!) : x.value) : loc.value(x.value)}`).join('; ')}` : '';
        const cite = s.citation ? ` [${loc.citation(s.citation)}]` : '';
        lines.push(`      ${s.step}. ${label}${keys} → ${w.outcome[s.outcome]}${cite}`);
      }
    }
  }
  if (result.proposals) {
    const p = result.proposals;
    lines.push('', `${w.proposals}:`);
    if (p.noRoute) lines.push(`  ${w.noRoute}`);
    for (const x of p.proposals) {
      const basis = basisOf(x.route);
      const el = x.eligibility.reason === 'no-subject-data' ? `${loc.verdict(x.eligibility.verdict)} (${w.noSubject})` : x.eligibility.reason ? `${loc.verdict(x.eligibility.verdict)} (${loc.notApplicable(x.eligibility.reason)})` : loc.verdict(x.eligibility.verdict);
      lines.push(`  - ${text(x.awardTitle)}: ${name(x.member)} (${w.rank} ${x.rank}, ${total(x.total, x.exactTotal)} ${w.points}) — ${w.basis}: ${basis} [${x.route.marker}]; ${w.eligibility}: ${el}${x.tieUnresolved ? `; ${w.tieUnresolved}` : ''}`);
      for (const s of x.passedOver) lines.push(`      ${w.passedOver}: ${name(s.member)} (${w.rank} ${s.rank}) — ${w.reason[s.reason]}${s.disqualifiedBy ? `: ${s.disqualifiedBy.map((d) => `«${text(d.title)}»`).join(', ')}` : ''}`);
    }
    if (p.unfilled.flags + p.unfilled.certificates > 0) lines.push(`  ${w.unfilled(p.unfilled.flags + p.unfilled.certificates)}`);
  }
  if (result.ballots && result.ballots.length) {
    lines.push('', `${w.ballots}:`);
    for (const b of result.ballots) {
      const tally = b.approvals !== null && b.councilMembers !== null ? ` ${b.approvals}/${b.councilMembers}` : '';
      const th = b.threshold ? ` (≥ ${num(b.threshold)}${b.citation ? `, ${loc.citation(b.citation)}` : ''})` : '';
      const found = result.proposals?.proposals.find((x) => x.member === b.member && x.awardId === b.awardId)?.awardTitle;
      const title = found ? text(found) : b.awardId;
      lines.push(`  - ${name(b.member)} — ${title}:${tally}${th} → ${w.ballot[b.status]}`);
    }
  }
  if (result.next) {
    const n = result.next;
    const src = basisOf(n.source);
    lines.push('', `${w.next(n.period)}: ${w.leader[k]} ${name(n.leader)}; ${w.deputies[k]} ${n.deputies.length ? n.deputies.map(name).join(', ') : w.none} (${w.rule[n.rule]}; ${src} [${n.source.marker}])`);
  }
  if (result.warnings.length) {
    lines.push('', `${w.warnings}:`);
    for (const x of result.warnings) lines.push(`  - ${issueMessage(x, loc)}`);
  }
  return safeLines(`${lines.join('\n')}\n`);
}

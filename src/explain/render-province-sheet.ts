import { inlineText, safeLines } from './_sanitize.js';
import type { CycleResult } from '../rank/cluster/model.js';
import type { AgencySheetOutcome, ProvinceSheetOutcome } from '../rank/cluster/province-sheet.js';
import { localeOf, type LangOption } from './locales/index.js';
import { localText } from './locales/locale.js';
import type { LocalizedText } from '../model/rule-book.js';

/**
 * Render what a province overlay did to a cluster's score sheet (`thidua rank --province`): the
 * decision, what it added (or why the sheet is unchanged), then each member the added criteria
 * touched (points deducted, veto triggered). Printed above the cycle report.
 * @param outcome from `applyProvinceSheet`.
 * @param cycle the cycle evaluated on the resulting sheet.
 * @param options language (default Vietnamese).
 * @returns the text, ending with a blank line.
 */
export function renderProvinceSheet(outcome: ProvinceSheetOutcome, cycle: CycleResult, options: { readonly lang?: LangOption | undefined } = {}): string {
  return renderSheetOutcome(outcome, cycle, 'province', options);
}

/**
 * Render what a ministry's, sector's or central agency's overlay did to a cluster's score sheet
 * (`thidua rank --agency`): the report of {@link renderProvinceSheet}, its label and effects
 * heading in the agency words of the locale (`cluster.agencySheet`).
 * @param outcome from `applyAgencySheet`.
 * @param cycle the cycle evaluated on the resulting sheet.
 * @param options language (default Vietnamese).
 * @returns the text, ending with a blank line.
 */
export function renderAgencySheet(outcome: AgencySheetOutcome, cycle: CycleResult, options: { readonly lang?: LangOption | undefined } = {}): string {
  return renderSheetOutcome(outcome, cycle, 'agency', options);
}

function renderSheetOutcome(outcome: ProvinceSheetOutcome | AgencySheetOutcome, cycle: CycleResult, layer: 'province' | 'agency', options: { readonly lang?: LangOption | undefined }): string {
  const L = localeOf(options.lang);
  const w = layer === 'agency' ? { ...L.cluster.provinceSheet, ...L.cluster.agencySheet } : L.cluster.provinceSheet;
  const d = outcome.decision;
  const decision = L.wording.overlay(`${L.instrumentKind(d.number)} ${d.number}`, d.date, localText(L, d.signer), outcome.illustrative);
  const title = (t: LocalizedText): string => L.quote(inlineText(localText(L, t)));
  const added = outcome.added.map((a) => `${w.kind[a.kind]} ${title(a.title)} (${w.operation} ${a.operation})`).join('; ');
  const lines = [`${w.label}: ${decision} — ${w.status(outcome.status, outcome.sheet, outcome.period)}${added ? `: ${added}` : ''}`];
  const ids = new Set(outcome.added.map((a) => a.criterion));
  const names = new Map(cycle.members.map((m) => [m.id, m.name ?? m.id]));
  const effects: string[] = [];
  for (const m of cycle.scores.members) {
    for (const c of m.criteria) {
      if (!ids.has(c.criterion)) continue;
      const who = inlineText(names.get(m.member) ?? m.member);
      if (c.computation?.type === 'adjustment' && c.computation.occurrences > 0) {
        effects.push(`  - ${who}: ${title(c.title)} ${w.occurrences(c.computation.occurrences)} → ${L.formatDecimal(c.points)} ${L.cluster.points}`);
      } else if (c.computation?.type === 'disqualifier' && c.computation.triggered) {
        effects.push(`  - ${who}: ${title(c.title)} → ${w.triggered}`);
      }
    }
  }
  if (effects.length) lines.push(`${w.effect}:`, ...effects);
  return safeLines(`${lines.join('\n')}\n\n`);
}

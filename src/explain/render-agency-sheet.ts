import type { CycleResult } from '../rank/cluster/model.js';
import type { AgencySheetOutcome } from '../rank/cluster/province-sheet.js';
import { localeOf, type Lang } from './locales/index.js';
import { renderProvinceSheet } from './render-province-sheet.js';

/**
 * Render what a ministry's, sector's or central agency's overlay did to a cluster's score sheet
 * (`thidua rank --agency`): the same report as {@link renderProvinceSheet} (decision, what it added
 * or why the sheet is unchanged, each member touched), headed by the agency words of the locale
 * (`cluster.agencySheet`) instead of the province ones.
 * @param outcome from `applyAgencySheet`.
 * @param cycle the cycle evaluated on the resulting sheet.
 * @param options language (default Vietnamese).
 * @returns the text, ending with a blank line.
 */
export function renderAgencySheet(outcome: AgencySheetOutcome, cycle: CycleResult, options: { readonly lang?: Lang | undefined } = {}): string {
  const L = localeOf(options.lang ?? 'vi');
  const province = L.cluster.provinceSheet;
  const agency = L.cluster.agencySheet;
  const { agency: key, ...fields } = outcome;
  const text = renderProvinceSheet({ province: key, ...fields }, cycle, options);
  // the province report's two headings (its first line's label, the effects heading) are the only
  // words naming the layer: swap them for the agency's, line by line, never inside a member's text
  return text
    .split('\n')
    .map((line, i) => (i === 0 && line.startsWith(`${province.label}: `) ? `${agency.label}: ${line.slice(province.label.length + 2)}` : line === `${province.effect}:` ? `${agency.effect}:` : line))
    .join('\n');
}

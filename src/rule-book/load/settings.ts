import type { HistorySettings } from '../../facts/history.js';

/** Engine parameters every regime must declare (they change how history is counted). */
export const REQUIRED_SETTINGS = {
  'history.meritOnly': 'meritOnly',
  'history.excludeDisciplinePeriods': 'excludeDisciplinePeriods',
  'initiative.widerScopeSatisfiesNarrower': 'widerScopeSatisfiesNarrower',
  'initiative.reuseAcrossTitles': 'initiativeReuseAcrossTitles',
} as const satisfies Record<string, keyof HistorySettings>;

/**
 * History settings a regime may declare as a boolean parameter; absent = the default given here
 * (a regime without the principle the setting reads). Like the required ones, overlays cannot change them.
 */
export const OPTIONAL_SETTINGS = {
  'principles.disciplineBarsWholeYear': ['disciplineBarsWholeYear', true],
} as const satisfies Record<string, readonly [keyof HistorySettings, boolean]>;

/** Every parameter that is an engine setting (required or optional) → the setting it sets; overlays cannot change these. */
export const SETTING_PARAMS: Readonly<Record<string, keyof HistorySettings>> = Object.freeze({
  ...REQUIRED_SETTINGS,
  ...Object.fromEntries(Object.entries(OPTIONAL_SETTINGS).map(([id, [key]]) => [id, key])),
});

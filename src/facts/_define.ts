import type { FactValue } from '../operators/registry.js';
import type { CollectiveYear, IndividualYear } from '../schema/subject.js';
import type { FactContext, FactDef } from './fact-def.js';

/** The subject's record for the evaluated year, if any. @internal */
export function yearRecord(ctx: FactContext): IndividualYear | CollectiveYear | undefined {
  return (ctx.subject.history as readonly (IndividualYear | CollectiveYear)[]).find((r) => r.year === ctx.year);
}

/** Derivation reading one field of the year record; absent (or no record for the year) = missing. @internal */
export function field<K extends string>(key: K) {
  return (ctx: FactContext): FactValue => {
    const rec = yearRecord(ctx) as Record<string, unknown> | undefined;
    const v = rec?.[key];
    return v === undefined ? null : (v as FactValue);
  };
}

/** Derivation of an exact share "num/den" from two counts of the year record. @internal */
export function fraction(numKey: keyof CollectiveYear, denKey: keyof CollectiveYear) {
  return (ctx: FactContext): FactValue => {
    const rec = yearRecord(ctx) as CollectiveYear | undefined;
    const num = rec?.[numKey];
    const den = rec?.[denKey];
    if (typeof num !== 'number' || typeof den !== 'number' || den === 0) return null;
    return `${num}/${den}`;
  };
}

/** A boolean fact read from the year record under its own name. @internal */
export function bool(id: string, subjects: FactDef['subjects'], vi: string, en: string): FactDef {
  return {
    id,
    type: 'boolean',
    subjects,
    label: { vi, en },
    input: { fields: [id], perYear: true },
    derive: (ctx) => {
      const v = (yearRecord(ctx) as Record<string, unknown> | undefined)?.[id];
      return typeof v === 'boolean' ? v : null;
    },
  };
}

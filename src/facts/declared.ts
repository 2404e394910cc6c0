import { z } from 'zod';
import type { FactValue } from '../operators/registry.js';
import { yearRecord } from './_define.js';
import type { FactContext, FactDef, FactInput } from './catalog.js';

/**
 * Carrier facts for the input facts an overlay declares (docs/real-regulations.md). An overlay
 * condition names its declared fact (`"fact": "noAdministrativeSanction"`); when the overlay is
 * applied the leaf is rewritten to the carrier of the declared type with params
 * `{ id, perYear, labelVi, labelEn }`, and reads `extraFacts.<id>` of the subject (or of the evaluated year's
 * record when `perYear`). Rule files and overlays may not name a carrier directly.
 */
export const DECLARED_FACT_IDS = {
  boolean: 'declaredBoolean',
  integer: 'declaredInteger',
  decimal: 'declaredDecimal',
  fraction: 'declaredFraction',
  enum: 'declaredEnum',
} as const;

/** The declared types an overlay may use. */
export type DeclaredFactType = keyof typeof DECLARED_FACT_IDS;

const CARRIERS: ReadonlySet<string> = new Set(Object.values(DECLARED_FACT_IDS));

/** Whether a fact id is a carrier of overlay-declared facts. @internal */
export function isDeclaredCarrier(fact: string): boolean {
  return CARRIERS.has(fact);
}

const ParamsSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/).max(60),
  perYear: z.boolean(),
  labelVi: z.string().min(1).max(200),
  labelEn: z.string().min(1).max(200),
});

/** The raw value of a declared fact: `extraFacts.<id>` of the year record or of the subject. @internal */
export function declaredValue(ctx: FactContext, p: Record<string, unknown>): unknown {
  const id = p['id'] as string;
  const holder = p['perYear'] === true ? (yearRecord(ctx) as { extraFacts?: Readonly<Record<string, unknown>> } | undefined)?.extraFacts : ctx.subject.extraFacts;
  return holder !== undefined && Object.prototype.hasOwnProperty.call(holder, id) ? holder[id] : undefined;
}

const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const FRACTION = /^(0|[1-9][0-9]{0,8})\/[1-9][0-9]{0,8}$/;

/** Whether a value fits a declared type (enum values are checked against the declaration separately). @internal */
export function fitsDeclaredType(type: DeclaredFactType, v: unknown): boolean {
  switch (type) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
      return typeof v === 'number' && Number.isSafeInteger(v);
    case 'decimal':
      return (typeof v === 'string' && v.length <= 64 && DECIMAL.test(v)) || (typeof v === 'number' && Number.isSafeInteger(v));
    case 'fraction':
      return typeof v === 'string' && v.length <= 64 && (FRACTION.test(v) || DECIMAL.test(v));
    case 'enum':
      return typeof v === 'string';
  }
}

function carrier(type: DeclaredFactType): FactDef {
  return {
    id: DECLARED_FACT_IDS[type],
    type,
    subjects: ['individual', 'collective'],
    label: { vi: 'thông tin do văn bản của địa phương, bộ, ngành quy định', en: 'a fact declared by a provincial or ministerial overlay' },
    params: ParamsSchema,
    derive: (ctx: FactContext, p: Record<string, unknown>): FactValue => {
      const v = declaredValue(ctx, p);
      if (!fitsDeclaredType(type, v)) return null;
      return type === 'decimal' && typeof v === 'number' ? String(v) : (v as FactValue);
    },
  };
}

/** The carrier facts, one per declared type. @internal */
export const DECLARED_FACTS: readonly FactDef[] = (Object.keys(DECLARED_FACT_IDS) as DeclaredFactType[]).map(carrier);

/**
 * The input field of a declared fact (for "fill in …" explanations): `extraFacts.<id>`, per year
 * when the declaration says so.
 * @internal
 */
export function declaredInput(fact: string, params: Readonly<Record<string, unknown>> | undefined): FactInput | undefined {
  if (!isDeclaredCarrier(fact) || !params || typeof params['id'] !== 'string') return undefined;
  return { fields: [`extraFacts.${params['id']}`], perYear: params['perYear'] === true };
}

/** The declared label of a carrier leaf, if any. @internal */
export function declaredLabel(fact: string, params: Readonly<Record<string, unknown>> | undefined): { vi: string; en: string } | undefined {
  if (!isDeclaredCarrier(fact) || !params) return undefined;
  const vi = params['labelVi'];
  const en = params['labelEn'];
  return typeof vi === 'string' && typeof en === 'string' ? { vi, en } : undefined;
}

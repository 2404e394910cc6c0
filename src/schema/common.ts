import { z } from 'zod';
import { DECIMAL_STRING } from '../_internal/rational.js';

/** ASCII kebab-case identifier: awards, rules, conditions, regimes, subjects. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'kebab-case' })
  .max(120);

/** Decimal number written as a string, e.g. "0.70", "912.35", "-3". No exponent, no leading "+". */
export const DecimalStringSchema = z
  .string()
  .regex(DECIMAL_STRING, { message: 'decimal' })
  .max(64);

/** Calendar date, ISO 8601 `YYYY-MM-DD`, checked for a real day. */
export const IsoDateSchema = z
  .string()
  .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { message: 'date' })
  .refine((s) => isRealDate(s), { message: 'real-date' });

export function isRealDate(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

/** Text in Vietnamese (default) and English. */
export const LocalizedTextSchema = z.strictObject({
  vi: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000),
});

/** Evidence marker of the domain specification. */
export const MarkerSchema = z.enum(['CONFIRMED', 'PROBABLE', 'UNCONFIRMED']);

/** Structured legal citation. */
export const CitationSchema = z.strictObject({
  document: z.string().min(1).max(200).describe('Instrument number, e.g. "06/2022/QH15" or "91/2017/NĐ-CP"'),
  article: z.string().min(1).max(20),
  clause: z.string().min(1).max(20).optional(),
  point: z.string().min(1).max(20).optional(),
  issuer: z.string().min(1).max(200).optional(),
  url: z.string().max(500).optional(),
});

/** Inclusive validity window; `to` omitted means open-ended. */
export const EffectiveSchema = z.strictObject({
  from: IsoDateSchema,
  to: IsoDateSchema.optional(),
});

/** Source ids of shared/domain/sources.md, e.g. "S18". */
export const SourceIdsSchema = z.array(z.string().regex(/^S[0-9]+$/)).max(50);

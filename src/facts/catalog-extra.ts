import { z } from 'zod';
import type { FactValue } from '../operators/registry.js';
import type { Achievement, CollectiveYear } from '../schema/subject.js';
import { RecognisedScopeSchema, TaskRatingSchema } from '../schema/subject.js';
import { bool, yearRecord } from './_define.js';
import { certificateWindow, consecutiveCycles, openingAwardYears, runAfterReset, windowRatingYears, type CertificateWindowQuery } from './cycles.js';
import type { FactDef } from './fact-def.js';
import { consecutiveRatingOrAwardYears } from './consecutive-rating-or-award.js';
import { availableInitiatives, awardCountInWindow } from './history.js';

const BOTH = ['individual', 'collective'] as const;
const IND = ['individual'] as const;
const COL = ['collective'] as const;
const AwardIds = z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).min(1).max(20);
const Ratings = z.array(TaskRatingSchema).min(1).max(4);
const SCOPE_ORDER: Readonly<Record<Achievement['scope'], number>> = { unit: 0, 'ministry-province': 1, national: 2 };

const windowShape = {
  awardIds: AwardIds.describe('The award that opens the window (the ministry/provincial certificate of merit)'),
  startsAfterAward: z.boolean().describe('The window starts after the opening award (true) or at it (OQ-23)'),
  basis: z.enum(['latest', 'any']).describe('Which opening award counts: the latest, or the earliest after the last reset (titles.md §8a C5, OQ-62)'),
  resetBy: AwardIds.describe('Awards that use the window up, e.g. the Prime Minister\'s certificate itself (§8a C5)'),
};
const windowParams = z.strictObject({ ...windowShape, ratings: Ratings, runEndsAtYear: z.boolean().optional() });

function windowOf(ctx: Parameters<FactDef['derive']>[0], p: Record<string, unknown>) {
  const q: CertificateWindowQuery = { awardIds: p['awardIds'] as string[], startsAfterAward: p['startsAfterAward'] as boolean, basis: p['basis'] as 'latest' | 'any', resetBy: p['resetBy'] as string[] };
  return certificateWindow(ctx.subject, ctx.year, q, ctx.settings);
}

/**
 * Facts added for the complete national rule books (collective titles, forms of commendation).
 * Kept apart from the core catalogue so rule content can grow without touching it.
 */
export const EXTRA_FACTS: readonly FactDef[] = [
  {
    id: 'isArmedForces',
    type: 'boolean',
    subjects: BOTH,
    label: { vi: 'thuộc lực lượng vũ trang', en: 'member or unit of the armed forces' },
    derive: (ctx) => (ctx.subject.kind === 'individual' ? ctx.subject.category === 'armed-forces' : ctx.subject.isArmedForces === true),
  },
  {
    id: 'collectiveKind',
    type: 'enum',
    subjects: COL,
    enumValues: ['agency', 'enterprise', 'commune', 'village', 'unit', 'district', 'province', 'household', 'other'],
    label: { vi: 'loại tập thể', en: 'kind of collective' },
    input: { fields: ['collectiveKind'], perYear: false },
    derive: (ctx) => (ctx.subject.kind === 'collective' ? (ctx.subject.collectiveKind ?? null) : null),
  },
  bool('isPublishedForComment', IND, 'hồ sơ đã được công khai lấy ý kiến', 'dossier published for public comment'),
  bool('isGrassrootsDemocracyOk', COL, 'thực hiện tốt quy chế dân chủ ở cơ sở', 'grassroots democracy carried out well'),
  bool('hasStaffWelfare', COL, 'chăm lo tốt đời sống vật chất, tinh thần của người lao động', 'staff welfare carried out well'),
  bool('hasStableEconomy', COL, 'kinh tế ổn định, phát triển', 'stable, developing economy'),
  bool('hasHealthyCulturalLife', COL, 'đời sống văn hóa lành mạnh, phong phú', 'healthy, rich cultural life'),
  bool('hasSafeCleanEnvironment', COL, 'môi trường an toàn, sạch, đẹp', 'safe, clean environment'),
  bool('hasSecurityAndOrder', COL, 'giữ vững an ninh, trật tự', 'security and order maintained'),
  {
    id: 'hasAchievement',
    type: 'boolean',
    subjects: BOTH,
    label: { vi: 'có thành tích được ghi nhận', en: 'has an asserted achievement' },
    params: z.strictObject({
      kinds: z.array(z.enum(['movement', 'field', 'irregular', 'contribution', 'production', 'many'])).min(1).max(6),
      minScope: z.enum(['unit', 'ministry-province', 'national']).optional(),
      minDurationYears: z.number().int().min(1).max(50).optional(),
    }),
    input: { fields: ['achievements'], perYear: true },
    derive: (ctx, p): FactValue => {
      const list = yearRecord(ctx)?.achievements;
      if (list === undefined) return null;
      const kinds = p['kinds'] as string[];
      const min = SCOPE_ORDER[(p['minScope'] as Achievement['scope'] | undefined) ?? 'unit'];
      const years = (p['minDurationYears'] as number | undefined) ?? 0;
      return list.some((a) => kinds.includes(a.kind) && SCOPE_ORDER[a.scope] >= min && (a.durationYears ?? 1) >= years);
    },
  },
  {
    id: 'isCriterionAsserted',
    type: 'boolean',
    subjects: BOTH,
    label: { vi: 'tiêu chí được xác nhận đạt (tiêu chí do địa phương quy định hoặc chưa có văn bản)', en: 'criterion asserted as met (delegated or unavailable criterion)' },
    params: z.strictObject({ criterion: z.string().regex(/^[a-z0-9-]+@[a-z0-9-]+#[a-z0-9-]+$/) }),
    input: { fields: ['assertedCriteria'], perYear: true },
    derive: (ctx, p) => {
      const list = yearRecord(ctx)?.assertedCriteria;
      return list === undefined ? null : list.includes(p['criterion'] as string);
    },
  },
  {
    id: 'ledMovementYears',
    type: 'integer',
    subjects: COL,
    unit: 'years',
    label: { vi: 'thời gian (năm) của phong trào thi đua mà tập thể dẫn đầu', en: 'length in years of the movement the collective led' },
    params: z.strictObject({
      launchedBy: z.array(z.enum(['pm', 'ccec', 'ministry', 'province', 'district', 'commune', 'other'])).min(1).max(7).optional(),
      kinds: z.array(z.enum(['regular', 'thematic'])).min(1).max(2).optional(),
      reviews: z.array(z.enum(['preliminary', 'final'])).min(1).max(2).optional(),
    }),
    input: { fields: ['ledMovements'], perYear: true },
    derive: (ctx, p) => {
      const rec = yearRecord(ctx) as CollectiveYear | undefined;
      if (!rec) return null;
      const by = p['launchedBy'] as string[] | undefined;
      const kinds = p['kinds'] as string[] | undefined;
      const reviews = p['reviews'] as string[] | undefined;
      let best = 0;
      for (const m of rec.ledMovements ?? []) {
        if (by && !by.includes(m.launchedBy)) continue;
        if (kinds && !kinds.includes(m.kind)) continue;
        if (reviews && !reviews.includes(m.review)) continue;
        if (m.durationYears > best) best = m.durationYears;
      }
      return best;
    },
  },
  {
    id: 'isParameterTrue',
    type: 'boolean',
    subjects: BOTH,
    label: { vi: 'tham số của bộ quy tắc', en: 'rule-book parameter' },
    params: z.strictObject({ value: z.boolean() }),
    derive: (_ctx, p) => p['value'] as boolean,
  },
  {
    id: 'freshInitiativeCount',
    type: 'integer',
    subjects: BOTH,
    unit: 'items',
    label: { vi: 'số sáng kiến/đề tài chưa dùng làm căn cứ cho danh hiệu đã nêu', en: 'initiatives / research works not used for the named awards' },
    params: z.strictObject({
      kinds: z.array(z.enum(['initiative', 'research', 'combat-creativity'])).min(1).max(3),
      minScope: RecognisedScopeSchema,
      years: z.number().int().min(1).max(50),
      excludeUsedFor: AwardIds,
      countUsed: z.boolean(),
      requireApplied: z.boolean().optional().describe('Only items recorded as applied count; an item whose `applied` is not recorded makes the value missing (titles.md §8a C7)'),
    }),
    awardParams: ['excludeUsedFor'],
    awardScoped: true,
    input: { fields: ['initiatives[].applied'], perYear: false },
    derive: (ctx, p) => {
      const ids = new Set(
        availableInitiatives(
          ctx.subject,
          {
            kinds: p['kinds'] as never,
            minScope: p['minScope'] as never,
            from: ctx.year - (p['years'] as number) + 1,
            to: ctx.year,
            forAward: ctx.awardId,
            year: ctx.year,
            categoryOf: ctx.categoryOf,
          },
          ctx.settings,
        ),
      );
      const excluded = p['excludeUsedFor'] as string[];
      const fresh = (ctx.subject.initiatives ?? []).filter((i) => ids.has(i.id) && (p['countUsed'] === true || !(i.usedFor ?? []).some((u) => u.year <= ctx.year && excluded.includes(u.awardId))));
      if (p['requireApplied'] !== true) return fresh.length;
      // "recognised and effectively applied" (C7): an unknown `applied` leaves the count undetermined
      if (fresh.some((i) => i.applied === undefined)) return null;
      return fresh.filter((i) => i.applied === true).length;
    },
  },
  {
    id: 'windowYearsAfterAward',
    type: 'integer',
    subjects: BOTH,
    unit: 'years',
    label: { vi: 'số năm liên tục đạt mức xếp loại kể từ sau lần được tặng', en: 'consecutive years with the rating since the award' },
    params: windowParams,
    awardParams: ['awardIds', 'resetBy'],
    wording: { gap: 'windowYearsAfterAward' },
    derive: (ctx, p) => {
      const w = windowOf(ctx, p);
      return w ? windowRatingYears(ctx.subject, w, p['ratings'] as never, p['runEndsAtYear'] !== false, ctx.settings) : 0;
    },
  },
  {
    id: 'awardCountAfterAward',
    type: 'integer',
    subjects: BOTH,
    unit: 'items',
    label: { vi: 'số lần đạt danh hiệu trong giai đoạn kể từ sau lần được tặng', en: 'times the award was obtained in the window since the opening award' },
    params: z.strictObject({ ...windowShape, countAwardIds: AwardIds }),
    awardParams: ['countAwardIds', 'awardIds', 'resetBy'],
    wording: { gap: 'awardCountAfterAward' },
    derive: (ctx, p) => {
      const w = windowOf(ctx, p);
      return w ? awardCountInWindow(ctx.subject, p['countAwardIds'] as string[], w.from, w.to, ctx.settings) : 0;
    },
  },
  {
    id: 'openingAwardCount',
    type: 'integer',
    subjects: BOTH,
    unit: 'items',
    label: { vi: 'số lần được tặng (sau lần khen thưởng cao hơn gần nhất) có thể làm căn cứ', en: 'opening awards not yet used up by a later higher award' },
    params: z.strictObject(windowShape),
    awardParams: ['awardIds', 'resetBy'],
    wording: { gap: 'openingAwardCount' },
    derive: (ctx, p) =>
      openingAwardYears(ctx.subject, ctx.year, { awardIds: p['awardIds'] as string[], startsAfterAward: p['startsAfterAward'] as boolean, basis: p['basis'] as 'latest' | 'any', resetBy: p['resetBy'] as string[] }, ctx.settings).length,
  },
  {
    id: 'initiativeCountAfterAward',
    type: 'integer',
    subjects: BOTH,
    unit: 'items',
    label: { vi: 'số sáng kiến được công nhận trong thời gian kể từ sau lần được tặng', en: 'initiatives recognised in the window since the opening award' },
    params: z.strictObject({
      ...windowShape,
      kinds: z.array(z.enum(['initiative', 'research', 'combat-creativity'])).min(1).max(3),
      minScope: RecognisedScopeSchema,
      appliedOnly: z.boolean().optional(),
    }),
    awardParams: ['awardIds', 'resetBy'],
    awardScoped: true,
    wording: { gap: 'initiativeCountAfterAward' },
    derive: (ctx, p) => {
      const w = windowOf(ctx, p);
      if (!w) return 0;
      return availableInitiatives(
        ctx.subject,
        { kinds: p['kinds'] as never, minScope: p['minScope'] as never, from: w.from, to: w.to, forAward: ctx.awardId, year: ctx.year, appliedOnly: (p['appliedOnly'] as boolean | undefined) ?? false, categoryOf: ctx.categoryOf },
        ctx.settings,
      ).length;
    },
  },
  {
    id: 'consecutiveCycleCount',
    type: 'integer',
    subjects: IND,
    unit: 'items',
    label: { vi: 'số lần liên tục đạt danh hiệu theo chu kỳ (tính đến năm xét)', en: 'consecutive times the cycle title was obtained (up to the year)' },
    params: z.strictObject({
      awardIds: AwardIds.describe('The cycle title (e.g. CSTĐ tỉnh)'),
      baseAwardIds: AwardIds.describe('The lower title held unbroken across the cycles (e.g. CSTĐCS)'),
      resetBy: AwardIds.describe('The higher title that uses the cycles up (e.g. CSTĐTQ)'),
      cycleLength: z.number().int().min(1).max(10),
    }),
    awardParams: ['awardIds', 'baseAwardIds', 'resetBy'],
    wording: { gap: 'consecutiveCycleCount' },
    derive: (ctx, p) =>
      consecutiveCycles(ctx.subject, { awardIds: p['awardIds'] as string[], baseAwardIds: p['baseAwardIds'] as string[], resetBy: p['resetBy'] as string[], cycleLength: p['cycleLength'] as number }, ctx.year, ctx.settings),
  },
  {
    id: 'consecutiveRatingOrAwardYears',
    type: 'integer',
    subjects: BOTH,
    unit: 'years',
    label: { vi: 'số năm liên tục đạt mức xếp loại hoặc đạt danh hiệu (tính đến năm xét)', en: 'consecutive years with the rating or the award (up to the year)' },
    params: z.strictObject({ ratings: Ratings, awardIds: AwardIds, resetBy: AwardIds.optional().describe('Awards that use the run up (titles.md §8a C9)') }),
    awardParams: ['awardIds', 'resetBy'],
    derive: (ctx, p) => {
      const run = consecutiveRatingOrAwardYears(ctx.subject, p['ratings'] as never, p['awardIds'] as string[], ctx.year, ctx.settings);
      return runAfterReset(ctx.subject, run, (p['resetBy'] as string[] | undefined) ?? [], ctx.year, ctx.settings);
    },
  },
];

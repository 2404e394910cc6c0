import { z } from 'zod';
import { RecognisedScopeSchema, TaskRatingSchema } from '../schema/subject.js';
import { bool, field } from './_define.js';
import { COLLECTIVE_RECORD_FACTS } from './catalog-collective.js';
import { EXTRA_FACTS } from './catalog-extra.js';
import { DECLARED_FACTS } from './declared.js';
import { cyclePosition, cycleRun, ratingCycleRun } from './cycles.js';
import {
  availableInitiatives,
  awardCountInWindow,
  yearInDisciplinePeriod,
  yearsSinceAward,
} from './history.js';

import type { FactDef } from './fact-def.js';

export type { FactContext, FactDef, FactInput } from './fact-def.js';

const RATINGS = TaskRatingSchema.options;
const AwardIds = z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).min(1).max(20);

const BOTH = ['individual', 'collective'] as const;
const IND = ['individual'] as const;
const COL = ['collective'] as const;

const CORE_FACTS: readonly FactDef[] = [
  {
    id: 'taskRating',
    type: 'enum',
    subjects: BOTH,
    enumValues: RATINGS,
    label: { vi: 'xếp loại mức độ hoàn thành nhiệm vụ trong năm', en: 'task rating for the year' },
    input: { fields: ['taskRating'], perYear: true },
    derive: field('taskRating'),
  },
  bool('hasGoodConduct', IND, 'tự lực, đoàn kết, tích cực tham gia phong trào thi đua', 'self-reliant, united, active in emulation movements'),
  bool('isLawAbiding', BOTH, 'chấp hành tốt chủ trương, chính sách, pháp luật', 'law-abiding'),
  bool('isActiveLearner', IND, 'tích cực học tập chính trị, văn hóa, chuyên môn', 'actively learns'),
  bool('hasGoodMorals', IND, 'có đạo đức, lối sống lành mạnh', 'good morals and wholesome lifestyle'),
  bool('isEmulationActive', COL, 'tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả', 'takes part in emulation regularly and effectively'),
  bool('hasSolidarity', COL, 'nội bộ đoàn kết', 'internal solidarity'),
  bool('hasExceededTargets', COL, 'hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao', 'exceeded the emulation targets and assigned tasks'),
  bool('isExemplary', COL, 'là tập thể tiêu biểu, xuất sắc', 'exemplary collective'),
  bool('isAntiCorruptionOk', COL, 'thực hành tiết kiệm, chống lãng phí, phòng chống tham nhũng', 'thrift, anti-waste and anti-corruption'),
  ...COLLECTIVE_RECORD_FACTS,
  {
    id: 'hasAwardInYear',
    type: 'boolean',
    subjects: BOTH,
    label: { vi: 'đã được tặng danh hiệu/hình thức trong năm', en: 'holds the award for the year' },
    params: z.strictObject({ awardIds: AwardIds, yearOffset: z.number().int().min(-50).max(0).optional() }),
    awardParams: ['awardIds'],
    paramEffects: { awardIds: 'up' },
    derive: (ctx, p) => {
      const ids = p['awardIds'] as string[];
      const y = ctx.year + ((p['yearOffset'] as number | undefined) ?? 0);
      return awardCountInWindow(ctx.subject, ids, y, y, ctx.settings) > 0;
    },
  },
  {
    id: 'consecutiveAwardYears',
    type: 'integer',
    subjects: BOTH,
    unit: 'years',
    label: { vi: 'số năm liên tục đạt danh hiệu (tính đến năm xét)', en: 'consecutive years holding the award (up to the year)' },
    params: z.strictObject({
      awardIds: AwardIds,
      resetBy: AwardIds.optional().describe('Higher titles that use the run up: only years after the last one before N count (titles.md §8a C1)'),
      reading: z.enum(['restart-after-title', 'blocks-of-three']).optional().describe('Cycle reading (§8a C2); default restart-after-title'),
    }),
    awardParams: ['awardIds', 'resetBy'],
    paramEffects: { awardIds: 'up' },
    wording: { gap: 'consecutiveAwardYears', unit: 'years' },
    derive: (ctx, p) => {
      const ids = p['awardIds'] as string[];
      const run = cycleRun(ctx.subject, ids, (p['resetBy'] as string[] | undefined) ?? [], ctx.year, ctx.settings);
      return cyclePosition(run, (p['reading'] as 'restart-after-title' | 'blocks-of-three' | undefined) ?? 'restart-after-title');
    },
  },
  {
    id: 'awardCountInWindow',
    type: 'integer',
    subjects: BOTH,
    unit: 'items',
    label: { vi: 'số lần đạt danh hiệu/hình thức trong giai đoạn', en: 'times the award was obtained in the window' },
    params: z.strictObject({ awardIds: AwardIds, years: z.number().int().min(1).max(50) }),
    awardParams: ['awardIds'],
    paramEffects: { years: 'up', awardIds: 'up' },
    wording: { gap: 'awardCountInWindow', unit: 'times' },
    derive: (ctx, p) => awardCountInWindow(ctx.subject, p['awardIds'] as string[], ctx.year - (p['years'] as number) + 1, ctx.year, ctx.settings),
  },
  {
    id: 'yearsSinceAward',
    type: 'integer',
    subjects: BOTH,
    unit: 'years',
    label: { vi: 'số năm kể từ lần được tặng gần nhất', en: 'years since the award was last obtained' },
    params: z.strictObject({ awardIds: AwardIds }),
    awardParams: ['awardIds'],
    paramEffects: { awardIds: 'down' },
    derive: (ctx, p) => yearsSinceAward(ctx.subject, p['awardIds'] as string[], ctx.year, ctx.settings) ?? null,
  },
  {
    id: 'consecutiveRatingYears',
    type: 'integer',
    subjects: BOTH,
    unit: 'years',
    label: { vi: 'số năm liên tục đạt mức xếp loại (tính đến năm xét)', en: 'consecutive years with the rating (up to the year)' },
    params: z.strictObject({
      ratings: z.array(TaskRatingSchema).min(1).max(4),
      resetBy: AwardIds.optional().describe('Awards that use the run up: only years after the last one before N count (titles.md §8a C9)'),
    }),
    awardParams: ['resetBy'],
    paramEffects: { ratings: 'up' },
    wording: { gap: 'consecutiveRatingYears', unit: 'years' },
    derive: (ctx, p) => {
      return ratingCycleRun(ctx.subject, p['ratings'] as never, (p['resetBy'] as string[] | undefined) ?? [], ctx.year, ctx.settings);
    },
  },
  {
    id: 'initiativeCount',
    type: 'integer',
    subjects: BOTH,
    unit: 'items',
    label: { vi: 'số sáng kiến/đề tài/giải pháp được công nhận còn sử dụng được', en: 'recognised initiatives / research works still available' },
    params: z.strictObject({
      kinds: z.array(z.enum(['initiative', 'research', 'combat-creativity'])).min(1).max(3),
      minScope: RecognisedScopeSchema,
      years: z.number().int().min(1).max(50).optional(),
      appliedOnly: z.boolean().optional(),
    }),
    awardScoped: true,
    paramEffects: { years: 'up', kinds: 'up', appliedOnly: 'down' },
    wording: { gap: 'initiativeCount', unit: 'initiatives' },
    derive: (ctx, p) =>
      availableInitiatives(
        ctx.subject,
        {
          kinds: p['kinds'] as never,
          minScope: p['minScope'] as never,
          from: ctx.year - ((p['years'] as number | undefined) ?? 1) + 1,
          to: ctx.year,
          forAward: ctx.awardId,
          year: ctx.year,
          appliedOnly: (p['appliedOnly'] as boolean | undefined) ?? false,
          categoryOf: ctx.categoryOf,
        },
        ctx.settings,
      ).length,
  },
  {
    id: 'councilApprovalShare',
    type: 'fraction',
    subjects: BOTH,
    unit: 'approvals',
    label: { vi: 'tỷ lệ phiếu đồng ý trên tổng số thành viên Hội đồng', en: 'approvals over all council members' },
    params: z.strictObject({ awardId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional() }),
    awardParams: ['awardId'],
    awardScoped: true,
    input: { fields: ['councilVotes'], perYear: true, at: 'subject' },
    wording: { gap: 'councilApprovalShare' },
    derive: (ctx, p) => {
      const award = (p['awardId'] as string | undefined) ?? ctx.awardId;
      const vote = (ctx.subject.councilVotes ?? []).find((v) => v.awardId === award && v.year === ctx.year);
      return vote ? `${vote.approvals}/${vote.members}` : null;
    },
  },
  {
    id: 'isUnderInvestigation',
    type: 'boolean',
    subjects: BOTH,
    label: { vi: 'đang bị điều tra, thanh tra, kiểm tra hoặc xác minh khiếu nại, tố cáo', en: 'under investigation, inspection or verification of a complaint' },
    input: { fields: ['isUnderInvestigation'], perYear: false },
    derive: (ctx) => ctx.subject.isUnderInvestigation ?? false,
  },
  {
    id: 'isDisciplineUnderConsideration',
    type: 'boolean',
    subjects: BOTH,
    label: { vi: 'đang bị xem xét kỷ luật', en: 'discipline under consideration' },
    input: { fields: ['isDisciplineUnderConsideration'], perYear: false },
    derive: (ctx) => ctx.subject.isDisciplineUnderConsideration ?? false,
  },
  {
    id: 'isInDisciplinePeriod',
    type: 'boolean',
    subjects: BOTH,
    label: { vi: 'năm xét nằm trong thời hạn thi hành kỷ luật', en: 'the year overlaps a discipline period' },
    input: { fields: ['discipline'], perYear: false },
    derive: (ctx) => yearInDisciplinePeriod(ctx.subject, ctx.year, ctx.settings.disciplineBarsWholeYear),
  },
];

/** The fact catalogue: the only facts rule files may name. */
export const FACTS: readonly FactDef[] = [...CORE_FACTS, ...EXTRA_FACTS, ...DECLARED_FACTS];

/** Fact catalogue by id. */
export const FACTS_BY_ID: ReadonlyMap<string, FactDef> = new Map(FACTS.map((f) => [f.id, f]));

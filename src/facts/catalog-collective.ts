import type { CollectiveYear } from '../schema/subject.js';
import { TaskRatingSchema } from '../schema/subject.js';
import { field, fraction, yearRecord } from './_define.js';
import type { FactDef } from './fact-def.js';

const RATINGS = TaskRatingSchema.options;
const COL = ['collective'] as const;

/** Facts read from a collective's year record: ratings of its organisations, member counts and shares, the cluster it led. */
export const COLLECTIVE_RECORD_FACTS: readonly FactDef[] = [
  {
    id: 'partyOrgRating',
    type: 'enum',
    subjects: COL,
    enumValues: RATINGS,
    label: { vi: 'xếp loại tổ chức đảng', en: 'Party organisation rating' },
    input: { fields: ['partyOrgRating'], perYear: true },
    derive: field('partyOrgRating'),
  },
  {
    id: 'massOrgRating',
    type: 'enum',
    subjects: COL,
    enumValues: RATINGS,
    label: { vi: 'xếp loại các đoàn thể', en: 'mass organisations rating' },
    input: { fields: ['massOrgRating'], perYear: true },
    derive: field('massOrgRating'),
  },
  {
    id: 'memberCount',
    type: 'integer',
    subjects: COL,
    unit: 'members',
    label: { vi: 'số thành viên', en: 'number of members' },
    input: { fields: ['memberCount'], perYear: true },
    derive: field('memberCount'),
  },
  {
    id: 'advancedMemberShare',
    type: 'fraction',
    subjects: COL,
    unit: 'members',
    label: { vi: 'tỷ lệ thành viên đạt Lao động tiên tiến', en: 'share of members holding Advanced Worker' },
    input: { fields: ['advancedMemberCount', 'memberCount'], perYear: true },
    wording: { gap: 'advancedMemberShare' },
    derive: fraction('advancedMemberCount', 'memberCount'),
  },
  {
    id: 'completedMemberShare',
    type: 'fraction',
    subjects: COL,
    unit: 'members',
    label: { vi: 'tỷ lệ thành viên hoàn thành nhiệm vụ', en: 'share of members who completed their tasks' },
    input: { fields: ['completedMemberCount', 'memberCount'], perYear: true },
    wording: { gap: 'completedMemberShare' },
    derive: fraction('completedMemberCount', 'memberCount'),
  },
  {
    id: 'femaleMemberShare',
    type: 'fraction',
    subjects: COL,
    unit: 'members',
    label: { vi: 'tỷ lệ nữ', en: 'share of women' },
    input: { fields: ['femaleMemberCount', 'memberCount'], perYear: true },
    derive: fraction('femaleMemberCount', 'memberCount'),
  },
  {
    id: 'cstdcsMemberCount',
    type: 'integer',
    subjects: COL,
    unit: 'members',
    label: { vi: 'số thành viên đạt Chiến sĩ thi đua cơ sở', en: 'members holding Grassroots Emulation Fighter' },
    input: { fields: ['cstdcsMemberCount'], perYear: true },
    derive: field('cstdcsMemberCount'),
  },
  {
    id: 'warnedMemberCount',
    type: 'integer',
    subjects: COL,
    unit: 'members',
    label: { vi: 'số thành viên bị kỷ luật từ cảnh cáo trở lên', en: 'members disciplined at warning or above' },
    input: { fields: ['warnedMemberCount'], perYear: true },
    derive: field('warnedMemberCount'),
  },
  {
    id: 'ledClusterOrganiser',
    type: 'enum',
    subjects: COL,
    enumValues: ['ccec', 'ministry', 'province', 'district', 'commune', 'none'],
    label: { vi: 'cấp tổ chức của cụm, khối thi đua mà tập thể dẫn đầu', en: 'organiser level of the cluster/bloc the collective led' },
    input: { fields: ['ledCluster'], perYear: true },
    derive: (ctx) => {
      const rec = yearRecord(ctx) as CollectiveYear | undefined;
      if (!rec) return null;
      return rec.ledCluster?.organiser ?? 'none';
    },
  },
];

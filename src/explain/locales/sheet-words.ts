// Words of the spreadsheet layout (`thidua template`, reading .xlsx/.csv): sheet names, column
// headers and the help text of each column, per language. The CLI (src/cli/sheet-columns.ts) holds the
// columns' shapes (key, kind, enum spellings); their words are here. A missing column is a type error.
import { deepFreeze } from '../../_internal/deep-freeze.js';

/** The columns of the individuals' sheet, in order. */
export type IndividualColumn = 'id' | 'name' | 'year' | 'taskRating' | 'hasGoodConduct' | 'awards' | 'initiativeScope' | 'initiativeKind' | 'initiativeApplied' | 'councilVotes' | 'disciplineLevel' | 'disciplineFrom' | 'disciplineTo' | 'isUnderInvestigation' | 'category' | 'gender' | 'maternityLeaveDays';
/** The columns of the collectives' sheet, in order. */
export type CollectiveColumn = 'id' | 'name' | 'year' | 'collectiveKind' | 'isArmedForces' | 'taskRating' | 'isEmulationActive' | 'hasSolidarity' | 'isLawAbiding' | 'hasExceededTargets' | 'isExemplary' | 'partyOrgRating' | 'massOrgRating' | 'memberCount' | 'advancedMemberCount' | 'cstdcsMemberCount' | 'completedMemberCount' | 'warnedMemberCount' | 'awards' | 'councilVotes' | 'isUnderInvestigation';

/** A column's header and what to write in it. */
export interface ColumnWords {
  readonly name: string;
  readonly help: string;
}

/** Words of the two sheets. */
export interface SheetWords {
  readonly sheet: Readonly<Record<'individual' | 'collective', string>>;
  readonly individual: Readonly<Record<IndividualColumn, ColumnWords>>;
  readonly collective: Readonly<Record<CollectiveColumn, ColumnWords>>;
}

/** Vietnamese sheet words (the default; the canonical names in issue paths). */
export const SHEET_WORDS_VI: SheetWords = deepFreeze<SheetWords>({
  sheet: { individual: 'Cá nhân', collective: 'Tập thể' },
  individual: {
    id: { name: 'Mã', help: 'mã không dấu, chữ thường: nguyen-van-a' },
    name: { name: 'Họ và tên', help: 'Nguyễn Văn A' },
    year: { name: 'Năm', help: 'năm thành tích: 2025' },
    taskRating: { name: 'Xếp loại', help: 'Hoàn thành xuất sắc nhiệm vụ / Hoàn thành tốt nhiệm vụ / Hoàn thành nhiệm vụ / Không hoàn thành nhiệm vụ' },
    hasGoodConduct: { name: 'Gương mẫu, đoàn kết, tích cực thi đua', help: 'có / không' },
    awards: { name: 'Danh hiệu, khen thưởng đã nhận', help: 'mã danh hiệu, cách nhau bởi dấu ;' },
    initiativeScope: { name: 'Sáng kiến: cấp công nhận', help: 'cơ sở / bộ, ngành, tỉnh / toàn quân / toàn quốc' },
    initiativeKind: { name: 'Sáng kiến: loại', help: 'sáng kiến / đề tài / sáng tạo chiến đấu (mặc định: sáng kiến)' },
    initiativeApplied: { name: 'Sáng kiến: đã áp dụng', help: 'có / không' },
    councilVotes: { name: 'Phiếu bầu Hội đồng', help: 'mã danh hiệu: số phiếu đồng ý/số thành viên; …' },
    disciplineLevel: { name: 'Kỷ luật', help: 'khiển trách / cảnh cáo / hạ bậc lương / giáng chức / cách chức / buộc thôi việc' },
    disciplineFrom: { name: 'Kỷ luật từ ngày', help: 'YYYY-MM-DD' },
    disciplineTo: { name: 'Kỷ luật đến ngày', help: 'YYYY-MM-DD (trống: chưa hết)' },
    isUnderInvestigation: { name: 'Đang bị điều tra, xem xét', help: 'có / không' },
    category: { name: 'Đối tượng', help: 'cán bộ, công chức, viên chức / công nhân, nông dân / lực lượng vũ trang / …' },
    gender: { name: 'Giới tính', help: 'nữ / nam' },
    maternityLeaveDays: { name: 'Nghỉ thai sản (ngày)', help: 'số nguyên ≥ 0' },
  },
  collective: {
    id: { name: 'Mã', help: 'mã không dấu, chữ thường: nguyen-van-a' },
    name: { name: 'Tên tập thể', help: 'Phòng Tổ chức cán bộ' },
    year: { name: 'Năm', help: 'năm thành tích: 2025' },
    collectiveKind: { name: 'Loại tập thể', help: 'cơ quan / doanh nghiệp / xã / thôn / đơn vị / …' },
    isArmedForces: { name: 'Đơn vị lực lượng vũ trang', help: 'có / không' },
    taskRating: { name: 'Xếp loại', help: 'Hoàn thành xuất sắc nhiệm vụ / Hoàn thành tốt nhiệm vụ / Hoàn thành nhiệm vụ / Không hoàn thành nhiệm vụ' },
    isEmulationActive: { name: 'Phong trào thi đua thiết thực, hiệu quả', help: 'có / không' },
    hasSolidarity: { name: 'Nội bộ đoàn kết', help: 'có / không' },
    isLawAbiding: { name: 'Chấp hành tốt pháp luật', help: 'có / không' },
    hasExceededTargets: { name: 'Vượt chỉ tiêu', help: 'có / không' },
    isExemplary: { name: 'Tiêu biểu', help: 'có / không' },
    partyOrgRating: { name: 'Xếp loại tổ chức đảng', help: 'Hoàn thành xuất sắc nhiệm vụ / Hoàn thành tốt nhiệm vụ / Hoàn thành nhiệm vụ / Không hoàn thành nhiệm vụ' },
    massOrgRating: { name: 'Xếp loại đoàn thể', help: 'Hoàn thành xuất sắc nhiệm vụ / Hoàn thành tốt nhiệm vụ / Hoàn thành nhiệm vụ / Không hoàn thành nhiệm vụ' },
    memberCount: { name: 'Số thành viên', help: 'số nguyên ≥ 0' },
    advancedMemberCount: { name: 'Số đạt Lao động tiên tiến', help: 'số nguyên ≥ 0' },
    cstdcsMemberCount: { name: 'Số đạt Chiến sĩ thi đua cơ sở', help: 'số nguyên ≥ 0' },
    completedMemberCount: { name: 'Số hoàn thành nhiệm vụ trở lên', help: 'số nguyên ≥ 0' },
    warnedMemberCount: { name: 'Số bị kỷ luật từ cảnh cáo', help: 'số nguyên ≥ 0' },
    awards: { name: 'Danh hiệu, khen thưởng đã nhận', help: 'mã danh hiệu, cách nhau bởi dấu ;' },
    councilVotes: { name: 'Phiếu bầu Hội đồng', help: 'mã danh hiệu: số phiếu đồng ý/số thành viên; …' },
    isUnderInvestigation: { name: 'Đang bị điều tra, xem xét', help: 'có / không' },
  },
});

/** English sheet words (headers are the field names). */
export const SHEET_WORDS_EN: SheetWords = deepFreeze<SheetWords>({
  sheet: { individual: 'Individuals', collective: 'Collectives' },
  individual: {
    id: { name: 'id', help: 'lower-case ASCII id: nguyen-van-a' },
    name: { name: 'name', help: 'Nguyễn Văn A' },
    year: { name: 'year', help: 'achievement year: 2025' },
    taskRating: { name: 'taskRating', help: 'excellent / good / completed / failed' },
    hasGoodConduct: { name: 'hasGoodConduct', help: 'yes / no' },
    awards: { name: 'awards', help: 'award ids separated by ;' },
    initiativeScope: { name: 'initiativeScope', help: 'grassroots / ministry-province / force-wide / national' },
    initiativeKind: { name: 'initiativeKind', help: 'initiative / research / combat-creativity (default: initiative)' },
    initiativeApplied: { name: 'initiativeApplied', help: 'yes / no' },
    councilVotes: { name: 'councilVotes', help: 'award-id: approvals/members; …' },
    disciplineLevel: { name: 'disciplineLevel', help: 'reprimand / warning / salary-downgrade / demotion / removal-from-office / dismissal' },
    disciplineFrom: { name: 'disciplineFrom', help: 'YYYY-MM-DD' },
    disciplineTo: { name: 'disciplineTo', help: 'YYYY-MM-DD (blank: still running)' },
    isUnderInvestigation: { name: 'isUnderInvestigation', help: 'yes / no' },
    category: { name: 'category', help: 'civil-servant / worker-farmer / armed-forces / entrepreneur-scientist / other' },
    gender: { name: 'gender', help: 'female / male' },
    maternityLeaveDays: { name: 'maternityLeaveDays', help: 'whole number ≥ 0' },
  },
  collective: {
    id: { name: 'id', help: 'lower-case ASCII id: nguyen-van-a' },
    name: { name: 'name', help: 'Personnel Office' },
    year: { name: 'year', help: 'achievement year: 2025' },
    collectiveKind: { name: 'collectiveKind', help: 'agency / enterprise / commune / village / unit / …' },
    isArmedForces: { name: 'isArmedForces', help: 'yes / no' },
    taskRating: { name: 'taskRating', help: 'excellent / good / completed / failed' },
    isEmulationActive: { name: 'isEmulationActive', help: 'yes / no' },
    hasSolidarity: { name: 'hasSolidarity', help: 'yes / no' },
    isLawAbiding: { name: 'isLawAbiding', help: 'yes / no' },
    hasExceededTargets: { name: 'hasExceededTargets', help: 'yes / no' },
    isExemplary: { name: 'isExemplary', help: 'yes / no' },
    partyOrgRating: { name: 'partyOrgRating', help: 'excellent / good / completed / failed' },
    massOrgRating: { name: 'massOrgRating', help: 'excellent / good / completed / failed' },
    memberCount: { name: 'memberCount', help: 'whole number ≥ 0' },
    advancedMemberCount: { name: 'advancedMemberCount', help: 'whole number ≥ 0' },
    cstdcsMemberCount: { name: 'cstdcsMemberCount', help: 'whole number ≥ 0' },
    completedMemberCount: { name: 'completedMemberCount', help: 'whole number ≥ 0' },
    warnedMemberCount: { name: 'warnedMemberCount', help: 'whole number ≥ 0' },
    awards: { name: 'awards', help: 'award ids separated by ;' },
    councilVotes: { name: 'councilVotes', help: 'award-id: approvals/members; …' },
    isUnderInvestigation: { name: 'isUnderInvestigation', help: 'yes / no' },
  },
});

import { deepFreeze } from '../../_internal/deep-freeze.js';
import type { RouteNote } from '../../rank/cluster/model.js';
/** Words of the cluster report, per language. A missing key is a type error. */
export interface ClusterWords {
  readonly organiser: Readonly<Record<'ccec' | 'ministry' | 'province' | 'district', string>>;
  readonly kind: Readonly<Record<'cum' | 'khoi', string>>;
  readonly period: string;
  readonly illustrative: string;
  readonly leader: Readonly<Record<'cum' | 'khoi', string>>;
  readonly deputies: Readonly<Record<'cum' | 'khoi', string>>;
  readonly none: string;
  readonly sheet: string;
  readonly maxTotal: string;
  readonly rounding: (places: number, mode: string, stage: string) => string;
  /** How the ranking compared totals: exact (default) or rounded (declared by the sheet). */
  readonly rankedOn: Readonly<Record<'exact' | 'rounded', string>>;
  /** Label of an exact total shown next to a rounded one that hides the difference. */
  readonly exact: string;
  readonly ranking: string;
  readonly points: string;
  readonly disqualified: string;
  readonly ties: string;
  readonly tiedAt: string;
  readonly step: Readonly<Record<'criteria-group' | 'female-preference' | 'member-id', string>>;
  readonly outcome: Readonly<Record<'separated' | 'partly-separated' | 'still-tied' | 'not-applicable' | 'undetermined', string>>;
  readonly notOnMerit: string;
  readonly proposals: string;
  readonly noRoute: string;
  readonly rank: string;
  readonly basis: string;
  readonly eligibility: string;
  readonly noSubject: string;
  readonly passedOver: string;
  readonly reason: Readonly<Record<'disqualified' | 'ineligible' | 'already-proposed', string>>;
  readonly unfilled: (n: number) => string;
  readonly quota: string;
  readonly ballots: string;
  readonly ballot: Readonly<Record<'pass' | 'fail' | 'no-tally' | 'no-threshold', string>>;
  readonly next: (period: number) => string;
  readonly rule: Readonly<Record<'by-rank' | 'rotation-list' | 'vote', string>>;
  readonly warnings: string;
  readonly tieUnresolved: string;
  /** thidua's own notes on its award routes (`RouteSource.noteCode`). */
  readonly routeNote: Readonly<Record<RouteNote, string>>;
  /** A province overlay's operations on the cluster's score sheet (`thidua rank --province`). */
  readonly provinceSheet: {
    readonly label: string;
    readonly status: (status: 'applied' | 'no-sheet-operation' | 'not-in-force', sheet: string, period: number) => string;
    readonly kind: Readonly<Record<'adjustment' | 'disqualifier', string>>;
    readonly operation: string;
    readonly effect: string;
    readonly occurrences: (n: number) => string;
    readonly triggered: string;
  };
  /** `thidua rank --agency`: the labels that name a ministry's or agency's overlay (the rest as in `provinceSheet`). */
  readonly agencySheet: {
    readonly label: string;
    readonly effect: string;
  };
}

/** Vietnamese words of the cluster report (default). */
export const CLUSTER_VI: ClusterWords = deepFreeze<ClusterWords>({
  organiser: {
    ccec: 'do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức',
    ministry: 'do bộ, ngành tổ chức',
    province: 'do tỉnh, thành phố tổ chức',
    district: 'do huyện tổ chức',
  },
  kind: { cum: 'cụm thi đua', khoi: 'khối thi đua' },
  period: 'năm',
  illustrative: 'Lưu ý — số liệu minh họa',
  leader: { cum: 'Cụm trưởng', khoi: 'Khối trưởng' },
  deputies: { cum: 'cụm phó', khoi: 'khối phó' },
  none: 'chưa xác định',
  sheet: 'Bảng điểm',
  maxTotal: 'tối đa',
  rankedOn: { exact: 'xếp hạng theo tổng điểm chính xác', rounded: 'xếp hạng theo tổng điểm đã làm tròn, như bảng điểm quy định' },
  exact: 'chính xác',
  rounding: (places, mode, stage) =>
    `làm tròn ${places} chữ số thập phân, ${({ 'half-up': 'từ 5 trở lên làm tròn lên', 'half-even': 'làm tròn về số chẵn', down: 'bỏ phần lẻ', up: 'làm tròn lên' } as Record<string, string>)[mode] ?? mode}, ${stage === 'criterion' ? 'theo từng tiêu chí' : 'khi tính tổng'}`,
  ranking: 'Kết quả xếp hạng',
  points: 'điểm',
  disqualified: 'bị loại khỏi xét đề nghị',
  ties: 'Các trường hợp bằng điểm',
  tiedAt: 'bằng điểm',
  step: {
    'criteria-group': 'điểm nhóm tiêu chí',
    'female-preference': 'ưu tiên tập thể có từ 70% nữ trở lên',
    'member-id': 'mã đơn vị (khóa cuối cùng)',
  },
  outcome: {
    separated: 'đã phân định',
    'partly-separated': 'phân định một phần',
    'still-tied': 'vẫn bằng nhau',
    'not-applicable': 'không áp dụng (trước thời điểm có hiệu lực)',
    undetermined: 'không xác định được (thiếu số liệu lao động nữ)',
  },
  notOnMerit: 'thứ tự chỉ phân định bằng mã đơn vị, không phải theo thành tích',
  proposals: 'Đề nghị khen thưởng',
  noRoute: 'Cụm, khối do cấp huyện tổ chức: không có tuyến đề nghị cờ thi đua, bằng khen.',
  rank: 'hạng',
  basis: 'căn cứ',
  eligibility: 'kiểm tra tiêu chuẩn',
  noSubject: 'chưa có hồ sơ của đơn vị',
  passedOver: 'bỏ qua',
  reason: { disqualified: 'bị loại', ineligible: 'không đủ tiêu chuẩn', 'already-proposed': 'đã được đề nghị' },
  unfilled: (n) => `còn ${n} suất không có đơn vị đủ điều kiện`,
  quota: 'số lượng đề nghị theo dữ liệu của cụm',
  ballots: 'Biểu quyết của Hội đồng',
  ballot: { pass: 'đạt', fail: 'không đạt', 'no-tally': 'chưa có kết quả biểu quyết', 'no-threshold': 'chưa có ngưỡng biểu quyết được khai báo' },
  next: (p) => `Lãnh đạo cụm năm ${p}`,
  rule: { 'by-rank': 'theo thứ hạng', 'rotation-list': 'luân phiên theo danh sách', vote: 'theo kết quả bầu' },
  warnings: 'Cảnh báo',
  tieUnresolved: 'bằng điểm, chỉ phân định bằng mã đơn vị',
  routeNote: {
    'flag-ccec': 'Đơn vị dẫn đầu cụm, khối thi đua do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức',
    'flag-ministry-province': 'Đơn vị dẫn đầu cụm, khối thi đua do bộ, ngành, tỉnh tổ chức',
    'certificate-ccec': 'Các thành viên xếp tiếp theo được đề nghị Bằng khen của Thủ tướng Chính phủ (thực tiễn quan sát một lần: cụm các tỉnh đồng bằng sông Hồng năm 2023)',
    'certificate-ministry-province': 'Các thành viên xếp tiếp theo được đề nghị Bằng khen của Bộ, ngành, tỉnh (thực tiễn của cụm, khối; chưa có văn bản quy định)',
  },
  provinceSheet: {
    label: 'Văn bản của tỉnh áp dụng cho bảng điểm',
    status: (status, sheet, period) =>
      status === 'applied'
        ? `bổ sung vào bảng điểm «${sheet}»`
        : status === 'no-sheet-operation'
          ? `không có thao tác nào trên bảng điểm «${sheet}»; bảng điểm và kết quả xếp hạng giữ nguyên`
          : `chưa có hoặc đã hết hiệu lực vào ngày cuối năm ${period}; bảng điểm và kết quả xếp hạng giữ nguyên`,
    kind: { adjustment: 'điểm trừ', disqualifier: 'điều kiện loại' },
    operation: 'thao tác',
    effect: 'Áp dụng văn bản của tỉnh',
    occurrences: (n) => `${n} lần`,
    triggered: 'bị loại',
  },
  agencySheet: {
    label: 'Văn bản của bộ, ngành áp dụng cho bảng điểm',
    effect: 'Áp dụng văn bản của bộ, ngành',
  },
});

/** English words of the cluster report. */
export const CLUSTER_EN: ClusterWords = deepFreeze<ClusterWords>({
  organiser: {
    ccec: 'organised by the Central Emulation and Commendation Council',
    ministry: 'organised by a ministry or sector',
    province: 'organised by the province',
    district: 'organised by the district',
  },
  kind: { cum: 'cluster', khoi: 'bloc' },
  period: 'year',
  illustrative: 'Note — illustrative data',
  leader: { cum: 'Cluster leader', khoi: 'Bloc leader' },
  deputies: { cum: 'deputy leaders', khoi: 'deputy leaders' },
  none: 'not set',
  sheet: 'Score sheet',
  maxTotal: 'maximum',
  rankedOn: { exact: 'ranked on the exact totals', rounded: 'ranked on the rounded totals, as the sheet declares' },
  exact: 'exact',
  rounding: (places, mode, stage) => `rounded to ${places} decimals, ${mode}, ${stage === 'criterion' ? 'per criterion' : 'on the totals'}`,
  ranking: 'Ranking',
  points: 'points',
  disqualified: 'disqualified from proposals',
  ties: 'Ties',
  tiedAt: 'tied at',
  step: {
    'criteria-group': 'points of criteria group',
    'female-preference': 'preference for collectives with at least 70% women',
    'member-id': 'member id (final key)',
  },
  outcome: {
    separated: 'separated',
    'partly-separated': 'partly separated',
    'still-tied': 'still tied',
    'not-applicable': 'not applicable (before it took effect)',
    undetermined: 'undetermined (workforce data missing)',
  },
  notOnMerit: 'order decided only by the member id, not on merit',
  proposals: 'Award proposals',
  noRoute: 'District-organised cluster: no flag or certificate route.',
  rank: 'rank',
  basis: 'basis',
  eligibility: 'eligibility check',
  noSubject: 'no record of the unit',
  passedOver: 'passed over',
  reason: { disqualified: 'disqualified', ineligible: 'not eligible', 'already-proposed': 'already proposed' },
  unfilled: (n) => `${n} place(s) left without an eligible member`,
  quota: 'number of proposals declared in the cluster data',
  ballots: 'Council ballots',
  ballot: { pass: 'passed', fail: 'failed', 'no-tally': 'no tally yet', 'no-threshold': 'no threshold declared' },
  next: (p) => `Cluster leadership for ${p}`,
  rule: { 'by-rank': 'by rank', 'rotation-list': 'by rotation list', vote: 'by vote' },
  warnings: 'Warnings',
  tieUnresolved: 'tied, separated only by member id',
  routeNote: {
    'flag-ccec': 'Leading unit of a cluster organised by the Central Emulation and Commendation Council',
    'flag-ministry-province': 'Leading unit of a cluster organised by the ministry, sector or province',
    'certificate-ccec': "The next members are proposed for the Prime Minister's certificate of merit (practice observed once: Red River Delta cluster, 2023)",
    'certificate-ministry-province': 'The next members are proposed for the ministry/provincial certificate of merit (cluster practice; no legal text found)',
  },
  provinceSheet: {
    label: 'Province overlay applied to the score sheet',
    status: (status, sheet, period) =>
      status === 'applied'
        ? `added to score sheet "${sheet}"`
        : status === 'no-sheet-operation'
          ? `no operation on score sheet "${sheet}"; the sheet and the ranking are unchanged`
          : `not in force on the last day of ${period}; the sheet and the ranking are unchanged`,
    kind: { adjustment: 'deduction', disqualifier: 'veto' },
    operation: 'operation',
    effect: 'Effect of the province overlay',
    occurrences: (n) => `${n} ${n === 1 ? 'occurrence' : 'occurrences'}`,
    triggered: 'disqualified',
  },
  agencySheet: {
    label: 'Ministry or agency overlay applied to the score sheet',
    effect: 'Effect of the ministry or agency overlay',
  },
});

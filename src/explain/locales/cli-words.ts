// Words of the command-line tool (tables, headers, `next`, `bonus`, `list`, `template`): part of each
// Locale (`locale.cli`), so that src/cli holds no word table of its own.

/** Words of the command-line tool. */
export interface CliWords {
  /** Header of the results table (evaluate --out / --format csv). */
  readonly resultHeader: readonly string[];
  /** Name of the results sheet in a workbook. */
  readonly resultsSheet: string;
  /** Verdict column of a rejected subject. */
  readonly invalidInput: string;
  /** First column of the --summary table. */
  readonly award: string;
  /** Header of the quota table. */
  readonly quotaHeader: readonly string[];
  readonly overReference: string;
  readonly withinReference: string;
  quotaTitle(unit: string, year: number, regime: string): string;
  readonly noQuota: string;
  /** The closing line on stderr. */
  countLine(evaluated: number, rejected: number): string;
  /** `thidua next`. */
  readonly next: {
    readonly header: string;
    readonly needs: string;
    readonly rating: Readonly<Record<'excellent' | 'good' | 'completed' | 'failed', string>>;
    readonly kind: Readonly<Record<'initiative' | 'research' | 'combat-creativity', string>>;
    readonly scope: Readonly<Record<'grassroots' | 'ministry-province' | 'force-wide' | 'national', string>>;
    readonly recognised: string;
    readonly or: string;
    readonly inYears: string;
    readonly earliest: string;
    readonly unknown: string;
    readonly missing: string;
    readonly via: string;
  };
  /** `thidua list`. */
  readonly list: { readonly overlay: string; readonly noOverlay: string; readonly disabled: string; readonly onwards: string; readonly regimes: string };
  /** `thidua template --format xlsx`: the guide sheet. */
  readonly template: { readonly guideHeader: readonly string[]; readonly yes: string; readonly exampleSheet: string; readonly guideSheet: string };
  /** Prefix of a usage error, and the hint after it. */
  readonly usage: { readonly error: string; readonly hint: string };
}

/** Vietnamese words of the command-line tool. */
export const CLI_WORDS_VI: CliWords = {
  resultHeader: ['Mã', 'Tên', 'Năm', 'Mã danh hiệu', 'Danh hiệu', 'Kết luận', 'Tiêu chí chưa đạt', 'Còn thiếu', 'Căn cứ'],
  resultsSheet: 'Kết quả',
  invalidInput: 'Lỗi dữ liệu',
  award: 'Danh hiệu',
  quotaHeader: ['Hạn mức', 'Tỷ lệ tối đa', 'Cơ sở tính', 'Đủ điều kiện', 'Được phép', 'Trong hạn mức', 'Vượt hạn mức', 'Căn cứ'],
  overReference: 'vượt tham chiếu',
  withinReference: 'trong tham chiếu',
  quotaTitle: (unit, year, regime) => `Hạn mức của đơn vị «${unit}», năm ${year} (${regime})`,
  noQuota: 'không có hạn mức nào áp dụng',
  countLine: (evaluated, rejected) => `thidua: đã đánh giá ${evaluated} đối tượng, ${rejected} bị từ chối\n`,
  next: {
    header: 'Năm thành tích',
    needs: 'Cần đạt',
    rating: { excellent: 'hoàn thành xuất sắc nhiệm vụ', good: 'hoàn thành tốt nhiệm vụ', completed: 'hoàn thành nhiệm vụ', failed: 'không hoàn thành nhiệm vụ' },
    kind: { initiative: 'sáng kiến', research: 'đề tài khoa học', 'combat-creativity': 'giải pháp mưu trí, sáng tạo trong chiến đấu' },
    scope: { grassroots: 'cấp cơ sở', 'ministry-province': 'cấp bộ, ngành, tỉnh', 'force-wide': 'trong toàn lực lượng', national: 'toàn quốc' },
    recognised: 'được công nhận',
    or: ' hoặc ',
    inYears: 'năm',
    earliest: 'Năm sớm nhất có thể đạt',
    unknown: 'không xác định',
    missing: 'Còn thiếu',
    via: 'qua',
  },
  list: { overlay: 'có văn bản của địa phương', noOverlay: 'chưa có văn bản của địa phương', disabled: 'chưa kích hoạt', onwards: 'trở đi', regimes: 'chế độ' },
  template: { guideHeader: ['Trang', 'Cột', 'Tên tiếng Anh (cũng được chấp nhận)', 'Bắt buộc', 'Cách ghi'], yes: 'có', exampleSheet: 'Ví dụ – Cá nhân', guideSheet: 'Hướng dẫn' },
  usage: { error: 'lỗi cách dùng', hint: 'xem thidua --help' },
};

/** English words of the command-line tool. */
export const CLI_WORDS_EN: CliWords = {
  resultHeader: ['Id', 'Name', 'Year', 'Award id', 'Award', 'Verdict', 'Failing criteria', 'Gap', 'Citation'],
  resultsSheet: 'Results',
  invalidInput: 'Invalid input',
  award: 'Award',
  quotaHeader: ['Quota', 'Max share', 'Base', 'Eligible', 'Allowed', 'Within quota', 'Over quota', 'Citation'],
  overReference: 'over reference',
  withinReference: 'within reference',
  quotaTitle: (unit, year, regime) => `Quotas of unit "${unit}", year ${year} (${regime})`,
  noQuota: 'no quota applies',
  countLine: (evaluated, rejected) => `thidua: ${evaluated} evaluated, ${rejected} rejected\n`,
  next: {
    header: 'Achievement year',
    needs: 'Needs',
    rating: { excellent: 'excellent task completion', good: 'good task completion', completed: 'task completion', failed: 'tasks not completed' },
    kind: { initiative: 'initiative', research: 'research work', 'combat-creativity': 'combat creativity' },
    scope: { grassroots: 'grassroots', 'ministry-province': 'ministry/province', 'force-wide': 'force-wide', national: 'national' },
    recognised: 'recognised at',
    or: ' or ',
    inYears: 'in',
    earliest: 'Earliest year it could qualify',
    unknown: 'unknown',
    missing: 'Missing',
    via: 'via',
  },
  list: { overlay: 'overlay shipped', noOverlay: 'no overlay', disabled: 'disabled', onwards: 'onwards', regimes: 'regimes' },
  template: { guideHeader: ['Sheet', 'Column', 'Vietnamese header (also accepted)', 'Required', 'How to fill it in'], yes: 'yes', exampleSheet: 'Example – Individuals', guideSheet: 'Guide' },
  usage: { error: 'usage error', hint: 'see thidua --help' },
};

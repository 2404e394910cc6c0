// Words of the command-line tool (tables, headers, `next`, `bonus`, `list`, `template`): part of each
// Locale (`locale.cli`), so that src/cli holds no word table of its own.
import { SHEET_WORDS_EN, SHEET_WORDS_VI, type SheetWords } from './sheet-words.js';

/** Every usage error of the command-line tool (exit 2), rendered by `CliWords.usageError`. */
export type UsageCode =
  | 'unknown-command' | 'unknown-option' | 'option-needs-value' | 'option-takes-no-value' | 'option-twice' | 'parse-error' | 'choice'
  | 'bonus-one-award' | 'bonus-date' | 'no-positional' | 'template-no-positional' | 'next-one-file' | 'next-year' | 'horizon'
  | 'evaluate-one-file' | 'explain-award' | 'year-format' | 'out-kind' | 'out-with-format' | 'unit-format' | 'year-required'
  | 'list-kind' | 'province-format' | 'province-and-agency' | 'agency-format' | 'diff-province' | 'validate-one-folder' | 'schema-one-name' | 'unknown-schema'
  | 'rank-one-file' | 'template-out-ext' | 'template-needs-out';

/** Values named in a usage error (option names, the value given, suggestions). */
export type UsageParams = Readonly<Record<string, string>>;

const did = (s: string | undefined, w: (x: string) => string): string => (s ? ` (${w(s)})` : '');

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
  readonly list: { readonly overlay: string; readonly agencyOverlay: string; readonly noOverlay: string; readonly disabled: string; readonly onwards: string; readonly regimes: string; readonly until: string; readonly successor: string };
  /** `thidua list targets`: the kinds of overlay address and what an overlay may try there (`overlayTargets`). */
  readonly listTargets: {
    readonly kind: Readonly<Record<'group' | 'leaf' | 'parameter' | 'quota' | 'sheet' | 'sheet-group', string>>;
    readonly action: Readonly<Record<'set-value' | 'set-param' | 'add' | 'set-parameter' | 'set-quota-share' | 'set-quota-mode' | 'add-sheet-criterion', string>>;
    readonly statutory: string;
    readonly none: string;
  };
  /** `thidua template --format xlsx`: the guide sheet. */
  readonly template: { readonly guideHeader: readonly string[]; readonly yes: string; readonly exampleSheet: string; readonly guideSheet: string };
  /** Sheet names, column headers and help texts of the spreadsheet layout. */
  readonly sheet: SheetWords;
  /** A usage error in words. */
  usageError(code: UsageCode, p: UsageParams): string;
  /** The line after a usage error: where to find help. */
  usageHint(command: string | undefined): string;
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
  listTargets: {
    kind: { group: 'nhóm điều kiện', leaf: 'điều kiện', parameter: 'tham số', quota: 'hạn mức khen thưởng', sheet: 'bảng điểm cụm, khối', 'sheet-group': 'nhóm tiêu chí của bảng điểm' },
    action: {
      'set-value': 'đặt giá trị (chỉ được siết chặt)',
      'set-param': 'đặt tham số của dữ kiện',
      add: 'thêm điều kiện',
      'set-parameter': 'đặt tham số',
      'set-quota-share': 'hạ tỷ lệ tối đa',
      'set-quota-mode': 'chuyển từ chỉ báo cáo sang giới hạn',
      'add-sheet-criterion': 'thêm điểm trừ hoặc điều kiện loại',
    },
    statutory: 'luật định',
    none: 'không được thay đổi',
  },
  list: { overlay: 'có văn bản của địa phương', agencyOverlay: 'có văn bản của bộ, ngành', noOverlay: 'chưa có văn bản của địa phương', disabled: 'chưa kích hoạt', onwards: 'trở đi', regimes: 'chế độ', until: 'đến hết', successor: 'kế thừa' },
  sheet: SHEET_WORDS_VI,
  template: { guideHeader: ['Trang', 'Cột', 'Tên tiếng Anh (cũng được chấp nhận)', 'Bắt buộc', 'Cách ghi'], yes: 'có', exampleSheet: 'Ví dụ – Cá nhân', guideSheet: 'Hướng dẫn' },
  usageError: (code, p) =>
    ({
      'unknown-command': () => `không có lệnh «${p['command']}»${did(p['suggestion'], (s) => `có phải ý bạn là ${s}?`)}`,
      'unknown-option': () => `không có tùy chọn ${p['option']}${did(p['suggestion'], (s) => `có phải ý bạn là --${s}?`)}`,
      'option-needs-value': () => `tùy chọn ${p['option']} cần một giá trị`,
      'option-takes-no-value': () => `tùy chọn ${p['option']} không nhận giá trị`,
      'option-twice': () => `tùy chọn --${p['option']} được nêu hai lần`,
      'parse-error': () => `không đọc được các tham số dòng lệnh`,
      choice: () => `--${p['option']} phải là một trong: ${p['allowed']} (nhận được «${p['got']}»)`,
      'bonus-one-award': () => 'lệnh bonus cần đúng một mã danh hiệu',
      'bonus-date': () => 'lệnh bonus cần --date YYYY-MM-DD (ngày quyết định khen thưởng)',
      'no-positional': () => `lệnh ${p['command']} không nhận tham số vị trí`,
      'template-no-positional': () => 'lệnh template không nhận tham số vị trí (dùng --out TỆP)',
      'next-one-file': () => 'lệnh next cần đúng một tệp dữ liệu đối tượng',
      'next-year': () => 'lệnh next cần --year NĂM (năm có 4 chữ số)',
      horizon: () => `--horizon phải là số năm nguyên từ 0 đến 50 (nhận được «${p['got']}»)`,
      'evaluate-one-file': () => 'lệnh evaluate cần đúng một tệp dữ liệu (hoặc «-» để đọc từ đầu vào chuẩn)',
      'explain-award': () => 'lệnh explain cần --award MÃ',
      'year-format': () => `--year phải là năm có 4 chữ số (nhận được «${p['got']}»)`,
      'out-kind': () => `--out phải là tệp .xlsx, .csv hoặc .ndjson (nhận được «${p['got']}»)`,
      'out-with-format': () => '--out chọn định dạng theo phần mở rộng của tệp: bỏ --format',
      'unit-format': () => `--unit phải là một mã, ví dụ so-noi-vu (nhận được «${p['got']}»)`,
      'year-required': () => 'cần năm thành tích: --year NĂM (hoặc trường «year» trong tệp dữ liệu)',
      'list-kind': () => `lệnh list cần một trong: ${p['kinds']}`,
      'province-format': () => `--province phải là mã tỉnh, thành phố, ví dụ lao-cai (nhận được «${p['got']}»)`,
      'diff-province': () => 'lệnh diff cần --province MÃ, --agency MÃ hoặc --overlay TỆP',
      'province-and-agency': () => 'chỉ dùng một trong --province MÃ và --agency MÃ (một đối tượng thuộc một cơ quan quản lý)',
      'agency-format': () => `--agency phải là mã bộ, ngành, ví dụ bo-cong-thuong (nhận được «${p['got'] ?? ''}»)`,
      'validate-one-folder': () => 'lệnh validate nhận nhiều nhất một thư mục',
      'schema-one-name': () => 'lệnh schema nhận nhiều nhất một tên',
      'unknown-schema': () => `không có lược đồ «${p['name']}»${did(p['suggestion'], (s) => `có phải ý bạn là ${s}?`)}; các tên: ${p['names']}`,
      'rank-one-file': () => 'lệnh rank cần đúng một tệp cụm, khối thi đua',
      'template-out-ext': () => `--out phải có đuôi .${p['ext']} khi dùng --format ${p['ext']} (nhận được «${p['got']}»)`,
      'template-needs-out': () => 'lệnh template --format xlsx cần --out TỆP.xlsx',
    })[code](),
  usageHint: (command) => `Chạy «thidua ${command ? `${command} ` : ''}--help» để xem cách dùng.`,
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
  listTargets: {
    kind: { group: 'condition group', leaf: 'condition', parameter: 'parameter', quota: 'quota', sheet: 'cluster score sheet', 'sheet-group': 'score-sheet group' },
    action: {
      'set-value': 'set the value (tighten only)',
      'set-param': 'set a fact param',
      add: 'add a condition',
      'set-parameter': 'set the parameter',
      'set-quota-share': 'lower the maximum share',
      'set-quota-mode': 'turn report-only into a cap',
      'add-sheet-criterion': 'add a deduction or a veto',
    },
    statutory: 'statutory',
    none: 'may not be changed',
  },
  list: { overlay: 'overlay shipped', agencyOverlay: 'overlay shipped', noOverlay: 'no overlay', disabled: 'disabled', onwards: 'onwards', regimes: 'regimes', until: 'until', successor: 'succeeded by' },
  sheet: SHEET_WORDS_EN,
  template: { guideHeader: ['Sheet', 'Column', 'Vietnamese header (also accepted)', 'Required', 'How to fill it in'], yes: 'yes', exampleSheet: 'Example – Individuals', guideSheet: 'Guide' },
  usageError: (code, p) =>
    ({
      'unknown-command': () => `unknown command "${p['command']}"${did(p['suggestion'], (s) => `did you mean ${s}?`)}`,
      'unknown-option': () => `unknown option ${p['option']}${did(p['suggestion'], (s) => `did you mean --${s}?`)}`,
      'option-needs-value': () => `option ${p['option']} needs a value`,
      'option-takes-no-value': () => `option ${p['option']} takes no value`,
      'option-twice': () => `option --${p['option']} given twice`,
      'parse-error': () => `the command-line arguments cannot be read`,
      choice: () => `--${p['option']} must be one of ${p['allowed']} (got "${p['got']}")`,
      'bonus-one-award': () => 'bonus needs exactly one award id',
      'bonus-date': () => 'bonus needs --date YYYY-MM-DD (the decision date)',
      'no-positional': () => `${p['command']} takes no positional argument`,
      'template-no-positional': () => 'template takes no positional argument (use --out FILE)',
      'next-one-file': () => 'next needs exactly one subject file',
      'next-year': () => 'next needs --year Y (a 4-digit year)',
      horizon: () => `--horizon must be a whole number of years from 0 to 50 (got "${p['got']}")`,
      'evaluate-one-file': () => 'evaluate needs exactly one input file (or - for stdin)',
      'explain-award': () => 'explain needs --award ID',
      'year-format': () => `--year must be a 4-digit year (got "${p['got']}")`,
      'out-kind': () => `--out must name a .xlsx, .csv or .ndjson file (got "${p['got']}")`,
      'out-with-format': () => '--out chooses the output format from its extension: drop --format',
      'unit-format': () => `--unit must be an id such as so-noi-vu (got "${p['got']}")`,
      'year-required': () => 'the achievement year is required: --year Y (or "year" in the input file)',
      'list-kind': () => `list needs one of: ${p['kinds']}`,
      'province-format': () => `--province must be a province key such as lao-cai (got "${p['got']}")`,
      'diff-province': () => 'diff needs --province KEY, --agency KEY or --overlay FILE',
      'province-and-agency': () => 'use --province KEY or --agency KEY, not both (a subject belongs to one jurisdiction)',
      'agency-format': () => `--agency must be an agency key such as bo-cong-thuong (got "${p['got'] ?? ''}")`,
      'validate-one-folder': () => 'validate takes at most one folder',
      'schema-one-name': () => 'schema takes at most one name',
      'unknown-schema': () => `unknown schema "${p['name']}"${did(p['suggestion'], (s) => `did you mean ${s}?`)}; names: ${p['names']}`,
      'rank-one-file': () => 'rank needs exactly one cluster file',
      'template-out-ext': () => `--out must end with .${p['ext']} for --format ${p['ext']} (got "${p['got']}")`,
      'template-needs-out': () => 'template --format xlsx needs --out FILE.xlsx',
    })[code](),
  usageHint: (command) => `Run "thidua ${command ? `${command} ` : ''}--help" for usage.`,
};

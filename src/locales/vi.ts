import type { IssueCode, IssueParams } from '../result/issue.js';
import { instrumentKindVi } from './_citation.js';
import type { Gap, Locale } from './locale.js';

const s = (p: IssueParams, k: string): string => {
  const v = p[k];
  if (v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
};
const hint = (p: IssueParams): string => (p['suggestions'] && s(p, 'suggestions') ? ` Có phải ý bạn là: ${s(p, 'suggestions')}?` : '');

const issues: { [C in IssueCode]: (p: IssueParams) => string } = {
  invalid_json: (p) => `Tệp không phải JSON hợp lệ${p['detail'] ? `: ${s(p, 'detail')}` : ''}.`,
  invalid_type: (p) => `Sai kiểu dữ liệu: cần ${s(p, 'expected')}, nhận được ${s(p, 'received')}.`,
  missing_field: (p) => `Thiếu trường bắt buộc «${s(p, 'key')}».`,
  unrecognized_key: (p) => `Khóa không được phép «${s(p, 'key')}».${hint(p)}`,
  invalid_value: (p) => `Giá trị không hợp lệ${p['received'] !== undefined ? ` «${s(p, 'received')}»` : ''}; giá trị cho phép: ${s(p, 'expected')}.`,
  invalid_format: (p) => `Sai định dạng: ${s(p, 'detail')}.`,
  too_small: (p) => `Giá trị quá nhỏ: tối thiểu ${s(p, 'minimum')}.`,
  too_big: (p) => `Giá trị quá lớn: tối đa ${s(p, 'maximum')}.`,
  duplicate_id: (p) => `Mã «${s(p, 'id')}» bị trùng (đã có tại ${s(p, 'other')}).`,
  duplicate_year: (p) => `Năm ${s(p, 'year')} xuất hiện nhiều lần trong lịch sử.`,
  unknown_fact: (p) => `Dữ kiện «${s(p, 'fact')}» không có trong danh mục dữ kiện.${hint(p)}`,
  unknown_operator: (p) => `Toán tử «${s(p, 'operator')}» không được hỗ trợ.${hint(p)}`,
  operator_fact_mismatch: (p) => `Toán tử «${s(p, 'operator')}» không dùng được với dữ kiện «${s(p, 'fact')}» kiểu ${s(p, 'type')}${p['detail'] ? ` (${s(p, 'detail')})` : ''}.`,
  unknown_award: (p) => `Danh hiệu/hình thức khen thưởng «${s(p, 'award')}» không có trong danh mục.${hint(p)}`,
  unknown_parameter: (p) => `Tham số «${s(p, 'parameter')}» không được khai báo trong bộ quy tắc.${hint(p)}`,
  parameter_type_mismatch: (p) => `Tham số «${s(p, 'parameter')}» phải có kiểu ${s(p, 'expected')}.`,
  invalid_fact_params: (p) => `Tham số của dữ kiện «${s(p, 'fact')}» không hợp lệ: ${s(p, 'detail')}.`,
  undeclared_fact: (p) => `Quy tắc dùng dữ kiện «${s(p, 'fact')}» nhưng không khai báo trong "facts".`,
  unused_declared_fact: (p) => `Dữ kiện «${s(p, 'fact')}» được khai báo trong "facts" nhưng không được dùng.`,
  missing_citation: () => 'Thiếu trích dẫn căn cứ pháp lý (văn bản, điều).',
  invalid_effective_period: (p) => `Thời gian hiệu lực không hợp lệ: ngày kết thúc ${s(p, 'to')} trước ngày bắt đầu ${s(p, 'from')}.`,
  overlapping_effective_periods: (p) => `Thời gian hiệu lực chồng lấn với «${s(p, 'other')}» (${s(p, 'detail')}).`,
  effective_outside_regime: (p) => `Thời gian hiệu lực nằm ngoài thời gian áp dụng của chế độ pháp lý «${s(p, 'regime')}».`,
  subject_kind_mismatch: (p) => `Đối tượng của quy tắc (${s(p, 'received')}) không khớp với danh hiệu «${s(p, 'award')}» (${s(p, 'expected')}).`,
  unsupported_path: (p) => `Đường dẫn «${s(p, 'path')}» không được hỗ trợ (chỉ dùng dạng $.a.b hoặc $[0]).`,
  depth_exceeded: (p) => `Cây điều kiện quá sâu: tối đa ${s(p, 'limit')} cấp.`,
  size_exceeded: (p) => `Dữ liệu quá lớn: tối đa ${s(p, 'limit')}.`,
  forbidden_key: (p) => `Khóa bị cấm «${s(p, 'key')}».`,
  missing_file: (p) => `Thiếu tệp bắt buộc «${s(p, 'file')}».`,
  unknown_file: (p) => `Tệp «${s(p, 'file')}» không thuộc cấu trúc bộ quy tắc.`,
  unknown_regime: (p) => `Chế độ pháp lý «${s(p, 'regime')}» không tồn tại.${hint(p)}`,
  regime_disabled: (p) => `Chế độ pháp lý «${s(p, 'regime')}» chưa được kích hoạt (chưa xác nhận).`,
  no_regime_in_force: (p) => `Không có chế độ pháp lý nào có hiệu lực vào ngày ${s(p, 'date')}.`,
  invalid_option: (p) => `Tùy chọn «${s(p, 'option')}» không hợp lệ: ${s(p, 'detail')}.`,
  file_read_error: (p) => `Không đọc được tệp «${s(p, 'file')}»: ${s(p, 'detail')}.`,
};

const enumWords: Record<string, string> = {
  excellent: 'hoàn thành xuất sắc nhiệm vụ',
  good: 'hoàn thành tốt nhiệm vụ',
  completed: 'hoàn thành nhiệm vụ',
  failed: 'không hoàn thành nhiệm vụ',
};

function formatDecimal(x: string): string {
  return x.replace('.', ',');
}

function value(v: string | boolean | readonly string[] | null): string {
  if (v === null) return 'không có dữ liệu';
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (Array.isArray(v)) return v.map((x) => enumWords[x] ?? x).join(' hoặc ');
  const str = v as string;
  if (/^-?[0-9]+(\.[0-9]+)?$/.test(str)) return formatDecimal(str);
  if (/^[0-9]+\/[0-9]+$/.test(str)) return str;
  return enumWords[str] ?? str;
}

const unitWords = { years: 'năm', approvals: 'phiếu đồng ý', members: 'thành viên', items: '' } as const;

function gap(g: Gap): string {
  if (g.kind === 'value') return `cần ${value(g.expected as string | boolean | readonly string[])}`;
  if (g.kind === 'count') {
    const unit = g.unit ? unitWords[g.unit] : '';
    return g.direction === 'increase' ? `còn thiếu ${g.amount}${unit ? ` ${unit}` : ''}` : `cần giảm ${g.amount}${unit ? ` ${unit}` : ''}`;
  }
  return g.direction === 'increase'
    ? `còn thiếu ${formatDecimal(g.amount)}${g.strict ? ' (và phải vượt ngưỡng)' : ''}`
    : `cần giảm ${formatDecimal(g.amount)}${g.strict ? ' (và phải dưới ngưỡng)' : ''}`;
}

/** Vietnamese (default locale). */
export const vi: Locale = {
  lang: 'vi',
  issue: (code, params) => issues[code](params),
  verdict: (v) => ({ eligible: 'Đủ điều kiện', ineligible: 'Không đủ điều kiện', undetermined: 'Chưa xác định được', 'not-applicable': 'Không áp dụng' })[v],
  status: (st) => ({ pass: 'đạt', fail: 'không đạt', missing_fact: 'thiếu dữ liệu' })[st],
  notApplicable: (r) =>
    ({
      'no-rule-in-force': 'chế độ pháp lý áp dụng không có tiêu chuẩn cho danh hiệu/hình thức này',
      'subject-kind-mismatch': 'danh hiệu/hình thức này không dành cho loại đối tượng này',
    })[r],
  operator: (op, expected) =>
    ({
      equal: `bằng ${expected}`,
      notEqual: `khác ${expected}`,
      in: `thuộc ${expected}`,
      notIn: `không thuộc ${expected}`,
      decimalGte: `≥ ${expected}`,
      decimalGt: `> ${expected}`,
      decimalLte: `≤ ${expected}`,
      decimalLt: `< ${expected}`,
      decimalEq: `= ${expected}`,
    })[op] ?? `${op} ${expected}`,
  value,
  gap,
  citation: (c) =>
    [c.point ? `điểm ${c.point}` : '', c.clause ? `khoản ${c.clause}` : '', `Điều ${c.article}`, `${instrumentKindVi(c.document)} ${c.document}`]
      .filter(Boolean)
      .join(' '),
  formatDecimal,
  words: {
    subject: 'Đối tượng',
    year: 'Năm thành tích',
    regime: 'Chế độ pháp lý',
    regimeByOverride: 'chỉ định rõ',
    regimeByPeriodEnd: 'theo ngày kết thúc kỳ thành tích',
    ruleBook: 'Bộ quy tắc',
    inputHash: 'Mã băm dữ liệu đầu vào',
    actual: 'giá trị',
    missing: 'thiếu dữ liệu',
    principle: 'Nguyên tắc chung',
    marker: 'mức độ xác nhận',
    anyOf: 'Đạt một trong các tiêu chí',
    allOf: 'Đạt tất cả các tiêu chí',
    noneOf: 'Không được có',
    parameter: 'tham số',
    summary: 'Tổng hợp',
    required: 'yêu cầu',
  },
};

import { deepFreeze } from '../_internal/deep-freeze.js';
import type { IssueCode, IssueParams } from '../result/issue.js';
import { instrumentKindVi } from './_citation.js';
import type { Gap, GapContext, Locale } from './locale.js';
import { WORDING_VI } from './wording.js';

const s = (p: IssueParams, k: string): string => {
  const v = p[k];
  if (v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
};
const citeVi = (p: IssueParams): string =>
  [p['point'] ? `điểm ${s(p, 'point')}` : '', p['clause'] ? `khoản ${s(p, 'clause')}` : '', `Điều ${s(p, 'article')}`, `${instrumentKindVi(s(p, 'document'))} ${s(p, 'document')}`]
    .filter(Boolean)
    .join(' ');
const hint = (p: IssueParams): string =>
  p['suggestions'] && s(p, 'suggestions') ? ` Có phải ý bạn là: ${s(p, 'suggestions')}?` : p['valid'] && s(p, 'valid') ? ` Các mã hợp lệ: ${s(p, 'valid')}.` : '';
const dmy = (iso: string): string => iso.split('-').reverse().join('/');

const issues: { [C in IssueCode]: (p: IssueParams) => string } = {
  invalid_json: (p) => `Tệp không phải JSON hợp lệ${p['detail'] ? `: ${s(p, 'detail')}` : ''}.`,
  duplicate_key: (p) => `Khóa «${s(p, 'key')}» xuất hiện hai lần trong cùng một đối tượng JSON (JSON.parse sẽ lặng lẽ giữ giá trị sau).`,
  file_too_large: (p) => `Tệp «${s(p, 'file')}» quá lớn: ${s(p, 'size')} byte, tối đa ${s(p, 'maximum')} byte${p['detail'] ? ` (${s(p, 'detail')})` : ''}.`,
  not_regular_file: (p) => `«${s(p, 'file')}» không phải tệp thông thường (${s(p, 'detail')}); chỉ đọc luồng từ stdin khi dùng «-».`,
  invalid_cell: (p) => `Trang «${s(p, 'sheet')}», dòng ${s(p, 'row')}, cột «${s(p, 'column')}»: ${p['value'] !== undefined ? `«${s(p, 'value')}» ` : ''}${s(p, 'problemVi')}.`,
  invalid_type: (p) => `Sai kiểu dữ liệu: cần ${s(p, 'expected')}, nhận được ${s(p, 'received')}.`,
  missing_field: (p) => `Thiếu trường bắt buộc «${s(p, 'key')}»${p['expected'] ? `; giá trị cho phép: ${s(p, 'expected')}` : ''}.`,
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
  parameter_type_mismatch: (p) => `Giá trị của tham số «${s(p, 'parameter')}» không đúng loại: cần ${s(p, 'expected').replace(/^expected /, '')}.`,
  invalid_fact_params: (p) => `Tham số của dữ kiện «${s(p, 'fact')}» không hợp lệ: ${s(p, 'detail').replace(/\.$/, '')}.`,
  undeclared_fact: (p) => `Quy tắc dùng dữ kiện «${s(p, 'fact')}» nhưng không khai báo trong "facts".`,
  unused_declared_fact: (p) => `Dữ kiện «${s(p, 'fact')}» được khai báo trong "facts" nhưng không được dùng.`,
  missing_citation: () => 'Thiếu trích dẫn căn cứ pháp lý (văn bản, điều).',
  invalid_effective_period: (p) => `Thời gian hiệu lực không hợp lệ: ngày kết thúc ${s(p, 'to')} trước ngày bắt đầu ${s(p, 'from')}.`,
  overlapping_effective_periods: (p) => `Thời gian hiệu lực chồng lấn với «${s(p, 'other')}» (${s(p, 'detail')}).`,
  effective_outside_regime: (p) => `Thời gian hiệu lực nằm ngoài thời gian áp dụng của chế độ pháp lý «${s(p, 'regime')}».`,
  subject_kind_mismatch: (p) => `Đối tượng của quy tắc (${s(p, 'received')}) không khớp với «${s(p, 'award')}», vốn dành cho: ${s(p, 'expected')}.`,
  unsupported_path: (p) => `Đường dẫn «${s(p, 'path')}» không được hỗ trợ (chỉ dùng dạng $.a.b hoặc $[0]).`,
  depth_exceeded: (p) => (p['what'] === 'json' ? `Dữ liệu lồng nhau quá sâu: tối đa ${s(p, 'limit')} cấp đối tượng/mảng.` : p['what'] === 'sheet' ? `Nhóm tiêu chí lồng nhau quá sâu: tối đa ${s(p, 'limit')} cấp.` : `Cây điều kiện quá sâu: tối đa ${s(p, 'limit')} cấp.`),
  size_exceeded: (p) => `Dữ liệu quá lớn: tối đa ${s(p, 'limit')}${p['what'] ? ` ${({ criteria: 'tiêu chí trong bảng điểm', digits: 'chữ số trong một giá trị thập phân', entries: 'mục số liệu trong các báo cáo' } as Record<string, string>)[String(p['what'])] ?? ''}` : ''}.`,
  forbidden_key: (p) => `Khóa bị cấm «${s(p, 'key')}».`,
  missing_file: (p) => `Thiếu tệp bắt buộc «${s(p, 'file')}».`,
  unknown_file: (p) => `Tệp «${s(p, 'file')}» không thuộc cấu trúc bộ quy tắc.`,
  unknown_regime: (p) => `Chế độ pháp lý «${s(p, 'regime')}» không tồn tại.${hint(p)}`,
  regime_disabled: (p) => `Chế độ pháp lý «${s(p, 'regime')}» chưa được kích hoạt (chưa xác nhận).`,
  no_regime_in_force: (p) =>
    `Không có chế độ pháp lý nào có hiệu lực vào ngày ${dmy(s(p, 'date'))}${Array.isArray(p['covered']) && p['covered'].length ? `; bộ quy tắc chỉ có các giai đoạn: ${(p['covered'] as string[]).map((c) => { const [f, t] = c.split('–'); return t ? `từ ${dmy(f!)} đến ${dmy(t)}` : `từ ${dmy(f!)} trở đi`; }).join('; ')}` : ''}.`,
  invalid_option: (p) => `Tùy chọn «${s(p, 'option')}» không hợp lệ: ${s(p, 'detail')}.`,
  file_read_error: (p) => `Không đọc được tệp «${s(p, 'file')}»: ${s(p, 'detail')}.`,
  cyclic_prerequisite: (p) => `Sơ đồ danh hiệu có vòng lặp điều kiện tiên quyết: ${s(p, 'cycle')} (chế độ pháp lý: ${s(p, 'regimes')}).`,
  no_base_salary: (p) => `Chưa có mức lương cơ sở áp dụng cho ngày ${s(p, 'date')}; không tính được số tiền.`,
  approvals_exceed_members: (p) => `Số phiếu đồng ý (${s(p, 'approvals')}) lớn hơn tổng số thành viên Hội đồng (${s(p, 'members')}).`,
  inconsistent_reports: (p) => `Các báo cáo không cùng một đợt xét: ${s(p, 'detail')}.`,
  overlay_target_missing: (p) => `Thao tác «${s(p, 'operation')}»: không tìm thấy mã «${s(p, 'target')}»${p['regime'] ? ` trong chế độ «${s(p, 'regime')}»` : ''}.${hint(p)}`,
  overlay_loosens_statute: (p) =>
    `Thao tác «${s(p, 'operation')}» nới lỏng điều kiện luật định «${s(p, 'target')}» (${s(p, 'detail')}); văn bản của địa phương chỉ được siết chặt, không được nới lỏng (căn cứ: ${citeVi(p)}).`,
  overlay_regime_mismatch: (p) => `Văn bản áp dụng cho «${s(p, 'received')}» nhưng bộ quy tắc là «${s(p, 'expected')}».${hint(p)}`,
  overlay_version_mismatch: (p) => `Văn bản áp dụng cho phiên bản ${s(p, 'expected')} của bộ quy tắc, không áp dụng cho phiên bản ${s(p, 'received')}.`,
  overlay_invalid_operation: (p) => `Thao tác «${s(p, 'operation')}» trên «${s(p, 'target')}» không hợp lệ: ${s(p, 'detail')}.`,
  overlay_stale_label: (p) =>
    `Thao tác «${s(p, 'operation')}» đổi giá trị của «${s(p, 'target')}» nhưng không ghi lại nhãn; nhãn hiện tại «${s(p, 'label')}» sẽ nêu sai yêu cầu mới. Hãy thêm "label" (vi, en) nêu đúng yêu cầu sau khi sửa.`,
  overlay_composition: (p) => `Thứ tự áp dụng văn bản không hợp lệ: ${s(p, 'detail')}.`,
  unknown_source: (p) => `Nguồn «${s(p, 'source')}» không có trong danh mục nguồn của bộ quy tắc (national/book.json).${hint(p)}`,
  unknown_province: (p) =>
    p['formedOn']
      ? `Tỉnh, thành phố «${s(p, 'province')}» theo danh mục hiện nay chỉ có từ ngày ${dmy(s(p, 'formedOn'))} (sắp xếp từ: ${s(p, 'suggestions')}); văn bản phải có hiệu lực từ ngày đó, hoặc hết hiệu lực trước ngày đó và dùng mã của tỉnh, thành phố cũ.`
      : `Tỉnh, thành phố «${s(p, 'province')}» không có trong danh mục${p['mergedInto'] ? ` (đã hợp nhất vào «${s(p, 'mergedInto')}» từ sau ngày ${s(p, 'until')})` : ''}.${hint(p)}`,
  province_without_overlay: (p) =>
    `Tỉnh, thành phố «${s(p, 'province')}» có trong danh mục nhưng gói chưa có văn bản thi đua, khen thưởng của địa phương này; dùng --overlay FILE để áp dụng văn bản riêng. Các tỉnh, thành phố đã có: ${s(p, 'available')}.`,
  unknown_agency: (p) => `Bộ, ngành, cơ quan «${s(p, 'agency')}» không có trong danh mục (rules/agencies.json).${hint(p)}`,
  agency_without_overlay: (p) =>
    `Bộ, ngành «${s(p, 'agency')}» có trong danh mục nhưng gói chưa có văn bản thi đua, khen thưởng của cơ quan này; dùng --overlay FILE để áp dụng văn bản riêng. Các bộ, ngành đã có: ${s(p, 'available')}.`,
  agency_not_in_existence: (p) =>
    p['from']
      ? `Bộ, ngành, cơ quan «${s(p, 'agency')}» chỉ có từ ngày ${dmy(s(p, 'from'))}; văn bản có hiệu lực từ ngày ${dmy(s(p, 'received'))} không thể thuộc cơ quan này.`
      : `Bộ, ngành, cơ quan «${s(p, 'agency')}» chỉ tồn tại đến hết ngày ${dmy(s(p, 'to'))} và không có cơ quan kế thừa trong danh mục; văn bản không thể còn hiệu lực đến ${s(p, 'received') === '…' ? 'vô thời hạn' : `ngày ${dmy(s(p, 'received'))}`}.${hint(p)}`,
  overlay_jurisdiction: (p) =>
    p['expected'] === 'agency'
      ? `Văn bản cấp «${s(p, 'layer')}» phải ghi mã bộ, ngành trong trường «agency» (và không ghi «province»).`
      : `Văn bản cấp «${s(p, 'layer')}» phải ghi mã tỉnh, thành phố trong trường «province» (và không ghi «agency»).`,
  overlay_order: (p) =>
    ({
      date: `Văn bản «${s(p, 'source')}» có hiệu lực từ ngày ${dmy(s(p, 'from'))}, không sau văn bản đã áp dụng trước của cùng cơ quan (có hiệu lực từ ngày ${dmy(s(p, 'previousFrom'))}); các văn bản của một cơ quan áp dụng theo thứ tự ngày có hiệu lực.`,
      jurisdiction: `Văn bản «${s(p, 'source')}» không áp dụng chồng lên văn bản «${s(p, 'previous')}» của địa phương, bộ, ngành khác.`,
      base: `Văn bản «${s(p, 'source')}» của cấp sở, ngành hoặc cấp huyện chỉ áp dụng sau văn bản của tỉnh, thành phố mình.`,
      lower: `Văn bản «${s(p, 'source')}» của tỉnh, thành phố hoặc bộ, ngành phải áp dụng trước văn bản cấp sở, ngành, cấp huyện «${s(p, 'previous')}».`,
    } as Record<string, string>)[s(p, 'reason')] ?? `Thứ tự áp dụng văn bản «${s(p, 'source')}» không hợp lệ.`,
  overlay_declaration_conflict: (p) =>
    p['kind'] === 'fact'
      ? `Dữ kiện «${s(p, 'id')}» mà văn bản khai báo trùng với dữ kiện đã có (trong danh mục quốc gia hoặc do văn bản khác khai báo); hãy đặt mã khác.`
      : `Tham số «${s(p, 'id')}» mà văn bản khai báo đã có trong chế độ «${s(p, 'regime')}»; muốn đổi giá trị tham số đã có thì dùng thao tác set với đích «param:${s(p, 'id')}».`,
  overlay_declaration_invalid: (p) =>
    ({
      'enum-values-required': `Dữ kiện «${s(p, 'id')}» kiểu liệt kê phải kê các giá trị cho phép trong «enumValues».`,
      'enum-values-unexpected': `Dữ kiện «${s(p, 'id')}» kiểu ${s(p, 'type')} không có «enumValues» (chỉ dùng cho kiểu liệt kê).`,
      'parameter-value': `Giá trị của tham số «${s(p, 'id')}» không đúng kiểu ${s(p, 'type')} đã khai báo.`,
      'fact-params': `Dữ kiện «${s(p, 'id')}» do văn bản khai báo không nhận tham số «params».`,
      carrier: `Không dùng trực tiếp dữ kiện «${s(p, 'id')}»: văn bản khai báo dữ kiện của mình trong «facts» rồi dùng mã đã khai báo.`,
      'enum-value': `Giá trị «${s(p, 'received')}» không thuộc các giá trị đã khai báo của dữ kiện «${s(p, 'id')}» (${s(p, 'expected')}).`,
      subject: `Dữ kiện «${s(p, 'id')}» chỉ khai báo cho ${s(p, 'expected')}, không dùng được trong quy tắc dành cho ${s(p, 'received')}.`,
    } as Record<string, string>)[s(p, 'reason')] ?? `Khai báo «${s(p, 'id')}» không hợp lệ.`,
  unknown_extra_fact: (p) =>
    p['where'] === 'year'
      ? `«extraFacts.${s(p, 'fact')}» của năm không được văn bản nào đang áp dụng khai báo là dữ kiện theo năm.${hint(p)}`
      : `«extraFacts.${s(p, 'fact')}» không được văn bản nào đang áp dụng khai báo là dữ kiện chung của đối tượng.${hint(p)}`,
  extra_fact_type_mismatch: (p) =>
    `Giá trị của «extraFacts.${s(p, 'fact')}» phải là ${({ boolean: 'true hoặc false', integer: 'một số nguyên', decimal: 'một số thập phân viết dạng chuỗi, ví dụ "0.85"', fraction: 'một tỷ lệ viết dạng chuỗi, ví dụ "7/9" hoặc "0.8"', enum: `một trong các giá trị: ${s(p, 'expected')}` } as Record<string, string>)[s(p, 'type')] ?? s(p, 'type')}.`,
  stable_id_missing: (p) =>
    `Mã ổn định «${s(p, 'stableId')}» được khai báo cho chế độ «${s(p, 'regime')}» nhưng ${p['node'] ? `quy tắc «${s(p, 'rule')}» không có điều kiện «${s(p, 'node')}»` : `chế độ này không có quy tắc «${s(p, 'rule')}»`}.${hint(p)}`,
  unknown_member: (p) => `«${s(p, 'member')}» không phải là thành viên của cụm, khối thi đua trong năm ${s(p, 'period')}.${hint(p)}`,
  duplicate_member: (p) => `Thành viên «${s(p, 'member')}» xuất hiện nhiều lần.`,
  role_not_member: (p) => `${p['role'] === 'leader' ? 'Cụm trưởng/khối trưởng' : 'Cụm phó/khối phó'} «${s(p, 'member')}» không phải là thành viên của cụm, khối trong năm ${s(p, 'period')}.`,
  leader_is_deputy: (p) => `«${s(p, 'member')}» không thể vừa là cụm trưởng vừa là cụm phó trong cùng năm.`,
  missing_member_report: (p) => `Thiếu báo cáo chấm điểm của thành viên «${s(p, 'member')}».`,
  unknown_criterion: (p) => `Tiêu chí «${s(p, 'criterion')}» không có trong bảng điểm.${hint(p)}`,
  criterion_input_mismatch: (p) => `Tiêu chí «${s(p, 'criterion')}» thuộc loại ${s(p, 'kind')} không nhận trường «${s(p, 'field')}».`,
  missing_criterion_input: (p) => `Thành viên «${s(p, 'member')}» thiếu dữ liệu hoặc điểm cho tiêu chí «${s(p, 'criterion')}» (cần một trong: ${s(p, 'expected')}).`,
  missing_target: (p) => `Thành viên «${s(p, 'member')}» chưa đăng ký chỉ tiêu cho tiêu chí định lượng «${s(p, 'criterion')}».`,
  target_not_scorable: (p) => `Không chấm được tiêu chí «${s(p, 'criterion')}» của «${s(p, 'member')}»: chỉ tiêu đăng ký là ${s(p, 'target')} (phải lớn hơn 0).`,
  score_above_max: (p) => `Điểm ${s(p, 'score')} vượt quá điểm tối đa ${s(p, 'maximum')}.`,
  group_max_mismatch: (p) => `Điểm tối đa của «${s(p, 'group')}» là ${s(p, 'declared')} nhưng tổng điểm tối đa của các tiêu chí con là ${s(p, 'sum')}.`,
  invalid_tie_break_chain: (p) => `Thứ tự tiêu chí phụ để xếp hạng khi bằng điểm không hợp lệ: ${s(p, 'detail')}.`,
  district_cluster_abolished: (p) => `Cụm, khối thi đua cấp huyện không còn tồn tại cho năm ${s(p, 'period')}: cấp huyện chấm dứt hoạt động từ ngày 01/7/2025.`,
  district_cluster_partial_year: (p) => `Năm ${s(p, 'period')}: cụm, khối thi đua cấp huyện chỉ tồn tại đến hết ngày 30/6/2025; kết quả chỉ có giá trị tham khảo.`,
  unknown_period: (p) => `Cụm, khối thi đua không có dữ liệu thành viên cho năm ${s(p, 'period')}.`,
};

const enumWords: Record<string, string> = {
  excellent: 'hoàn thành xuất sắc nhiệm vụ',
  good: 'hoàn thành tốt nhiệm vụ',
  completed: 'hoàn thành nhiệm vụ',
  failed: 'không hoàn thành nhiệm vụ',
  // organiser of a cluster/bloc and kinds of collective
  ccec: 'Hội đồng Thi đua – Khen thưởng Trung ương',
  ministry: 'bộ, ngành',
  province: 'tỉnh, thành phố',
  district: 'huyện',
  commune: 'xã, phường',
  none: 'không có',
  agency: 'cơ quan',
  enterprise: 'doanh nghiệp',
  village: 'thôn, tổ dân phố',
  unit: 'đơn vị',
  household: 'hộ gia đình',
  other: 'loại khác',
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
  if (g.kind === 'value') return `cần «${value(g.expected as string | boolean | readonly string[])}»`;
  if (g.kind === 'count') {
    const unit = g.unit ? unitWords[g.unit] : '';
    return g.direction === 'increase' ? `còn thiếu ${g.amount}${unit ? ` ${unit}` : ''}` : `cần giảm ${g.amount}${unit ? ` ${unit}` : ''}`;
  }
  return g.direction === 'increase'
    ? `còn thiếu ${formatDecimal(g.amount)}${g.strict ? ' (và phải vượt ngưỡng)' : ''}`
    : `cần giảm ${formatDecimal(g.amount)}${g.strict ? ' (và phải dưới ngưỡng)' : ''}`;
}

const KIND_VI: Record<string, string> = { initiative: 'sáng kiến', research: 'đề tài khoa học', 'combat-creativity': 'giải pháp mưu trí, sáng tạo trong chiến đấu' };
const SCOPE_VI: Record<string, string> = { grassroots: 'cấp cơ sở', 'ministry-province': 'cấp bộ, ngành, tỉnh', 'force-wide': 'trong toàn lực lượng', national: 'toàn quốc' };
const RATING_VI: Record<string, string> = { excellent: 'hoàn thành xuất sắc nhiệm vụ', good: 'hoàn thành tốt nhiệm vụ', completed: 'hoàn thành nhiệm vụ', failed: 'không hoàn thành nhiệm vụ' };
const nextYears = (year: number, n: number): string => Array.from({ length: n }, (_, i) => year + 1 + i).join(', ');
const list = (xs: unknown, f: (x: string) => string, sep: string): string => (Array.isArray(xs) ? (xs as string[]).map(f).join(sep) : '');

function factGap(fact: string, params: Readonly<Record<string, unknown>>, g: Gap, ctx: GapContext): string | undefined {
  if (g.kind !== 'count' || g.direction !== 'increase') return undefined;
  const n = Number(g.amount);
  switch (fact) {
    case 'consecutiveAwardYears':
      return `cần thêm ${n} năm liên tục đạt ${list(params['awardIds'], ctx.awardName, ' hoặc ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`;
    case 'consecutiveRatingYears':
      return `cần thêm ${n} năm liên tục ${list(params['ratings'], (r) => RATING_VI[r] ?? r, ' hoặc ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`;
    case 'awardCountInWindow':
      return `cần thêm ${n} lần đạt ${list(params['awardIds'], ctx.awardName, ' hoặc ')}`;
    case 'initiativeCount':
      return `thiếu ${n} ${list(params['kinds'], (k) => KIND_VI[k] ?? k, ' hoặc ')} được công nhận ${SCOPE_VI[String(params['minScope'])] ?? ''}`.trimEnd();
    case 'initiativeCountAfterAward':
      return `thiếu ${n} ${list(params['kinds'], (k) => KIND_VI[k] ?? k, ' hoặc ')} được công nhận ${SCOPE_VI[String(params['minScope'])] ?? ''} trong thời gian kể từ sau năm được tặng ${list(params['awardIds'], ctx.awardName, ' hoặc ')}`.replace('  ', ' ');
    case 'consecutiveCycleCount':
      return `cần thêm ${n} lần đạt ${list(params['awardIds'], ctx.awardName, ' hoặc ')} ở chu kỳ liền kề, với ${list(params['baseAwardIds'], ctx.awardName, ' hoặc ')} không gián đoạn${n === 1 ? ` (sớm nhất năm ${ctx.year + Number(params['cycleLength'] ?? 3)})` : ''}`;
    case 'openingAwardCount':
      return `cần được tặng ${list(params['awardIds'], ctx.awardName, ' hoặc ')} sau lần được tặng ${list(params['resetBy'], ctx.awardName, ' hoặc ')} gần nhất`;
    case 'windowYearsAfterAward':
      return `cần thêm ${n} năm liên tục ${list(params['ratings'], (r) => RATING_VI[r] ?? r, ' hoặc ')} sau năm được tặng ${list(params['awardIds'], ctx.awardName, ' hoặc ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`;
    case 'awardCountAfterAward':
      return `cần thêm ${n} lần đạt ${list(params['countAwardIds'], ctx.awardName, ' hoặc ')} trong thời gian kể từ sau năm được tặng ${list(params['awardIds'], ctx.awardName, ' hoặc ')}`;
    case 'councilApprovalShare':
      return `thiếu ${n} phiếu đồng ý của Hội đồng Thi đua – Khen thưởng`;
    case 'advancedMemberShare':
      return `cần thêm ${n} thành viên đạt Lao động tiên tiến hoặc Chiến sĩ tiên tiến`;
    case 'completedMemberShare':
      return `cần thêm ${n} thành viên hoàn thành nhiệm vụ`;
    default:
      return undefined;
  }
}

/** Vietnamese (default locale). */
export const vi: Locale = deepFreeze<Locale>({
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
      in: `${expected}`,
      notIn: `không phải ${expected}`,
      decimalGte: `≥ ${expected}`,
      decimalGt: `> ${expected}`,
      decimalLte: `≤ ${expected}`,
      decimalLt: `< ${expected}`,
      decimalEq: `= ${expected}`,
    })[op] ?? `${op} ${expected}`,
  value,
  gap,
  factGap,
  citation: (c) =>
    [c.point ? `điểm ${c.point}` : '', c.clause ? `khoản ${c.clause}` : '', `Điều ${c.article}`, `${instrumentKindVi(c.document)} ${c.document}`]
      .filter(Boolean)
      .join(' '),
  formatDecimal,
  notConsidered: (year, records) => `Không xét ${records.length} bản ghi sau năm ${year}: ${records.map((r) => `${r.path[0]}[${r.path[1]}] (${r.year})`).join(', ')}`,
  wording: WORDING_VI,
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
});

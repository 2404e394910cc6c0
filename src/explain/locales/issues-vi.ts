// Over 300 lines on purpose: one table per language holds the words of every issue code, so a
// translator reads and checks one file (a new language is one such file).
// Vietnamese messages of every issue code and of the sub-codes they carry (expectations, formats,
// overlay problems…). A missing code is a type error (IssueMessages); test/locales.test.ts renders
// every code with sample parameters and checks the result for English words.
import type { CellProblem, CompositionProblem, Expectation, ExpectedCode, FileKind, FormatCode, Issue, LoosenProblem, OverlayProblem, ReceivedKind, NotImpliedReason } from '../../model/issue.js';
import { instrumentKindVi } from './_citation.js';
import type { IssueMessages } from './locale.js';

const list = (xs: readonly unknown[] | undefined, sep = ', '): string => (xs ?? []).map(String).join(sep);
/** Ids and values the user types, each quoted. */
const qlist = (xs: readonly unknown[] | undefined, sep = ', '): string => (xs ?? []).map((x) => `«${String(x)}»`).join(sep);
const dmy = (iso: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('/') : iso);
const hint = (p: { readonly suggestions?: readonly string[] | undefined; readonly valid?: readonly string[] | undefined }): string =>
  p.suggestions?.length ? ` Có phải ý bạn là: ${qlist(p.suggestions)}?` : p.valid?.length ? ` Các mã hợp lệ: ${qlist(p.valid)}.` : '';
const cite = (p: { readonly document: string; readonly article: string; readonly clause?: string | undefined; readonly point?: string | undefined }): string =>
  [p.point ? `điểm ${p.point}` : '', p.clause ? `khoản ${p.clause}` : '', `Điều ${p.article}`, `${instrumentKindVi(p.document)} ${p.document}`].filter(Boolean).join(' ');
const show = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(show).join(', ')}]` : typeof v === 'boolean' ? (v ? 'có' : 'không') : v === undefined || v === null ? 'không có' : /^-?[0-9]+\.[0-9]+$/.test(String(v)) ? String(v).replace('.', ',') : String(v);
const lower = (s: string): string => (s ? s[0]!.toLowerCase() + s.slice(1) : s).replace(/\.$/, '');

const EXPECTED: { readonly [K in ExpectedCode]: (v: readonly string[]) => string } = {
  string: () => 'chuỗi ký tự',
  number: () => 'số',
  integer: () => 'số nguyên',
  boolean: () => 'giá trị có/không',
  object: () => 'đối tượng',
  array: () => 'danh sách',
  null: () => 'giá trị rỗng (null)',
  undefined: () => 'không có giá trị',
  bigint: () => 'số nguyên lớn',
  symbol: () => 'ký hiệu',
  function: () => 'hàm',
  date: () => 'ngày',
  nan: () => 'giá trị không phải số',
  'unknown-type': () => 'kiểu dữ liệu khác',
  'rule-book': () => 'bộ quy tắc do loadRuleBook trả về',
  year: () => 'năm, là số nguyên từ 1945 đến 2100',
  'real-date': () => 'ngày có thật, viết dạng YYYY-MM-DD',
  'period-end': () => 'ngày có thật dạng YYYY-MM-DD, thuộc năm thành tích hoặc năm sau (năm học)',
  'regime-id': () => 'mã chế độ pháp lý',
  'award-id': () => 'mã danh hiệu, hình thức khen thưởng',
  id: () => 'một mã',
  'award-ids': () => 'danh sách mã danh hiệu, hình thức khen thưởng',
  'province-key': () => 'mã tỉnh, thành phố, ví dụ «lao-cai»',
  overlays: () => 'danh sách văn bản của địa phương',
  'parameters-object': () => 'đối tượng gồm các cặp mã tham số và giá trị',
  horizon: () => 'số năm, là số nguyên từ 0 đến 50',
  'unit-id': () => 'mã của đơn vị xét khen thưởng',
  'count-from-0': () => 'số nguyên từ 0 trở lên',
  'council-members': () => 'số thành viên Hội đồng, là số nguyên từ 1 trở lên',
  'approvals-count': () => 'số phiếu đồng ý, là số nguyên từ 0 trở lên',
  'list-filter': () => 'bộ lọc { award?: chuỗi, regime?: chuỗi }',
  'regime-filter': () => 'bộ lọc { regime?: chuỗi }',
  proposals: () => 'danh sách đề nghị do proposeAwards trả về',
  ranking: () => 'bảng xếp hạng do rankCluster trả về',
  'eligibility-report': () => 'một báo cáo xét điều kiện (kết quả của evaluateEligibility)',
  'eligibility-reports': () => 'danh sách báo cáo xét điều kiện (kết quả của evaluateEligibility)',
  'non-empty-array': () => 'danh sách có ít nhất một phần tử',
  'files-object': () => 'đối tượng gồm các cặp đường dẫn tệp và nội dung',
  'positive-amount': () => 'số tiền lớn hơn 0',
  share: () => 'tỷ lệ từ 0 đến 1',
  'root-group': () => 'một nhóm điều kiện («all», «any» hoặc «not») ở gốc',
  'proposal-key': () => 'một cặp thành viên và danh hiệu đã được đề nghị',
  'one-group-operator': () => 'đúng một trong «all», «any», «not»',
  'null-with-derived-from': () => 'để trống (null) khi đã có «derivedFrom»',
  'allowed-shape': () => 'một trong các dạng cho phép',
  'distinct-selection': () => 'các khóa không trùng nhau, kết thúc bằng «subject-id-asc»',
  'distinct-columns': () => 'mỗi cột chỉ xuất hiện một lần',
  decimal: () => 'số thập phân viết dạng chuỗi, ví dụ «0.70» (không nhận số JSON)',
  'boolean-or-string': () => 'giá trị có/không hoặc một chuỗi',
  'non-empty-string-list': () => 'danh sách chuỗi có ít nhất một phần tử',
  'string-list': () => 'danh sách chuỗi',
  'no-duplicates': () => 'danh sách không có giá trị trùng nhau',
  'enum-list': () => 'danh sách giá trị trong tập cho phép',
  'count-record': () => 'đối tượng gồm các cặp khóa và số nguyên từ 0 trở lên',
  'file-names': () => 'danh sách tên tệp',
  'one-of': (v) => `một trong các giá trị: ${qlist(v)}`,
  'lang-or-locale': (v) => `mã ngôn ngữ có sẵn (${qlist(v)}) hoặc một đối tượng Locale đầy đủ (docs/architecture.md, «Adding a language»)`,
  'contains-leader': (v) => `danh sách có cụm trưởng hiện tại «${v[0] ?? ''}»`,
  'entry-without-derived-from': (v) => `một mục của «${v[0] ?? ''}» không có «derivedFrom»`,
  'at-most-max': (v) => `không lớn hơn giá trị tối đa (${v[0] ?? ''})`,
  'same-period': (v) => `cùng đợt xét năm ${v[0] ?? ''}`,
  'same-province': (v) => `tỉnh, thành phố «${v[0] ?? ''}»`,
  'contiguous-rows': (v) => `${dmy(v[0] ?? '')} (ngày liền trước ngày bắt đầu của dòng «values[${v[1] ?? ''}]»; các dòng phải nối tiếp nhau, không để trống khoảng nào)`,
};

/** Vietnamese words of an expectation. */
export const expectationVi = (e: Expectation): string => EXPECTED[e.expected](e.values ?? []);

const RECEIVED: { readonly [K in ReceivedKind]: string } = {
  string: 'chuỗi ký tự',
  number: 'số',
  boolean: 'giá trị có/không',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'giá trị rỗng (null)',
  undefined: 'không có giá trị',
  bigint: 'số nguyên lớn',
  symbol: 'ký hiệu',
  function: 'hàm',
  nan: 'giá trị không phải số',
  date: 'ngày',
  'unknown-type': 'kiểu dữ liệu khác',
};

const FORMAT: { readonly [K in FormatCode]: (p: { readonly pattern?: string | undefined; readonly values?: readonly string[] | undefined; readonly line?: number | undefined }) => string } = {
  'kebab-case': () => 'mã phải viết chữ thường không dấu, số và dấu gạch nối đơn (ví dụ «lao-dong-tien-tien»)',
  decimal: () => 'phải là số thập phân viết dạng chuỗi, ví dụ «0.70»',
  date: () => 'phải là ngày viết dạng YYYY-MM-DD',
  'real-date': () => 'không phải là ngày có thật',
  'overlay-target': () => 'đích của thao tác phải có dạng «<mã quy tắc>», «<mã quy tắc>#<tên điều kiện>», «param:<mã>», «regime:<mã>» hoặc «awards»',
  positive: () => 'phải lớn hơn 0',
  'source-needs-citation': () => 'nguồn phải có trích dẫn (citation) hoặc ghi chú (note)',
  'non-zero': () => 'phải khác 0',
  'parameter-id': () => 'mã tham số phải có dạng các từ viết kiểu camelCase nối bằng dấu chấm, ví dụ «ballot.minShare»',
  pattern: (p) => `không khớp mẫu ${p.pattern ?? ''}`,
  'csv-not-utf8': () => 'tệp CSV không được mã hóa UTF-8',
  'csv-syntax': (p) => `tệp CSV sai cú pháp${p.line !== undefined ? ` ở dòng ${p.line}` : ''}`,
  'csv-no-header': () => 'tệp CSV không có dòng tiêu đề',
  'xlsx-unreadable': () => 'không đọc được sổ tính .xlsx',
  'xlsx-no-sheet': (p) => `sổ tính không có trang nào tên «${p.values?.[0] ?? ''}» hoặc «${p.values?.[2] ?? ''}»`,
  other: () => 'giá trị không đúng định dạng',
};

const FILE_KIND: { readonly [K in FileKind]: string } = { directory: 'là thư mục', fifo: 'là ống dẫn (FIFO)', 'character-device': 'là thiết bị ký tự', 'block-device': 'là thiết bị khối', socket: 'là socket', other: 'không phải tệp thông thường' };

const ERRNO: Readonly<Record<string, string>> = {
  ENOENT: 'không tìm thấy tệp hoặc thư mục',
  EACCES: 'không có quyền truy cập',
  EPERM: 'không được phép thao tác',
  EISDIR: 'đây là thư mục, không phải tệp',
  ENOTDIR: 'một phần của đường dẫn không phải thư mục',
  EMFILE: 'đang mở quá nhiều tệp',
  ENOSPC: 'hết dung lượng đĩa',
  EROFS: 'hệ thống tệp chỉ cho phép đọc',
  EEXIST: 'tệp đã tồn tại',
  'no-stdin': 'không có dữ liệu vào chuẩn (stdin)',
};

const CELL: { readonly [K in CellProblem]: (p: { readonly part?: string | undefined; readonly other?: string | number | undefined; readonly values?: readonly string[] | undefined; readonly options?: readonly { readonly vi: string; readonly en: string }[] | undefined }) => string } = {
  'unknown-column': (p) => `không phải cột của trang này; các cột: ${(p.options ?? []).map((o) => o.vi).join(', ')}`,
  'duplicate-column': () => 'cột bị lặp',
  'missing-column': () => 'thiếu cột bắt buộc',
  'empty-required': () => 'ô bắt buộc đang trống',
  'missing-id': () => 'thiếu mã',
  'id-on-other-sheet': (p) => `mã đã dùng ở trang ${String(p.other ?? '')}`,
  'year-repeated': (p) => `năm này đã có ở dòng ${String(p.other ?? '')} của cùng mã`,
  'differs-from-row': (p) => `khác giá trị ở dòng ${String(p.other ?? '')} (${list(p.values)}) của cùng mã`,
  'initiative-needs-scope': () => 'cần ghi cấp công nhận khi có sáng kiến',
  'discipline-needs-level-and-start': () => 'cần ghi hình thức kỷ luật và ngày bắt đầu',
  'bad-id': () => 'mã phải gồm chữ thường không dấu, số và dấu gạch nối (ví dụ nguyen-van-a)',
  'text-too-long': () => 'dài quá 300 ký tự',
  'bad-year': () => 'không phải năm (1945–2100)',
  'bad-count': () => 'không phải số nguyên từ 0 đến 10.000.000',
  'bad-bool': () => 'không phải một trong: có, không',
  'bad-date': () => 'không phải ngày dạng YYYY-MM-DD',
  'bad-enum': (p) => `không phải một trong: ${(p.options ?? []).map((o) => o.vi).join(', ')}`,
  'unknown-award': (p) => `${p.part !== undefined ? `phần «${p.part}» ` : ''}không phải mã hay tên danh hiệu trong danh mục`,
  'bad-vote': (p) => `${p.part !== undefined ? `phần «${p.part}» ` : ''}không đúng dạng «mã danh hiệu: số đồng ý/số thành viên» (mã danh hiệu trong danh mục)`,
  'vote-out-of-range': (p) => `${p.part !== undefined ? `phần «${p.part}» ` : ''}số đồng ý phải từ 0 đến số thành viên (ít nhất 1)`,
};

type OverlayP = IssueParamsOf<'overlay_invalid_operation'>;
type IssueParamsOf<C extends Issue['code']> = Extract<Issue, { code: C }>['params'];

const NOT_IMPLIED_VI: { readonly [K in NotImpliedReason]: string } = {
  'fact-differs': 'hai điều kiện xét hai dữ kiện khác nhau',
  'params-differ': 'cùng một dữ kiện nhưng được tính theo tham số khác nhau',
  'bound-weaker': 'ngưỡng mới chấp nhận cả những giá trị ngưỡng cũ không chấp nhận',
  'set-wider': 'danh sách mới chấp nhận cả những giá trị danh sách cũ không chấp nhận',
  'operators-unrelated': 'không so sánh được hai phép so sánh',
  'value-not-comparable': 'có ngưỡng không phải là số chính xác',
  'condition-missing': 'không có thành phần nào của điều kiện mới bao hàm điều kiện cũ',
  'alternative-uncovered': 'có trường hợp của điều kiện mới không thuộc trường hợp nào của điều kiện cũ',
  negation: 'nhóm phủ định chỉ được so sánh khi giống hệt nhau',
};
const QUOTA_FIELD_VI = { maxShare: 'tỷ lệ tối đa', mode: 'cách áp dụng' } as const;
const DELEGATED_TO_VI: Readonly<Record<string, string>> = { province: 'Ủy ban nhân dân cấp tỉnh', ministry: 'bộ, ngành' };

const TYPE_VI: Readonly<Record<string, string>> = { boolean: 'có/không', integer: 'số nguyên', decimal: 'số thập phân', fraction: 'tỷ lệ', enum: 'liệt kê', 'enum-list': 'danh sách giá trị', string: 'chuỗi ký tự' };

const OVERLAY: { readonly [K in OverlayProblem]: (p: OverlayP, render: (i: Issue) => string) => string } = {
  'add-awards-needs-award': () => 'thêm vào «awards» thì phải có «award»',
  'state-award-by-province': () => 'tỉnh, thành phố không được tạo danh hiệu, hình thức khen thưởng cấp Nhà nước',
  'add-regime-needs-rule': () => 'thêm vào một chế độ pháp lý thì phải có «rule»',
  'national-state-award': (p) => `tiêu chuẩn của «${p.award ?? ''}» do pháp luật quốc gia quy định; hãy thêm điều kiện vào quy tắc của nó`,
  'national-award': (p) =>
    `«${p.award ?? ''}» là danh hiệu, hình thức khen thưởng cấp quốc gia: tiêu chuẩn lấy từ bộ quy tắc quốc gia (thêm điều kiện vào các quy tắc đã có; nơi bộ quy tắc quốc gia không có quy tắc cho chế độ hoặc giai đoạn này thì tỉnh, thành phố không được tự đặt)`,
  'award-of-other-province': (p) => `«${p.award ?? ''}» là danh hiệu của «${p.province ?? ''}»`,
  'add-target': () => 'chỉ thêm điều kiện vào một nhóm («<mã quy tắc>#<nhóm>») hoặc thêm quy tắc vào «regime:<mã>»',
  'add-into-all-or-any': () => 'điều kiện chỉ được thêm vào nhóm «all» hoặc «any»',
  'add-group-needs-condition': () => 'thêm vào một nhóm thì phải có «condition»',
  'param-add': () => 'tham số được sửa bằng thao tác «set», không thêm mới',
  'replace-target': () => 'thao tác «replace» nhắm vào một điều kiện («<mã quy tắc>#<tên>») hoặc một quy tắc («<mã quy tắc>»)',
  'replace-needs-rule': () => 'thay một quy tắc thì phải có «rule»',
  'replace-keep-id': (p) => `quy tắc mới phải giữ mã «${p.id ?? ''}»`,
  'replace-needs-condition': () => 'thay một điều kiện thì phải có «condition»',
  'root-stays-group': () => 'gốc phải vẫn là một nhóm điều kiện',
  'engine-setting': () => 'thiết lập cách tính lịch sử áp dụng cho cả chế độ pháp lý, văn bản của địa phương không được thay đổi',
  'set-target': () => 'thao tác «set» nhắm vào một tham số («param:<mã>») hoặc một điều kiện đơn («<mã quy tắc>#<tên>»)',
  'set-group': () => 'thao tác «set» chỉ sửa điều kiện đơn; đích này là một nhóm',
  'fact-param-literal': () => 'tham số của dữ kiện phải được gán một giá trị cụ thể',
  'remove-target': () => 'thao tác «remove» nhắm vào một điều kiện («<mã quy tắc>#<tên>») hoặc một quy tắc («<mã quy tắc>»)',
  'remove-root': () => 'không được xóa nhóm gốc; hãy xóa cả quy tắc',
  'group-left-empty': (p) => `nhóm «${p.group ?? ''}» sẽ không còn điều kiện nào`,
  'fact-takes-no-params': (p) => `${p.node ? `«${p.node}»: ` : ''}dữ kiện «${p.fact ?? ''}» không nhận tham số`,
  'fact-params': (p, r) => `${p.node ? `«${p.node}»: ` : ''}tham số của dữ kiện «${p.fact ?? ''}» không hợp lệ${p.cause ? ` (${lower(r(p.cause))})` : ''}`,
  'fact-param-unknown-award': (p) => `${p.node ? `«${p.node}»: ` : ''}danh hiệu «${p.award ?? ''}» không có trong danh mục${p.suggestions?.length ? ` (có phải ý bạn là: ${qlist(p.suggestions)}?)` : ''}`,
  'quota-outside-overlay': (p) => `tỷ lệ «${p.id ?? ''}» (năm thành tích ${p.from ?? ''}–${p.to ?? ''}) không áp dụng trong thời gian hiệu lực của văn bản (${dmy(p.ruleFrom ?? '')}–${p.ruleTo ? dmy(p.ruleTo) : ''})`,
  'quota-needs-set': () => 'tỷ lệ được sửa bằng thao tác «set» (trường «maxShare» hoặc «mode»)',
  'sheet-needs-add': () => 'bảng chấm điểm chỉ nhận thao tác «add» một tiêu chí trừ điểm (adjustment) hoặc tiêu chí loại trừ (disqualifier)',
  'rule-not-in-force': (p) =>
    `quy tắc «${p.rule ?? ''}» (từ ${dmy(p.ruleFrom ?? '')}${p.ruleTo ? ` đến ${dmy(p.ruleTo)}` : ''}) không có hiệu lực trong thời gian áp dụng văn bản (từ ${dmy(p.from ?? '')}${p.to ? ` đến ${dmy(p.to)}` : ''})`,
};

type LoosenP = IssueParamsOf<'overlay_loosens_statute'>;
const LOOSEN: { readonly [K in LoosenProblem]: (p: LoosenP) => string } = {
  'new-alternative': (p) => `thêm một lựa chọn vào nhóm «${p.group ?? ''}» (nhóm «any» theo luật định) làm điều kiện dễ đạt hơn`,
  'replace-statutory': () => 'không được thay điều kiện luật định',
  'holds-statutory': (p) => `nhánh này chứa điều kiện luật định «${p.condition ?? ''}»`,
  'remove-statutory': () => 'không được xóa điều kiện luật định',
  'rule-holds-statutory': (p) => `quy tắc «${p.rule ?? ''}» chứa điều kiện luật định «${p.condition ?? ''}»`,
  'not-comparable': (p) => `không so sánh được ${show(p.from)} với ${show(p.to)}`,
  'wrong-way': (p) => `đổi ${show(p.from)} thành ${show(p.to)} là ${p.direction === 'raises' ? 'nâng' : 'hạ'} ngưỡng theo hướng nới lỏng`,
  'expected-lists': () => 'giá trị cũ và mới phải là danh sách',
  'not-subset': (p) => `danh sách mới ${show(p.to)} phải nằm trong danh sách cũ ${show(p.from)}${p.inverted ? ' (đã đảo chiều vì nằm trong nhóm «not»)' : ''}`,
  'not-superset': (p) => `danh sách mới ${show(p.to)} phải chứa danh sách cũ ${show(p.from)}${p.inverted ? ' (đã đảo chiều vì nằm trong nhóm «not»)' : ''}`,
  'not-shown-tighter': (p) => `không chứng minh được việc đổi ${show(p.from)} thành ${show(p.to)} làm điều kiện chặt hơn`,
  'param-not-shown-tighter': (p) => `không chứng minh được việc đổi tham số «${p.param ?? ''}» của dữ kiện «${p.fact ?? ''}» từ ${show(p.from)} thành ${show(p.to)} làm điều kiện chặt hơn`,
  'param-easier': (p) => `đổi tham số «${p.param ?? ''}» của dữ kiện «${p.fact ?? ''}» từ ${show(p.from)} thành ${show(p.to)} làm điều kiện dễ đạt hơn`,
};

const COMPOSITION: { readonly [K in CompositionProblem]: (p: IssueParamsOf<'overlay_composition'>) => string } = {
  'province-after-others': (p) => `văn bản cấp tỉnh áp dụng trực tiếp lên bộ quy tắc quốc gia, nhưng đã áp dụng ${list(p.sources)}`,
  'province-with-unit': () => 'văn bản cấp tỉnh không có trường «unit»',
  'layer-without-province': (p) => `văn bản cấp ${p.layer ?? ''} của «${p.province ?? ''}» phải áp dụng sau văn bản cấp tỉnh của «${p.province ?? ''}»`,
  'other-province': (p) => `«${p.source ?? ''}» thuộc tỉnh, thành phố khác`,
  'already-applied': (p) => `«${p.source ?? ''}» đã được áp dụng`,
};

const DETAIL_WHAT: Readonly<Record<string, string>> = { criteria: 'tiêu chí trong bảng điểm', digits: 'chữ số trong một giá trị thập phân', entries: 'mục số liệu trong các báo cáo', files: 'tệp', conditions: 'điều kiện trong một quy tắc' };
const ORIGIN_MIN: Readonly<Record<string, (n: string) => string>> = {
  string: (n) => `cần ít nhất ${n} ký tự`,
  array: (n) => `cần ít nhất ${n} phần tử`,
  set: (n) => `cần ít nhất ${n} phần tử`,
  'eligible-members': (n) => `cần ít nhất ${n} thành viên đủ điều kiện`,
};
const ORIGIN_MAX: Readonly<Record<string, (n: string) => string>> = {
  string: (n) => `tối đa ${n} ký tự`,
  array: (n) => `tối đa ${n} phần tử`,
  set: (n) => `tối đa ${n} phần tử`,
};
const PART: Readonly<Record<string, (i: number | undefined) => string>> = {
  element: (i) => ` (phần tử thứ ${i ?? ''})`,
  'record-line': (i) => ` (dòng của bản ghi thứ ${i ?? ''})`,
  'whole-document': () => ' (tài liệu JSON không phải là mảng nên phải đọc cả tệp)',
};
const REPORTS: Readonly<Record<string, (p: IssueParamsOf<'inconsistent_reports'>) => string>> = {
  year: (p) => `báo cáo xét năm ${String(p.received ?? '')}, không phải năm ${String(p.expected ?? '')}`,
  'rule-book': () => 'báo cáo được xét theo một bộ quy tắc khác',
  regime: (p) => `báo cáo xét theo chế độ pháp lý «${String(p.received ?? '')}», không phải «${String(p.expected ?? '')}»`,
};
const TIE: Readonly<Record<string, (p: IssueParamsOf<'invalid_tie_break_chain'>) => string>> = {
  'must-end-with-member-id': () => 'thứ tự phải kết thúc bằng {"kind":"member-id"}',
  'member-id-not-last': () => 'khóa «member-id» phải là bước cuối cùng',
  'group-twice': (p) => `nhóm «${p.group ?? ''}» được liệt kê hai lần`,
  'female-preference-twice': () => 'khóa «female-preference» được liệt kê hai lần',
};
const JSON_PROBLEM: Readonly<Record<string, string>> = { 'not-utf8': 'tệp không được mã hóa UTF-8', 'empty-file': 'tệp trống', 'empty-element': 'phần tử trống', trailing: 'có dữ liệu thừa sau mảng JSON', unterminated: 'mảng JSON chưa được đóng (dữ liệu bị cắt?)', 'not-array': 'dữ liệu không phải là mảng JSON' };
const ROLE: Readonly<Record<string, string>> = { leader: 'Cụm trưởng, khối trưởng', deputy: 'Cụm phó, khối phó' };
const SUBJECT_KIND: Readonly<Record<string, string>> = { individual: 'cá nhân', collective: 'tập thể' };
const kinds = (xs: readonly string[]): string => xs.map((k) => SUBJECT_KIND[k] ?? k).join(', ');
const where = (p: { readonly line?: number | undefined; readonly column?: number | undefined; readonly position?: number | undefined }): string =>
  p.line !== undefined ? ` (dòng ${p.line}${p.column !== undefined ? `, cột ${p.column}` : ''})` : p.position !== undefined ? ` (vị trí ${p.position})` : '';

/** Vietnamese messages of every issue code. */
export function issueMessagesVi(render: (i: Issue) => string): IssueMessages {
  return {
    invalid_json: (p) => (p.problem === 'syntax' ? `Tệp không phải JSON hợp lệ: sai cú pháp${where(p)}.` : `Tệp không phải JSON hợp lệ: ${JSON_PROBLEM[p.problem] ?? ''}.`),
    duplicate_key: (p) => `Khóa «${p.key}» xuất hiện hai lần trong cùng một đối tượng JSON (JSON.parse sẽ lặng lẽ giữ giá trị sau).`,
    file_too_large: (p) => `Tệp «${p.file}» quá lớn: ${String(p.size)} byte, tối đa ${p.maximum} byte${p.part ? (PART[p.part]?.(p.index) ?? '') : ''}.`,
    not_regular_file: (p) => `«${p.file}» không phải tệp thông thường (${FILE_KIND[p.kind]}); chỉ đọc luồng từ đầu vào chuẩn khi dùng «-».`,
    invalid_cell: (p) => `Trang «${p.sheet}», dòng ${p.row}, cột «${p.column}»: ${p.value !== undefined ? `«${p.value}» ` : ''}${CELL[p.problem](p)}.`,
    invalid_type: (p) => `Sai kiểu dữ liệu: cần ${EXPECTED[p.expected]([])}, nhận được ${RECEIVED[p.received]}${p.sample !== undefined ? ` «${p.sample}»` : ''}.`,
    missing_field: (p) => `Thiếu trường bắt buộc «${p.key}»${p.expected?.length ? `; giá trị cho phép: ${qlist(p.expected)}` : ''}.`,
    unrecognized_key: (p) => `Khóa không được phép «${p.key}».${hint(p)}`,
    invalid_value: (p) =>
      `Giá trị không hợp lệ${p.received !== undefined ? ` «${String(p.received)}»` : p.receivedKind ? ` (${RECEIVED[p.receivedKind]})` : ''}; cần ${expectationVi(p)}.`,
    invalid_format: (p) => `Sai định dạng${p.received !== undefined ? ` «${p.received}»` : ''}: ${FORMAT[p.format](p)}.`,
    too_small: (p) => `Giá trị quá nhỏ: ${(ORIGIN_MIN[p.origin ?? ''] ?? ((n: string) => `tối thiểu là ${n}`))(String(p.minimum))}.`,
    too_big: (p) => `Giá trị quá lớn: ${(ORIGIN_MAX[p.origin ?? ''] ?? ((n: string) => `tối đa là ${n}`))(String(p.maximum))}.`,
    duplicate_id: (p) => `Mã «${p.id}» bị trùng (đã có tại ${p.other}).`,
    duplicate_year: (p) => `Năm ${p.year} xuất hiện nhiều lần trong lịch sử.`,
    unknown_fact: (p) => `Dữ kiện «${p.fact}» không có trong danh mục dữ kiện.${hint(p)}`,
    unknown_operator: (p) => `Toán tử «${p.operator}» không được hỗ trợ.${hint(p)}`,
    operator_fact_mismatch: (p) =>
      `Toán tử «${p.operator}» không dùng được với dữ kiện «${p.fact}» (kiểu ${p.type})${p.expected ? `: ${p.value !== undefined ? `«${p.value}» không hợp lệ, ` : ''}cần ${expectationVi({ expected: p.expected, values: p.values })}` : ''}.`,
    unknown_award: (p) => `Danh hiệu, hình thức khen thưởng «${p.award}» không có trong danh mục.${hint(p)}`,
    unknown_parameter: (p) => `Tham số «${p.parameter}» không được khai báo trong bộ quy tắc.${hint(p)}`,
    parameter_type_mismatch: (p) =>
      `Giá trị của tham số «${p.parameter}»${p.node ? ` (dùng tại «${p.node}»)` : ''} không hợp lệ${p.value !== undefined ? `: «${p.value}» không được chấp nhận` : ''}; ${p.expected ? `cần ${expectationVi({ expected: p.expected, values: p.values })}` : p.cause ? lower(render(p.cause)) : ''}.`,
    invalid_fact_params: (p) => `Tham số của dữ kiện «${p.fact}» không hợp lệ: ${p.cause ? lower(render(p.cause)) : 'dữ kiện này không nhận tham số'}.`,
    undeclared_fact: (p) => `Quy tắc dùng dữ kiện «${p.fact}» nhưng không khai báo trong «facts».`,
    unused_declared_fact: (p) => `Dữ kiện «${p.fact}» được khai báo trong «facts» nhưng không được dùng.`,
    missing_citation: () => 'Thiếu trích dẫn căn cứ pháp lý (văn bản, điều).',
    invalid_effective_period: (p) => `Thời gian hiệu lực không hợp lệ: ngày kết thúc ${dmy(p.to)} trước ngày bắt đầu ${dmy(p.from)}.`,
    overlapping_effective_periods: (p) =>
      `Thời gian hiệu lực chồng lấn với «${p.other}»${p.award ? ` (cùng danh hiệu «${p.award}»${p.regime ? ` trong chế độ «${p.regime}»` : ''})` : p.from ? ` (từ ${dmy(p.from)}${p.to ? ` đến ${dmy(p.to)}` : ' trở đi'})` : ''}.`,
    effective_outside_regime: (p) => `Thời gian hiệu lực nằm ngoài thời gian áp dụng của chế độ pháp lý «${p.regime}».`,
    subject_kind_mismatch: (p) => `Đối tượng của quy tắc (${kinds([p.received])}) không khớp với «${p.award}», vốn dành cho: ${kinds(p.expected)}.`,
    unsupported_path: (p) => `Đường dẫn «${p.path}» không được hỗ trợ (chỉ dùng dạng $.a.b hoặc $[0]).`,
    depth_exceeded: (p) =>
      p.what === 'json' ? `Dữ liệu lồng nhau quá sâu: tối đa ${p.limit} cấp đối tượng, danh sách.` : p.what === 'sheet' ? `Nhóm tiêu chí lồng nhau quá sâu: tối đa ${p.limit} cấp.` : `Cây điều kiện quá sâu: tối đa ${p.limit} cấp.`,
    size_exceeded: (p) => `Dữ liệu quá lớn: tối đa ${p.limit}${p.what ? ` ${DETAIL_WHAT[p.what] ?? ''}` : ''}.`,
    forbidden_key: (p) => `Khóa bị cấm «${p.key}».`,
    missing_file: (p) => `Thiếu tệp bắt buộc «${p.file}».`,
    unknown_file: (p) => `Tệp «${p.file}» không thuộc cấu trúc bộ quy tắc.`,
    unknown_regime: (p) => `Chế độ pháp lý «${p.regime}» không tồn tại.${hint(p)}`,
    regime_disabled: (p) => `Chế độ pháp lý «${p.regime}» chưa được kích hoạt (chưa xác nhận).`,
    no_regime_in_force: (p) =>
      `Không có chế độ pháp lý nào có hiệu lực vào ngày ${dmy(p.date)}${p.covered?.length ? `; bộ quy tắc chỉ có các giai đoạn: ${p.covered.map((c) => { const [f, t] = c.split('–'); return t ? `từ ${dmy(f!)} đến ${dmy(t)}` : `từ ${dmy(f!)} trở đi`; }).join('; ')}` : ''}.`,
    invalid_option: (p) => `Tùy chọn «${p.option}» không hợp lệ: cần ${expectationVi(p)}.`,
    file_read_error: (p) => `Không đọc được tệp «${p.file}»: ${ERRNO[p.reason] ?? `lỗi hệ thống ${p.reason}`}.`,
    cyclic_prerequisite: (p) => `Sơ đồ danh hiệu có vòng lặp điều kiện tiên quyết: ${list(p.cycle, ' → ')} (chế độ pháp lý: ${list(p.regimes)}).`,
    no_base_salary: (p) => `Chưa có mức lương cơ sở áp dụng cho ngày ${dmy(p.date)}; không tính được số tiền.`,
    approvals_exceed_members: (p) => `Số phiếu đồng ý (${p.approvals}) lớn hơn tổng số thành viên Hội đồng (${p.members}).`,
    inconsistent_reports: (p) => `Các báo cáo không cùng một đợt xét: ${REPORTS[p.problem]!(p)}.`,
    overlay_target_missing: (p) => `Thao tác «${p.operation}»: không tìm thấy mã «${p.target}»${p.regime ? ` trong chế độ «${p.regime}»` : ''}.${hint(p)}`,
    overlay_loosens_statute: (p) =>
      `Thao tác «${p.operation}» nới lỏng điều kiện luật định «${p.target}» (${p.node ? `«${p.node}»: ` : ''}${LOOSEN[p.problem](p)}); văn bản của địa phương, bộ, ngành chỉ được siết chặt, không được nới lỏng (căn cứ: ${cite(p)}).`,
    overlay_regime_mismatch: (p) =>
      p.from !== undefined
        ? `Thời gian áp dụng của văn bản (từ ${dmy(p.from)}${p.to ? ` đến ${dmy(p.to)}` : ''}) không trùng với thời gian áp dụng của chế độ «${p.expected}» (từ ${dmy(p.regimeFrom ?? '')}${p.regimeTo ? ` đến ${dmy(p.regimeTo)}` : ''}).`
        : `Văn bản áp dụng cho «${p.received}» nhưng bộ quy tắc là «${p.expected}».${hint(p)}`,
    overlay_version_mismatch: (p) => `Văn bản áp dụng cho phiên bản ${list(p.expected)} của bộ quy tắc, không áp dụng cho phiên bản ${p.received}.`,
    overlay_invalid_operation: (p) => `Thao tác «${p.operation}» trên «${p.target}» không hợp lệ: ${OVERLAY[p.problem](p, render)}.`,
    overlay_stale_label: (p) =>
      `Thao tác «${p.operation}» đổi giá trị của «${p.target}» nhưng không ghi lại nhãn; nhãn hiện tại «${p.label.vi}» sẽ nêu sai yêu cầu mới. Hãy thêm «label» (vi, en) nêu đúng yêu cầu sau khi sửa.`,
    overlay_not_implied: (p) =>
      `Thao tác «${p.operation}» trên «${p.target}» không chứng minh được là siết chặt điều kiện luật định: ${NOT_IMPLIED_VI[p.reason]} («${p.from}» so với «${p.to}»). Văn bản của địa phương chỉ được thay thế hoặc thu hẹp điều kiện luật định bằng điều kiện chặt hơn, bao hàm điều kiện cũ (căn cứ: ${cite(p)}).`,
    overlay_delegation_layer: (p) =>
      `Thao tác «${p.operation}» bổ sung trường hợp cho «${p.target}», là nội dung luật giao ${p.allowed.map((a) => DELEGATED_TO_VI[a] ?? a).join(', ')} quy định chi tiết, không giao cho văn bản cấp «${p.layer}» (căn cứ: ${cite(p)}).`,
    overlay_delegation_declared: (p) => `Thao tác «${p.operation}»: chỉ bộ quy tắc quốc gia mới đánh dấu nội dung được luật giao quy định chi tiết; điều kiện trong văn bản địa phương không được ghi «delegation».`,
    overlay_loosens_quota: (p) =>
      `Thao tác «${p.operation}» nới lỏng tỷ lệ «${p.target}» (${QUOTA_FIELD_VI[p.field]}: ${p.from} → ${p.to}); văn bản của địa phương, bộ, ngành chỉ được quy định tỷ lệ chặt hơn (tỷ lệ thấp hơn, hoặc chuyển từ chỉ báo cáo sang giới hạn).`,
    overlay_loosens_sheet: (p) =>
      `Thao tác «${p.operation}» trên bảng chấm điểm «${p.target}» thêm tiêu chí loại «${p.kind}» có thể làm tăng thứ hạng của thành viên; văn bản của địa phương, bộ, ngành chỉ được thêm tiêu chí trừ điểm (điểm âm, mức tối đa bằng 0) hoặc tiêu chí không xét (điều kiện loại trừ).`,
    unknown_option: (p) => `Không có tùy chọn «${p.option}»; các tùy chọn là: ${qlist(p.allowed)}.`,
    unknown_agency: (p) => `Bộ, ngành, cơ quan «${p.agency}» không có trong danh mục (rules/agencies.json).${hint(p)}`,
    agency_without_overlay: (p) =>
      `Bộ, ngành «${p.agency}» có trong danh mục nhưng gói chưa có văn bản thi đua, khen thưởng của cơ quan này; dùng --overlay TỆP để áp dụng văn bản riêng. Các bộ, ngành đã có: ${qlist(p.available)}.`,
    agency_not_in_existence: (p) =>
      p.from
        ? `Bộ, ngành, cơ quan «${p.agency}» chỉ có từ ngày ${dmy((p.from ?? ''))}; văn bản có hiệu lực từ ngày ${dmy((p.received ?? ''))} không thể thuộc cơ quan này.`
        : `Bộ, ngành, cơ quan «${p.agency}» chỉ tồn tại đến hết ngày ${dmy((p.to ?? ''))} và không có cơ quan kế thừa trong danh mục; văn bản không thể còn hiệu lực đến ${(p.received ?? '') === '…' ? 'vô thời hạn' : `ngày ${dmy((p.received ?? ''))}`}.${hint(p)}`,
    overlay_jurisdiction: (p) =>
      p.expected === 'agency'
        ? `Văn bản cấp «${p.layer}» phải ghi mã bộ, ngành trong trường «agency» (và không ghi «province»).`
        : `Văn bản cấp «${p.layer}» phải ghi mã tỉnh, thành phố trong trường «province» (và không ghi «agency»).`,
    overlay_order: (p) =>
      ({
        date: `Văn bản «${p.source}» có hiệu lực từ ngày ${dmy((p.from ?? ''))}, không sau văn bản đã áp dụng trước của cùng cơ quan (có hiệu lực từ ngày ${dmy((p.previousFrom ?? ''))}); các văn bản của một cơ quan áp dụng theo thứ tự ngày có hiệu lực.`,
        jurisdiction: `Văn bản «${p.source}» không áp dụng chồng lên văn bản «${(p.previous ?? '')}» của địa phương, bộ, ngành khác.`,
        base: `Văn bản «${p.source}» của cấp sở, ngành hoặc cấp huyện chỉ áp dụng sau văn bản của tỉnh, thành phố mình.`,
        lower: `Văn bản «${p.source}» của tỉnh, thành phố hoặc bộ, ngành phải áp dụng trước văn bản cấp sở, ngành, cấp huyện «${(p.previous ?? '')}».`,
      } as Record<string, string>)[p.reason] ?? `Thứ tự áp dụng văn bản «${p.source}» không hợp lệ.`,
    overlay_declaration_conflict: (p) =>
      p.kind === 'fact'
        ? `Dữ kiện «${p.id}» mà văn bản khai báo trùng với dữ kiện đã có (trong danh mục quốc gia hoặc do văn bản khác khai báo); hãy đặt mã khác.`
        : `Tham số «${p.id}» mà văn bản khai báo đã có trong chế độ «${(p.regime ?? '')}»; muốn đổi giá trị tham số đã có thì dùng thao tác set với đích «param:${p.id}».`,
    overlay_declaration_invalid: (p) =>
      ({
        'enum-values-required': `Dữ kiện «${p.id}» kiểu liệt kê phải kê các giá trị cho phép trong «enumValues».`,
        'enum-values-unexpected': `Dữ kiện «${p.id}» kiểu ${TYPE_VI[(p.type ?? '')] ?? (p.type ?? '')} không có «enumValues» (chỉ dùng cho kiểu liệt kê).`,
        'parameter-value': `Giá trị của tham số «${p.id}» không đúng kiểu ${TYPE_VI[(p.type ?? '')] ?? (p.type ?? '')} đã khai báo.`,
        'fact-params': `Dữ kiện «${p.id}» do văn bản khai báo không nhận tham số «params».`,
        carrier: `Không dùng trực tiếp dữ kiện «${p.id}»: văn bản khai báo dữ kiện của mình trong «facts» rồi dùng mã đã khai báo.`,
        'enum-value': `Giá trị «${(p.received ?? '')}» không thuộc các giá trị đã khai báo của dữ kiện «${p.id}» (${qlist(p.expected)}).`,
        subject: `Dữ kiện «${p.id}» chỉ khai báo cho ${kinds(p.expected ?? [])}, không dùng được trong quy tắc dành cho ${kinds([String(p.received ?? '')])}.`,
      } as Record<string, string>)[p.reason] ?? `Khai báo «${p.id}» không hợp lệ.`,
    unknown_extra_fact: (p) =>
      p.where === 'year'
        ? `«extraFacts.${p.fact}» của năm không được văn bản nào đang áp dụng khai báo là dữ kiện theo năm.${hint(p)}`
        : `«extraFacts.${p.fact}» không được văn bản nào đang áp dụng khai báo là dữ kiện chung của đối tượng.${hint(p)}`,
    extra_fact_type_mismatch: (p) =>
      `Giá trị của «extraFacts.${p.fact}» phải là ${({ boolean: 'giá trị có/không (trong JSON: «true» hoặc «false»)', integer: 'một số nguyên', decimal: 'một số thập phân viết dạng chuỗi, ví dụ "0.85"', fraction: 'một tỷ lệ viết dạng chuỗi, ví dụ "7/9" hoặc "0.8"', enum: `một trong các giá trị: ${qlist(p.expected)}` } as Record<string, string>)[(p.type ?? '')] ?? (p.type ?? '')}.`,
    stable_id_missing: (p) =>
      `Mã ổn định «${p.stableId}» được khai báo cho chế độ «${(p.regime ?? '')}» nhưng ${p.node ? `quy tắc «${p.rule}» không có điều kiện «${(p.node ?? '')}»` : `chế độ này không có quy tắc «${p.rule}»`}.${hint(p)}`,
    overlay_composition: (p) => `Thứ tự áp dụng văn bản không hợp lệ: ${COMPOSITION[p.problem](p)}.`,
    unknown_source: (p) => `Nguồn «${p.source}» không có trong danh mục nguồn của bộ quy tắc (national/book.json).${hint(p)}`,
    unknown_province: (p) =>
      p.formedOn
        ? `Tỉnh, thành phố «${p.province}» theo danh mục hiện nay chỉ có từ ngày ${dmy(p.formedOn)} (sắp xếp từ: ${qlist(p.suggestions)}); văn bản phải có hiệu lực từ ngày đó, hoặc hết hiệu lực trước ngày đó và dùng mã của tỉnh, thành phố cũ.`
        : `Tỉnh, thành phố «${p.province}» không có trong danh mục${p.mergedInto ? ` (đã hợp nhất vào «${p.mergedInto}» từ sau ngày ${dmy(p.until ?? '')})` : ''}.${hint(p)}`,
    province_without_overlay: (p) =>
      `Tỉnh, thành phố «${p.province}» có trong danh mục nhưng gói chưa có văn bản thi đua, khen thưởng của địa phương này; dùng --overlay TỆP để áp dụng văn bản riêng. Các tỉnh, thành phố đã có: ${qlist(p.available)}.`,
    unknown_member: (p) => `«${p.member}» không phải là thành viên của cụm, khối thi đua trong năm ${p.period}.${hint(p)}`,
    duplicate_member: (p) => `Thành viên «${p.member}» xuất hiện nhiều lần.`,
    role_not_member: (p) => `${ROLE[p.role]} «${p.member}» không phải là thành viên của cụm, khối trong năm ${p.period}.`,
    leader_is_deputy: (p) => `«${p.member}» không thể vừa là cụm trưởng vừa là cụm phó trong cùng năm.`,
    missing_member_report: (p) => `Thiếu báo cáo chấm điểm của thành viên «${p.member}».`,
    unknown_criterion: (p) => `Tiêu chí «${p.criterion}» không có trong bảng điểm.${hint(p)}`,
    criterion_input_mismatch: (p) => `Tiêu chí «${p.criterion}» thuộc loại «${p.kind}» không nhận trường «${p.field}».`,
    missing_criterion_input: (p) => `Thành viên «${p.member}» thiếu dữ liệu hoặc điểm cho tiêu chí «${p.criterion}» (cần một trong: ${qlist(p.expected)}).`,
    missing_target: (p) => `Thành viên «${p.member}» chưa đăng ký chỉ tiêu cho tiêu chí định lượng «${p.criterion}».`,
    target_not_scorable: (p) => `Không chấm được tiêu chí «${p.criterion}» của «${p.member}»: chỉ tiêu đăng ký là ${p.target} (phải lớn hơn 0).`,
    score_above_max: (p) => `Điểm ${p.score} vượt quá điểm tối đa ${p.maximum}.`,
    group_max_mismatch: (p) => `Điểm tối đa của «${p.group}» là ${p.declared} nhưng tổng điểm tối đa của các tiêu chí con là ${p.sum}.`,
    invalid_tie_break_chain: (p) => `Thứ tự tiêu chí phụ để xếp hạng khi bằng điểm không hợp lệ: ${TIE[p.problem]!(p)}.`,
    district_cluster_abolished: (p) => `Cụm, khối thi đua cấp huyện không còn tồn tại cho năm ${p.period}: cấp huyện chấm dứt hoạt động từ ngày 01/7/2025.`,
    district_cluster_partial_year: (p) => `Năm ${p.period}: cụm, khối thi đua cấp huyện chỉ tồn tại đến hết ngày 30/6/2025; kết quả chỉ có giá trị tham khảo.`,
    unknown_period: (p) => `Cụm, khối thi đua không có dữ liệu thành viên cho năm ${p.period}.`,
  };
}

import type { Marker } from '../../model/rule-book.js';

/** Where a fact reads its value in the subject input (mirrors FactDef.input). */
export interface InputFieldRef {
  readonly fields: readonly string[];
  readonly perYear: boolean;
  /** `history` (a field of the year record) or `subject` (a top-level list keyed by year). */
  readonly at?: 'history' | 'subject' | undefined;
}

/**
 * Words of the explanation layout (docs/wording.md): verdicts of boolean criteria, notes on
 * parameters, alternatives not needed, shared principles, markers and subject kinds, input fields.
 * Kept apart from the issue messages so the two can move to locale codes separately (issue 16).
 */
export interface Wording {
  /** A boolean criterion that is met / not met / has no data. */
  readonly met: string;
  readonly notMet: string;
  readonly noData: string;
  /** "fill in <field>" for an undetermined criterion. */
  fill(field: string, factLabel: string): string;
  /** The input field of a fact for the year. */
  inputField(ref: InputFieldRef, year: number): string;
  /** An alternative of a met "any" group that was not needed. */
  readonly notNeeded: string;
  /** Suffix of an "any" group whose own label does not say so. */
  readonly anyOne: string;
  /** Recognises a label that already says "one of". */
  readonly saysOneOf: RegExp;
  /** Note on a criterion changed by a parameter switch. */
  paramNote(label: string, on: boolean, effect: 'required' | 'not-required' | 'applies' | 'off'): string;
  /** A parameter named in a leaf's metadata. */
  parameter(label: string, id: string): string;
  /** A parameter without a label in the rule book. */
  readonly unnamedParameter: string;
  /** A parameter without a label, named by its id where the language says it. */
  unnamedParameterId(id: string): string;
  /** Heading of the principles shared by every award shown. */
  readonly sharedPrinciples: string;
  /** The one-line reference to a shared principle inside an award. */
  readonly seeAbove: string;
  marker(m: Marker): string;
  subjectKind(k: 'individual' | 'collective'): string;
  /** Negation of a fact label used as a requirement without its own label. */
  not(factLabel: string): string;
  /** Header line naming the overlays applied. */
  readonly overlays: string;
  /** Header line naming the overlays applied when they are of a ministry, sector or central agency. */
  readonly agencyOverlays: string;
  overlay(decision: string, date: string, signer: string, illustrative: boolean): string;
  /** Words of a rule-book diff for quotas and score-sheet operations (thidua diff). */
  readonly diffWords: {
    readonly quota: string;
    readonly sheet: string;
    /** Field names of quotas and score-sheet criteria. */
    readonly fields: Readonly<Record<string, string>>;
    /** The achievement years of a quota. */
    years(from: number | undefined, to: number | undefined): string;
    /** A score-sheet criterion kind an overlay may add. */
    readonly sheetKind: Readonly<Record<'adjustment' | 'disqualifier', string>>;
    /** A quota mode. */
    readonly mode: Readonly<Record<'cap' | 'report-only', string>>;
    /** What was changed (quota and sheet words are `quota` and `sheet`). */
    readonly kind: Readonly<Record<'award' | 'parameter' | 'rule' | 'condition', string>>;
    /** How it changed. */
    readonly change: Readonly<Record<'added' | 'removed' | 'changed', string>>;
    /** The diff without changes. */
    readonly none: string;
    /** Heads of the two rule books compared, and of each overlay applied. */
    readonly from: string;
    readonly to: string;
    readonly overlay: string;
    /** Appended to an illustrative overlay's line. */
    readonly illustrative: string;
    /** Names of the fields of awards, parameters, rules and conditions (before `fields`). */
    readonly field: Readonly<Record<'label' | 'title' | 'effective' | 'value' | 'facts' | 'params', string>>;
    /** An effective period (ISO dates) in words. */
    effective(from: string | undefined, to: string | undefined): string;
  };
}

const capital = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Vietnamese wording. */
export const WORDING_VI: Wording = {
  met: 'đạt',
  notMet: 'không đạt',
  noData: 'chưa có dữ liệu',
  fill: (field, label) => `cần điền ${field} (${label})`,
  inputField: (ref, year) =>
    ref.perYear ? (ref.at === 'subject' ? `${ref.fields.join(', ')}[năm ${year}]` : `history[năm ${year}].${ref.fields.join(', ')}`) : ref.fields.join(', '),
  notNeeded: 'không cần xét (đã đạt theo tiêu chí khác)',
  anyOne: 'chỉ cần đạt một',
  saysOneOf: /một trong/i,
  paramNote: (label, on, effect) =>
    `theo tham số «${label}» (đang là «${on ? 'có' : 'không'}»): ${{ required: 'tiêu chí này bắt buộc', 'not-required': 'tiêu chí này không bắt buộc', applies: 'áp dụng tiêu chí này', off: 'không áp dụng tiêu chí này' }[effect]}`,
  parameter: (label) => `tham số «${label}»`,
  unnamedParameter: 'một tham số của bộ quy tắc',
  unnamedParameterId: () => 'một tham số của bộ quy tắc',
  sharedPrinciples: 'Nguyên tắc chung, áp dụng cho mọi danh hiệu, hình thức khen thưởng dưới đây',
  seeAbove: 'xem phần nguyên tắc chung ở trên',
  marker: (m) => ({ CONFIRMED: 'đã xác nhận', PROBABLE: 'CHƯA CHẮC CHẮN', UNCONFIRMED: 'CHƯA XÁC NHẬN' })[m],
  subjectKind: (k) => ({ individual: 'cá nhân', collective: 'tập thể' })[k],
  not: (label) => `Không ${label}`,
  overlays: 'Văn bản của địa phương áp dụng',
  agencyOverlays: 'Văn bản của bộ, ngành áp dụng',
  overlay: (decision, date, signer, illustrative) => `${decision} ngày ${date.split('-').reverse().join('/')} của ${signer}${illustrative ? ' (minh họa, không phải văn bản thật)' : ''}`,
  diffWords: {
    quota: 'tỷ lệ khen thưởng',
    sheet: 'tiêu chí bảng điểm cụm, khối',
    fields: { awardId: 'danh hiệu', mode: 'cách áp dụng', maxShare: 'tỷ lệ tối đa', years: 'năm thi đua', bases: 'căn cứ tính', selection: 'thứ tự chọn', kind: 'loại', pointsPerOccurrence: 'điểm mỗi lần', min: 'thấp nhất', max: 'cao nhất' },
    years: (from, to) => (from !== undefined && to !== undefined ? `từ ${from} đến ${to}` : from !== undefined ? `từ ${from}` : to !== undefined ? `đến ${to}` : 'mọi năm'),
    sheetKind: { adjustment: 'điểm trừ', disqualifier: 'điều kiện loại' },
    mode: { cap: 'giới hạn số được xét', 'report-only': 'chỉ báo cáo tỷ lệ' },
    kind: { award: 'danh hiệu/hình thức', parameter: 'tham số', rule: 'quy tắc', condition: 'điều kiện' },
    change: { added: 'thêm', removed: 'bỏ', changed: 'sửa' },
    none: 'Không có thay đổi.',
    from: 'Từ',
    to: 'Đến',
    overlay: 'Văn bản áp dụng',
    illustrative: ' · MINH HỌA',
    field: { label: 'nhãn', title: 'tên', effective: 'hiệu lực', value: 'giá trị', facts: 'dữ kiện', params: 'tham số của dữ kiện' },
    effective: (from, to) => `${from ? `từ ${from.split('-').reverse().join('/')}` : ''}${to ? ` đến ${to.split('-').reverse().join('/')}` : ''}`,
  },
};

/** English wording. */
export const WORDING_EN: Wording = {
  met: 'met',
  notMet: 'not met',
  noData: 'no data',
  fill: (field, label) => `fill in ${field} (${label})`,
  inputField: (ref, year) =>
    ref.perYear ? (ref.at === 'subject' ? `${ref.fields.join(', ')}[year ${year}]` : `history[year ${year}].${ref.fields.join(', ')}`) : ref.fields.join(', '),
  notNeeded: 'not needed (another alternative is met)',
  anyOne: 'any one suffices',
  saysOneOf: /one of/i,
  paramNote: (label, on, effect) =>
    `by parameter "${label}" (set to ${on ? 'yes' : 'no'}): ${{ required: 'this criterion is required', 'not-required': 'this criterion is not required', applies: 'this criterion applies', off: 'this criterion does not apply' }[effect]}`,
  parameter: (label, id) => `parameter ${id} ("${label}")`,
  unnamedParameter: 'a rule-book parameter',
  unnamedParameterId: (id) => `a rule-book parameter ${id}`,
  sharedPrinciples: 'Cross-cutting principles, shared by every award below',
  seeAbove: 'see the cross-cutting principles above',
  marker: (m) => ({ CONFIRMED: 'CONFIRMED', PROBABLE: 'PROBABLE', UNCONFIRMED: 'UNCONFIRMED' })[m],
  subjectKind: (k) => ({ individual: 'individual', collective: 'collective' })[k],
  not: (label) => `Not: ${label}`,
  overlays: 'Local overlays applied',
  agencyOverlays: 'Ministry or sector overlays applied',
  overlay: (decision, date, signer, illustrative) => `${decision} of ${date}, ${signer}${illustrative ? ' (illustrative, not a real decision)' : ''}`,
  diffWords: {
    quota: 'quota',
    sheet: 'cluster score-sheet criterion',
    fields: { awardId: 'award', mode: 'mode', maxShare: 'maximum share', years: 'achievement years', bases: 'bases', selection: 'selection order', kind: 'kind', pointsPerOccurrence: 'points per occurrence', min: 'minimum', max: 'maximum' },
    years: (from, to) => (from !== undefined && to !== undefined ? `${from} to ${to}` : from !== undefined ? `from ${from}` : to !== undefined ? `until ${to}` : 'every year'),
    sheetKind: { adjustment: 'deduction', disqualifier: 'veto' },
    mode: { cap: 'caps the proposals', 'report-only': 'reports the share only' },
    kind: { award: 'award', parameter: 'parameter', rule: 'rule', condition: 'condition' },
    change: { added: 'added', removed: 'removed', changed: 'changed' },
    none: 'No changes.',
    from: 'From',
    to: 'To',
    overlay: 'Overlay',
    illustrative: ' · ILLUSTRATIVE',
    field: { label: 'label', title: 'title', effective: 'effective', value: 'value', facts: 'facts', params: 'params' },
    effective: (from, to) => `${from ? `from ${from}` : ''}${to ? ` to ${to}` : ''}`,
  },
};

/** @internal First letter upper case. */
export { capital };

import { deepFreeze } from '../../_internal/deep-freeze.js';
import type { FactGapWording } from '../../facts/fact-def.js';
import { FACTS_BY_ID } from '../../facts/frozen-facts.js';
import { OPERATORS, type OperatorWording } from '../../operators/registry.js';
import type { Issue } from '../../model/issue.js';
import { instrumentKindVi } from './_citation.js';
import { expectationVi, issueMessagesVi } from './issues-vi.js';
import type { Gap, GapContext, Locale } from './locale.js';
import { CLI_WORDS_VI } from './cli-words.js';
import { CLUSTER_VI } from './cluster.js';
import { PROVENANCE_VI } from './provenance-words.js';
import { RESULT_WORDS_VI } from './results.js';
import { WORDING_VI } from './wording.js';

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

/** Render any issue through the table (nested causes included). */
function render(i: Issue): string {
  return (ISSUES[i.code] as (p: Issue['params']) => string)(i.params);
}
const ISSUES = issueMessagesVi(render);

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

/** The sentence of each fact gap wording key (src/facts/fact-def.ts), for a count gap to increase by n. */
const FACT_GAP_VI: Readonly<Record<FactGapWording, (n: number, params: Readonly<Record<string, unknown>>, ctx: GapContext) => string>> = {
  consecutiveAwardYears: (n, params, ctx) =>
    `cần thêm ${n} năm liên tục đạt ${list(params['awardIds'], ctx.awardName, ' hoặc ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`,
  consecutiveRatingYears: (n, params, ctx) =>
    `cần thêm ${n} năm liên tục ${list(params['ratings'], (r) => RATING_VI[r] ?? r, ' hoặc ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`,
  awardCountInWindow: (n, params, ctx) =>
    `cần thêm ${n} lần đạt ${list(params['awardIds'], ctx.awardName, ' hoặc ')}`,
  initiativeCount: (n, params, ctx) =>
    `thiếu ${n} ${list(params['kinds'], (k) => KIND_VI[k] ?? k, ' hoặc ')} được công nhận ${SCOPE_VI[String(params['minScope'])] ?? ''}`.trimEnd(),
  initiativeCountAfterAward: (n, params, ctx) =>
    `thiếu ${n} ${list(params['kinds'], (k) => KIND_VI[k] ?? k, ' hoặc ')} được công nhận ${SCOPE_VI[String(params['minScope'])] ?? ''} trong thời gian kể từ sau năm được tặng ${list(params['awardIds'], ctx.awardName, ' hoặc ')}`.replace('  ', ' '),
  consecutiveCycleCount: (n, params, ctx) =>
    `cần thêm ${n} lần đạt ${list(params['awardIds'], ctx.awardName, ' hoặc ')} ở chu kỳ liền kề, với ${list(params['baseAwardIds'], ctx.awardName, ' hoặc ')} không gián đoạn${n === 1 ? ` (sớm nhất năm ${ctx.year + Number(params['cycleLength'] ?? 3)})` : ''}`,
  openingAwardCount: (n, params, ctx) =>
    `cần được tặng ${list(params['awardIds'], ctx.awardName, ' hoặc ')} sau lần được tặng ${list(params['resetBy'], ctx.awardName, ' hoặc ')} gần nhất`,
  windowYearsAfterAward: (n, params, ctx) =>
    `cần thêm ${n} năm liên tục ${list(params['ratings'], (r) => RATING_VI[r] ?? r, ' hoặc ')} sau năm được tặng ${list(params['awardIds'], ctx.awardName, ' hoặc ')}${n <= 10 ? ` (${nextYears(ctx.year, n)})` : ''}`,
  awardCountAfterAward: (n, params, ctx) =>
    `cần thêm ${n} lần đạt ${list(params['countAwardIds'], ctx.awardName, ' hoặc ')} trong thời gian kể từ sau năm được tặng ${list(params['awardIds'], ctx.awardName, ' hoặc ')}`,
  councilApprovalShare: (n, params, ctx) =>
    `thiếu ${n} phiếu đồng ý của Hội đồng Thi đua – Khen thưởng`,
  advancedMemberShare: (n, params, ctx) =>
    `cần thêm ${n} thành viên đạt Lao động tiên tiến hoặc Chiến sĩ tiên tiến`,
  completedMemberShare: (n, params, ctx) =>
    `cần thêm ${n} thành viên hoàn thành nhiệm vụ`,
};

function factGap(fact: string, params: Readonly<Record<string, unknown>>, g: Gap, ctx: GapContext): string | undefined {
  if (g.kind !== 'count' || g.direction !== 'increase') return undefined;
  const key = FACTS_BY_ID.get(fact)?.wording?.gap;
  return key === undefined ? undefined : FACT_GAP_VI[key](Number(g.amount), params, ctx);
}

/** The phrase of each operator wording key (src/operators/registry.ts), around the expected value in words. */
const OPERATOR_WORDS_VI: Readonly<Record<OperatorWording, (expected: string) => string>> = {
  equal: (expected) => `bằng ${expected}`,
  notEqual: (expected) => `khác ${expected}`,
  in: (expected) => `${expected}`,
  notIn: (expected) => `không phải ${expected}`,
  atLeast: (expected) => `≥ ${expected}`,
  greaterThan: (expected) => `> ${expected}`,
  atMost: (expected) => `≤ ${expected}`,
  lessThan: (expected) => `< ${expected}`,
  equalTo: (expected) => `= ${expected}`,
};

/** Vietnamese (default locale). */
export const vi: Locale = deepFreeze<Locale>({
  lang: 'vi',
  textKey: 'vi',
  quote: (text) => `«${text}»`,
  date: (iso) => iso.split('-').reverse().join('/'),
  instrumentKind: instrumentKindVi,
  issue: render,
  issues: ISSUES,
  expectation: expectationVi,
  verdict: (v) => ({ eligible: 'Đủ điều kiện', ineligible: 'Không đủ điều kiện', undetermined: 'Chưa xác định được', 'not-applicable': 'Không áp dụng' })[v],
  status: (st) => ({ pass: 'đạt', fail: 'không đạt', missing_fact: 'thiếu dữ liệu' })[st],
  notApplicable: (r) =>
    ({
      'no-rule-in-force': 'chế độ pháp lý áp dụng không có tiêu chuẩn cho danh hiệu/hình thức này',
      'subject-kind-mismatch': 'danh hiệu/hình thức này không dành cho loại đối tượng này',
    })[r],
  operator: (op, expected) => {
    const key = OPERATORS.get(op)?.wording;
    return key === undefined ? `${op} ${expected}` : OPERATOR_WORDS_VI[key](expected);
  },
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
  results: RESULT_WORDS_VI,
  cluster: CLUSTER_VI,
  cli: CLI_WORDS_VI,
  provenance: PROVENANCE_VI,
  words: {
    at: 'tại',
    root: '(gốc)',
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
    or: ' hoặc ',
  },
});

import type { BonusUndeterminedReason } from '../../evaluate/bonus-for.js';

const dmy = (iso: string): string => iso.split('-').reverse().join('/');

/** Words of the nextAwards and bonusFor renderers (docs/wording.md). */
export interface ResultWords {
  readonly subject: string;
  readonly year: string;
  readonly regime: string;
  readonly horizon: (n: number) => string;
  readonly earliest: string;
  readonly unknown: string;
  readonly missing: string;
  readonly noMissing: string;
  readonly noAward: string;
  readonly nextReason: (r: 'no-rule-in-force' | 'not-projectable') => string;
  /** "needs Advanced Worker in 2026, 2027" / "needs rating good in 2026". */
  readonly needs: (what: string, years: readonly number[]) => string;
  readonly noData: string;
  readonly amount: string;
  readonly undetermined: string;
  readonly bonusReason: (r: BonusUndeterminedReason) => string;
  readonly multiplier: string;
  readonly timesBase: string;
  readonly derivedFrom: (factor: string, subject: string) => string;
  readonly base: string;
  /** The period a base salary is in force (ISO dates). */
  inForce(from: string, to: string | undefined): string;
  readonly question: string;
  readonly decisionDate: string;
  readonly currency: string;
  readonly household: string;
  readonly thousands: string;
  /** Summary of `thidua validate`. */
  readonly validated: (regimes: number, rules: number, passed: number, failed: number) => string;
}

/** Vietnamese. */
export const RESULT_WORDS_VI: ResultWords = {
  subject: 'Đối tượng',
  year: 'Năm thành tích',
  regime: 'Chế độ pháp lý',
  horizon: (n) => `xét trong ${n} năm tới`,
  earliest: 'năm sớm nhất có thể đạt',
  unknown: 'chưa xác định được',
  missing: 'Còn thiếu',
  noMissing: 'không thiếu tiêu chí nào',
  noAward: 'Không có danh hiệu, hình thức khen thưởng nào để hướng tới.',
  nextReason: (r) => (r === 'no-rule-in-force' ? 'chưa có tiêu chuẩn có hiệu lực' : 'không dự tính được (tiêu chí phụ thuộc dữ liệu khai báo)'),
  needs: (what, years) => `cần đạt ${what} ${years.length === 1 ? `năm ${years[0]}` : `các năm ${years.join(', ')}`}`,
  noData: 'chưa có dữ liệu',
  amount: 'Số tiền thưởng',
  undetermined: 'Chưa xác định được số tiền',
  bonusReason: (r) =>
    ({ 'multiplier-unconfirmed': 'hệ số chưa được xác nhận', 'amounts-not-available': 'chưa có mức thưởng của chế độ pháp lý này', 'no-entry': 'không có mức thưởng cho hình thức và đối tượng này' })[r],
  multiplier: 'Hệ số',
  timesBase: 'lần mức lương cơ sở',
  derivedFrom: (factor, subject) => `bằng ${factor} lần mức thưởng của ${subject}`,
  base: 'Mức lương cơ sở',
  inForce: (from, to) => `áp dụng từ ${dmy(from)}${to ? ` đến ${dmy(to)}` : ''}`,
  question: 'Câu hỏi mở',
  decisionDate: 'ngày quyết định',
  currency: 'đồng',
  household: 'hộ gia đình',
  thousands: '.',
  validated: (regimes, rules, passed, failed) => `chế độ pháp lý: ${regimes}, quy tắc: ${rules}\ntrường hợp kiểm thử: ${passed} đạt, ${failed} không đạt`,
};

/** English. */
export const RESULT_WORDS_EN: ResultWords = {
  subject: 'Subject',
  year: 'Achievement year',
  regime: 'Regime',
  horizon: (n) => `looking ${n} years ahead`,
  earliest: 'earliest year it could qualify',
  unknown: 'unknown',
  missing: 'Missing',
  noMissing: 'nothing missing',
  noAward: 'No award to aim at.',
  nextReason: (r) => (r === 'no-rule-in-force' ? 'no standard in force' : 'not projectable (the criterion depends on asserted data)'),
  needs: (what, years) => `needs ${what} in ${years.join(', ')}`,
  noData: 'no data',
  amount: 'Bonus amount',
  undetermined: 'Amount undetermined',
  bonusReason: (r) =>
    ({ 'multiplier-unconfirmed': 'the multiplier is not confirmed', 'amounts-not-available': 'the amounts of this regime are not available', 'no-entry': 'no amount for this award and subject' })[r],
  multiplier: 'Multiplier',
  timesBase: '× the base salary',
  derivedFrom: (factor, subject) => `${factor} × the amount for ${subject}`,
  base: 'Base salary',
  inForce: (from, to) => `in force from ${from}${to ? ` to ${to}` : ''}`,
  question: 'Open question',
  decisionDate: 'decision date',
  currency: 'VND',
  household: 'household',
  thousands: ',',
  validated: (regimes, rules, passed, failed) => `regimes: ${regimes}, rules: ${rules}\ncases: ${passed} passed, ${failed} failed`,
};

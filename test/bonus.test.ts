import { describe, expect, test } from 'vitest';
import { bonusFor, issueMessage, issueMessages, loadRuleBook, type BonusResult } from '../src/index.js';
import { deepFreeze, editableRuleFiles, nationalBook } from './support/factories.js';

const book = nationalBook();
function amount(awardId: string, date: string, subjectKind: 'individual' | 'collective' | 'household', regime?: string): BonusResult {
  const r = bonusFor(book, awardId, { date, subjectKind, ...(regime ? { regime } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('bonusFor: case bonus-base-2024 (cases.md §6, 2,340,000 VND from 2024-07-01)', () => {
  test.each([
    ['chien-si-thi-dua-toan-quoc', 'individual', '4.5', '10530000'],
    ['chien-si-thi-dua-tinh', 'individual', '3.0', '7020000'],
    ['chien-si-thi-dua-co-so', 'individual', '1.0', '2340000'],
    ['lao-dong-tien-tien', 'individual', '0.3', '702000'],
    ['chien-si-tien-tien', 'individual', '0.3', '702000'],
    ['tap-the-lao-dong-xuat-sac', 'collective', '1.5', '3510000'],
    ['don-vi-quyet-thang', 'collective', '1.5', '3510000'],
    ['tap-the-lao-dong-tien-tien', 'collective', '0.8', '1872000'],
    ['don-vi-tien-tien', 'collective', '0.8', '1872000'],
    ['xa-phuong-tieu-bieu', 'collective', '2.0', '4680000'],
    ['thon-to-dan-pho-van-hoa', 'collective', '1.5', '3510000'],
    ['co-thi-dua-cua-chinh-phu', 'collective', '12.0', '28080000'],
    ['co-thi-dua-tinh', 'collective', '8.0', '18720000'],
    ['co-thi-dua-quan-khu-dhqg', 'collective', '6.0', '14040000'],
  ] as const)('%s (%s): %s × 2,340,000 = %s VND, on 2024-07-01 (Decree 98) and on 2025-07-01 (Decree 152)', (award, subject, multiplier, expected) => {
    const nd98 = amount(award, '2024-07-01', subject);
    expect(nd98).toMatchObject({ status: 'determined', amount: expected, multiplier, baseSalary: '2340000', currency: 'VND', regime: { id: 'vn-tdkt-2022-nd98', resolvedBy: 'date' } });
    expect(nd98.multiplierCitation).toEqual({ document: '98/2023/NĐ-CP', article: '54' });
    expect(nd98.baseSalaryCitation).toEqual({ document: '73/2024/NĐ-CP', article: '3', clause: '2' });
    const nd152 = amount(award, '2025-07-01', subject);
    expect(nd152).toMatchObject({ status: 'determined', amount: expected, multiplier, regime: { id: 'vn-tdkt-2022-nd152' } });
    expect(nd152.multiplierCitation).toEqual({ document: '152/2025/NĐ-CP', article: '50' });
  });

  test.each([
    ['bang-khen-thu-tuong', '7.0', '16380000'],
    ['bang-khen-tinh', '3.0', '7020000'],
    ['giay-khen', '0.6', '1404000'],
  ] as const)('%s (collective): %s × 2,340,000 = %s VND under Decree 152 Art. 54', (award, multiplier, expected) => {
    const r = amount(award, '2025-07-01', 'collective');
    expect(r).toMatchObject({ status: 'determined', amount: expected, multiplier, marker: 'CONFIRMED', multiplierCitation: { document: '152/2025/NĐ-CP', article: '54' } });
  });

  test('marks a title value the spec cites only from Decree 152 as PROBABLE under Decree 98', () => {
    expect(amount('xa-phuong-tieu-bieu', '2024-07-01', 'collective').marker).toBe('PROBABLE');
    expect(amount('xa-phuong-tieu-bieu', '2025-07-01', 'collective').marker).toBe('CONFIRMED');
  });
});

describe('bonusFor: undetermined amounts', () => {
  test.each(['bang-khen-thu-tuong', 'bang-khen-tinh', 'giay-khen'])('the individual %s multiplier is UNCONFIRMED (OQ-39)', (award) => {
    const r = amount(award, '2025-07-01', 'individual');
    expect(r).toMatchObject({ status: 'undetermined', reason: 'multiplier-unconfirmed', question: 'OQ-39', amount: null, multiplier: null, marker: 'UNCONFIRMED', baseSalary: '2340000' });
    expect(r.note?.en).toContain('unconfirmed');
  });

  test.each(['bang-khen-tinh', 'giay-khen'])('the household %s amount (1.5 × individual) is undetermined for the same reason', (award) => {
    expect(amount(award, '2025-07-01', 'household')).toMatchObject({ status: 'undetermined', reason: 'multiplier-unconfirmed', question: 'OQ-39', derivedFrom: { subject: 'individual', factor: '1.5' } });
  });

  test('the Decree 98 certificate multipliers are not available', () => {
    expect(amount('bang-khen-thu-tuong', '2025-06-30', 'collective')).toMatchObject({ status: 'undetermined', reason: 'multiplier-unconfirmed', regime: { id: 'vn-tdkt-2022-nd98' } });
  });

  test('the Cultural Family amount is not stated', () => {
    expect(amount('gia-dinh-van-hoa', '2025-07-01', 'collective')).toMatchObject({ status: 'undetermined', reason: 'multiplier-unconfirmed' });
  });

  test('the old regime (2023 flags decided in 2024, by override) has no amounts', () => {
    const r = amount('co-thi-dua-cua-chinh-phu', '2024-10-14', 'collective', 'vn-tdkt-2003');
    expect(r).toMatchObject({ status: 'undetermined', reason: 'amounts-not-available', regime: { id: 'vn-tdkt-2003', resolvedBy: 'override' }, multiplierCitation: null });
    expect(r.note?.vi).toContain('Nghị định 91/2017/NĐ-CP');
  });

  test('computes a household amount as 1.5 × the individual amount once the individual multiplier is known', () => {
    const files = editableRuleFiles();
    const f = files['national/vn-tdkt-2022-nd152/bonuses.json'] as { entries: { awardId: string; subject: string; multiplier: string | null }[] };
    f.entries.find((e) => e.awardId === 'giay-khen' && e.subject === 'individual')!.multiplier = '0.15';
    const b = loadRuleBook(files);
    if (!b.ok) throw new Error(JSON.stringify(b.issues));
    const r = bonusFor(b.value, 'giay-khen', { date: '2025-07-01', subjectKind: 'household' });
    expect(r.ok && r.value).toMatchObject({ status: 'determined', multiplier: '0.225', amount: '526500', marker: 'UNCONFIRMED' });
  });
});

describe('bonusFor: base salary rows from 2018 (titles.md §12, OQ-38)', () => {
  // Each row starts on its own date and ends the day before the next one (Decrees 72/2018, 38/2019,
  // 24/2023: PROBABLE; Decree 73/2024 Art. 3.2: CONFIRMED). CSTĐCS: multiplier 1.0 (D98 Art. 54).
  test.each([
    ['2018-07-01', 'vn-tdkt-2003', '1390000', '72/2018/NĐ-CP', 'PROBABLE', { from: '2018-07-01', to: '2019-06-30' }],
    ['2019-06-30', 'vn-tdkt-2003', '1390000', '72/2018/NĐ-CP', 'PROBABLE', { from: '2018-07-01', to: '2019-06-30' }],
    ['2019-07-01', 'vn-tdkt-2003', '1490000', '38/2019/NĐ-CP', 'PROBABLE', { from: '2019-07-01', to: '2023-06-30' }],
    ['2023-06-30', 'vn-tdkt-2003', '1490000', '38/2019/NĐ-CP', 'PROBABLE', { from: '2019-07-01', to: '2023-06-30' }],
    ['2023-07-01', 'vn-tdkt-2003', '1800000', '24/2023/NĐ-CP', 'PROBABLE', { from: '2023-07-01', to: '2024-06-30' }],
    ['2024-06-30', 'vn-tdkt-2022-nd98', '1800000', '24/2023/NĐ-CP', 'PROBABLE', { from: '2023-07-01', to: '2024-06-30' }],
    ['2024-07-01', 'vn-tdkt-2022-nd98', '2340000', '73/2024/NĐ-CP', 'CONFIRMED', { from: '2024-07-01' }],
  ] as const)('a decision dated %s (%s) uses %s VND of Decree %s, marked %s', (date, regime, base, document, marker, effective) => {
    const r = amount('chien-si-thi-dua-co-so', date, 'individual');
    expect(r).toMatchObject({ baseSalary: base, baseSalaryMarker: marker, baseSalaryCitation: { document, article: '3', clause: '2' }, regime: { id: regime, resolvedBy: 'date' } });
    expect(r.baseSalaryEffective).toEqual(effective);
    if (regime === 'vn-tdkt-2003') {
      // Decree 91/2017: the base salary is found, the amounts are still not available.
      expect(r).toMatchObject({ status: 'undetermined', reason: 'amounts-not-available', amount: null, marker: 'UNCONFIRMED' });
    } else {
      expect(r).toMatchObject({ status: 'determined', amount: base, multiplier: '1.0', marker });
    }
  });

  test('D98 Art. 54 × Decree 24/2023: CSTĐTQ decided on 2024-03-15 is 4.5 × 1,800,000 = 8,100,000 VND, PROBABLE', () => {
    const r = amount('chien-si-thi-dua-toan-quoc', '2024-03-15', 'individual');
    expect(r).toMatchObject({ status: 'determined', regime: { id: 'vn-tdkt-2022-nd98' }, multiplier: '4.5', baseSalary: '1800000', amount: '8100000', marker: 'PROBABLE', baseSalaryMarker: 'PROBABLE' });
  });

  test.each([
    ['chien-si-thi-dua-tinh', 'individual', '3.0', '5400000'],
    ['lao-dong-tien-tien', 'individual', '0.3', '540000'],
    ['tap-the-lao-dong-tien-tien', 'collective', '0.8', '1440000'],
    ['co-thi-dua-cua-chinh-phu', 'collective', '12.0', '21600000'],
  ] as const)('D98 Art. 54: %s (%s) decided on 2024-01-01 is %s × 1,800,000 = %s VND (exact), PROBABLE', (award, subject, multiplier, expected) => {
    const r = amount(award, '2024-01-01', subject);
    expect(r).toMatchObject({ status: 'determined', multiplier, amount: expected, marker: 'PROBABLE' });
  });

  test('the Decree 98 certificate and Giấy khen collective multipliers stay undetermined at the 2024 base salary (cases.md §6)', () => {
    for (const award of ['bang-khen-thu-tuong', 'bang-khen-tinh', 'giay-khen']) {
      expect(amount(award, '2024-03-15', 'collective')).toMatchObject({ status: 'undetermined', reason: 'multiplier-unconfirmed', baseSalary: '1800000', baseSalaryMarker: 'PROBABLE', marker: 'UNCONFIRMED' });
    }
  });

  test('a Decree 91 decision dated 2020-03-14 finds the base salary and reports the amounts as not available', () => {
    const r = amount('co-thi-dua-cua-chinh-phu', '2020-03-14', 'collective');
    expect(r).toMatchObject({ status: 'undetermined', reason: 'amounts-not-available', regime: { id: 'vn-tdkt-2003' }, baseSalary: '1490000' });
  });
});

describe('bonusFor: typed issues', () => {
  test.each(['2018-06-30', '2010-01-01'])('no base salary on %s, before the first row (OQ-38)', (date) => {
    const r = bonusFor(book, 'chien-si-thi-dua-co-so', { date, subjectKind: 'individual' });
    expect(!r.ok && r.issues).toEqual([
      {
        code: 'no_base_salary',
        path: ['options', 'date'],
        params: { date },
      },
    ]);
    expect(!r.ok && issueMessages(r.issues[0])).toEqual({ vi: `Chưa có mức lương cơ sở áp dụng cho ngày ${date.split('-').reverse().join('/')}; không tính được số tiền.`, en: `No base salary is configured for ${date}; no amount can be computed.` });
  });

  test('unknown award, bad date and bad subject kind are reported together', () => {
    const r = bonusFor(book, 'co-thi-dua-chinh-phu', { date: '2025-02-30', subjectKind: 'family' as never });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_award', 'awardId'],
      ['invalid_option', 'options.date'],
      ['invalid_option', 'options.subjectKind'],
    ]);
  });

  test('a subject kind the award is not for', () => {
    const r = bonusFor(book, 'co-thi-dua-tinh', { date: '2025-07-01', subjectKind: 'individual' });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'subject_kind_mismatch', path: ['options', 'subjectKind'] });
    const h = bonusFor(book, 'chien-si-thi-dua-co-so', { date: '2025-07-01', subjectKind: 'household' });
    expect(!h.ok && h.issues[0]!.code).toBe('subject_kind_mismatch');
  });

  test('an unknown regime override', () => {
    const r = bonusFor(book, 'co-thi-dua-tinh', { date: '2025-07-01', subjectKind: 'collective', regime: 'vn-tdkt-2030' });
    expect(!r.ok && r.issues[0]!.code).toBe('unknown_regime');
  });

  test('does not mutate frozen inputs and returns frozen data', () => {
    const frozen = deepFreeze(nationalBook());
    const opts = deepFreeze({ date: '2025-07-01', subjectKind: 'collective' as const });
    const r = bonusFor(frozen, 'co-thi-dua-cua-chinh-phu', opts);
    expect(r.ok && r.value.amount).toBe('28080000');
    expect(r.ok && Object.isFrozen(r.value)).toBe(true);
  });
});

describe('bonus files at load time', () => {
  test('reject overlapping base-salary periods and a non-positive amount', () => {
    const files = editableRuleFiles();
    const f = files['national/base-salary.json'] as { values: Record<string, unknown>[] };
    f.values.push({ effective: { from: '2025-01-01', to: '2025-12-31' }, amount: '0', citation: { document: 'x', article: '1' }, marker: 'UNCONFIRMED' });
    const r = loadRuleBook(files);
    expect(!r.ok && r.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'invalid_value national/base-salary.json.values.4.amount',
      'overlapping_effective_periods national/base-salary.json.values.4.effective',
    ]);
  });

  test('reject a gap between base-salary rows and an open-ended row before a later one', () => {
    const files = editableRuleFiles();
    const f = files['national/base-salary.json'] as { values: { effective: { from: string; to?: string } }[] };
    f.values[1]!.effective.to = '2023-06-29';
    const gap = loadRuleBook(files);
    expect(!gap.ok && gap.issues.map((i) => `${i.code} ${i.path.join('.')} ${issueMessage(i, 'en')}`)).toEqual([
      'invalid_value national/base-salary.json.values.1.effective.to Invalid value "2023-06-29"; expected 2023-06-30 (the day before values[2] starts: no gap between rows).',
    ]);
    const g = editableRuleFiles();
    const v = (g['national/base-salary.json'] as { values: { effective: { from: string; to?: string } }[] }).values;
    delete v[0]!.effective.to;
    const open = loadRuleBook(g);
    expect(!open.ok && open.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'overlapping_effective_periods national/base-salary.json.values.1.effective',
      'overlapping_effective_periods national/base-salary.json.values.2.effective',
      'overlapping_effective_periods national/base-salary.json.values.3.effective',
    ]);
  });

  test('the shipped base-salary rows are contiguous from 2018-07-01 and each carries its own marker and citation', () => {
    expect(book.baseSalary!.map((e) => [e.effective.from, e.effective.to ?? null, e.amount, e.marker, e.citation.document])).toEqual([
      ['2018-07-01', '2019-06-30', '1390000', 'PROBABLE', '72/2018/NĐ-CP'],
      ['2019-07-01', '2023-06-30', '1490000', 'PROBABLE', '38/2019/NĐ-CP'],
      ['2023-07-01', '2024-06-30', '1800000', 'PROBABLE', '24/2023/NĐ-CP'],
      ['2024-07-01', null, '2340000', 'CONFIRMED', '73/2024/NĐ-CP'],
    ]);
  });

  test('reject an undocumented null multiplier, a duplicate entry, a derived entry with a multiplier and an unknown award', () => {
    const files = editableRuleFiles();
    const f = files['national/vn-tdkt-2022-nd152/bonuses.json'] as { entries: Record<string, unknown>[] };
    const cit = { document: '152/2025/NĐ-CP', article: '54' };
    f.entries.push({ awardId: 'giay-khen', subject: 'collective', multiplier: '0.6', citation: cit, marker: 'CONFIRMED' });
    f.entries.push({ awardId: 'huan-chuong-lao-dong', subject: 'individual', multiplier: null, citation: cit, marker: 'UNCONFIRMED' });
    f.entries.push({ awardId: 'bang-khen-thu-tuong', subject: 'household', multiplier: '1.0', derivedFrom: { subject: 'individual', factor: '1.5' }, citation: cit, marker: 'UNCONFIRMED' });
    const r = loadRuleBook(files);
    expect(!r.ok && r.issues.map((i) => `${i.code} ${i.path.slice(1).join('.')}`)).toEqual([
      'duplicate_id entries.23.subject',
      'unknown_award entries.24.awardId',
      'missing_field entries.24.question',
      'invalid_value entries.25.multiplier',
    ]);
  });
});

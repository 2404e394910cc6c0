import { describe, expect, test } from 'vitest';
import { checkCouncilVote, issueMessages } from '../src/index.js';
import { deepFreeze, nationalBook } from './support/factories.js';

const book = nationalBook();
const vote = (awardId: string, year: number, members: number, approvals: number, regime?: string) =>
  checkCouncilVote(book, { awardId, year, members, approvals, ...(regime ? { regime } : {}) });

describe('checkCouncilVote', () => {
  test('CSTĐCS needs 80 % of all members (D98 Art. 30.7): 8 of 10 passes, 7 of 10 fails', () => {
    const pass = vote('chien-si-thi-dua-co-so', 2024, 10, 8);
    expect(pass.ok && pass.value).toMatchObject({
      verdict: 'passed',
      regime: 'vn-tdkt-2022-nd98',
      threshold: '0.8',
      operator: 'decimalGte',
      requiredApprovals: 8,
      ruleId: 'chien-si-thi-dua-co-so-nd98',
      parameter: { id: 'ballot.cstdcsMinShare', marker: 'CONFIRMED' },
      citation: { document: '98/2023/NĐ-CP', article: '30', clause: '7' },
    });
    const failed = vote('chien-si-thi-dua-co-so', 2024, 10, 7);
    expect(failed.ok && failed.value.verdict).toBe('failed');
  });

  test('exact integers: 8.8 approvals of 11 members are not enough, 9 are (10·9 ≥ 8·11)', () => {
    const r8 = vote('chien-si-thi-dua-co-so', 2024, 11, 8);
    const r9 = vote('chien-si-thi-dua-co-so', 2024, 11, 9);
    expect(r8.ok && [r8.value.verdict, r8.value.requiredApprovals]).toEqual(['failed', 9]);
    expect(r9.ok && r9.value.verdict).toBe('passed');
  });

  test('CSTĐ tỉnh needs 90 %: 9 of 10 passes, 8 of 10 fails; 27 of 30 passes, 26 fails', () => {
    expect(vote('chien-si-thi-dua-tinh', 2024, 10, 9).ok && (vote('chien-si-thi-dua-tinh', 2024, 10, 9) as { value: { verdict: string } }).value.verdict).toBe('passed');
    const r = vote('chien-si-thi-dua-tinh', 2024, 10, 8);
    expect(r.ok && [r.value.verdict, r.value.threshold, r.value.requiredApprovals]).toEqual(['failed', '0.9', 9]);
    const a = vote('chien-si-thi-dua-tinh', 2024, 30, 27);
    const b = vote('chien-si-thi-dua-tinh', 2024, 30, 26);
    expect(a.ok && b.ok && [a.value.verdict, b.value.verdict]).toEqual(['passed', 'failed']);
  });

  test('under Decree 152 the carried-forward threshold names its open question (OQ-63, which refines OQ-10)', () => {
    const r = vote('chien-si-thi-dua-co-so', 2025, 10, 8);
    expect(r.ok && r.value).toMatchObject({ regime: 'vn-tdkt-2022-nd152', verdict: 'passed', parameter: { id: 'ballot.cstdcsMinShare', question: 'OQ-63' } });
  });

  test('the old regime applies D91 Art. 45.8 (90 %) to CSTĐ tỉnh', () => {
    const r = vote('chien-si-thi-dua-tinh', 2020, 20, 17);
    expect(r.ok && r.value).toMatchObject({ regime: 'vn-tdkt-2003', verdict: 'failed', threshold: '0.9', requiredApprovals: 18, citation: { document: '91/2017/NĐ-CP', article: '45', clause: '8' } });
  });

  test('flags need 80 % and CSTĐTQ 90 % under the 2022 regimes (D98 Art. 30.7)', () => {
    const at = (a: string, approvals: number) => {
      const r = vote(a, 2024, 10, approvals);
      return r.ok ? [r.value.verdict, r.value.threshold] : r.issues[0]!.code;
    };
    expect([at('co-thi-dua-cua-chinh-phu', 8), at('co-thi-dua-cua-chinh-phu', 7), at('co-thi-dua-tinh', 8)]).toEqual([['passed', '0.8'], ['failed', '0.8'], ['passed', '0.8']]);
    expect([at('chien-si-thi-dua-toan-quoc', 9), at('chien-si-thi-dua-toan-quoc', 8)]).toEqual([['passed', '0.9'], ['failed', '0.9']]);
  });

  test('an award whose rule has no ballot criterion gives no-threshold', () => {
    const r = vote('lao-dong-tien-tien', 2024, 10, 3);
    expect(r.ok && r.value).toEqual({
      awardId: 'lao-dong-tien-tien', year: 2024, regime: 'vn-tdkt-2022-nd98', members: 10, approvals: 3,
      verdict: 'no-threshold', threshold: null, operator: null, requiredApprovals: null, ruleId: null, citation: null, marker: null,
    });
  });

  test('approvals above the number of members is a typed issue', () => {
    const r = vote('chien-si-thi-dua-co-so', 2024, 10, 11);
    expect(!r.ok && r.issues).toEqual([
      {
        code: 'approvals_exceed_members',
        path: ['input', 'approvals'],
        params: { approvals: 11, members: 10 },
      },
    ]);
    expect(!r.ok && issueMessages(r.issues[0])).toEqual({ vi: 'Số phiếu đồng ý (11) lớn hơn tổng số thành viên Hội đồng (10).', en: 'Approvals (11) exceed the number of council members (10).' });
  });

  test('unknown award, bad year, zero members and fractional approvals are reported together', () => {
    const r = checkCouncilVote(book, { awardId: 'anh-hung', year: 1900, members: 0, approvals: 2.5 });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_option', 'input.approvals'],
      ['unknown_award', 'input.awardId'],
      ['invalid_option', 'input.members'],
      ['invalid_option', 'input.year'],
    ]);
  });

  test('reads frozen input and returns frozen data', () => {
    const input = deepFreeze({ awardId: 'chien-si-thi-dua-co-so', year: 2024, members: 15, approvals: 12 });
    const r = checkCouncilVote(deepFreeze(nationalBook()), input);
    expect(r.ok && [r.value.verdict, r.value.requiredApprovals, Object.isFrozen(r.value)]).toEqual(['passed', 12, true]);
  });
});

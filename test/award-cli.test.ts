import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { nationalBook, ROOT, runCli } from './support/factories.js';


describe('thidua bonus', () => {
  test('should print the exact amount with both citations', async () => {
    const r = await runCli('bonus', 'co-thi-dua-cua-chinh-phu', '--date', '2024-07-01', '--subject', 'collective');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'Cờ thi đua của Chính phủ — tập thể — ngày quyết định 01/07/2024',
        '  - Chế độ pháp lý: vn-tdkt-2022-nd98',
        '  - Số tiền thưởng: 28.080.000 đồng',
        '  - Hệ số: 12,0 lần mức lương cơ sở [Điều 54 Nghị định 98/2023/NĐ-CP]',
        '  - Mức lương cơ sở: 2.340.000 đồng, áp dụng từ 01/07/2024 [khoản 2 Điều 3 Nghị định 73/2024/NĐ-CP]',
        '',
      ].join('\n'),
    );
  });

  test('should show the base-salary row, its citation and its PROBABLE marker before 1 Jul 2024 (OQ-38)', async () => {
    const r = await runCli('bonus', 'chien-si-thi-dua-toan-quoc', '--date', '2024-03-15', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'National Emulation Fighter — individual — decision date 2024-03-15',
        '  - Regime: vn-tdkt-2022-nd98',
        '  - Bonus amount: 8,100,000 VND',
        '  - Multiplier: 4.5 × the base salary [Decree 98/2023/NĐ-CP, Art. 54]',
        '  - Base salary: 1,800,000 VND, in force from 2023-07-01 to 2024-06-30 [Decree 24/2023/NĐ-CP, Art. 3.2; PROBABLE]',
        '  - [PROBABLE]',
        '',
      ].join('\n'),
    );
    const j = await runCli('bonus', 'chien-si-thi-dua-toan-quoc', '--date', '2019-07-01', '--format', 'json');
    expect(JSON.parse(j.out).bonus).toMatchObject({ status: 'undetermined', reason: 'amounts-not-available', baseSalary: '1490000', baseSalaryMarker: 'PROBABLE', baseSalaryEffective: { from: '2019-07-01', to: '2023-06-30' }, baseSalaryCitation: { document: '38/2019/NĐ-CP' } });
  });

  test('should give JSON and the undetermined reason', async () => {
    const r = await runCli('bonus', 'bang-khen-thu-tuong', '--date', '2025-07-01', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).bonus).toMatchObject({ status: 'undetermined', reason: 'multiplier-unconfirmed', question: 'OQ-39', subjectKind: 'individual' });
  });

  test('should exit 1 on a date without base salary and 2 without --date', async () => {
    const a = await runCli('bonus', 'chien-si-thi-dua-co-so', '--date', '2018-06-30', '--lang', 'en');
    expect([a.code, a.err.trim()]).toEqual([1, 'no_base_salary at options.date: No base salary is configured for 2018-06-30; no amount can be computed.']);
    const b = await runCli('bonus', 'chien-si-thi-dua-co-so');
    expect(b.code).toBe(2);
    expect(b.err).toContain('--date');
  });
});

describe('thidua hierarchy', () => {
  test('should print Mermaid by default and JSON on request', async () => {
    const m = await runCli('hierarchy', '--regime', 'vn-tdkt-2003');
    expect(m.code).toBe(0);
    expect(m.out.split('\n')[0]).toBe('flowchart LR');
    expect(m.out).toContain('co_thi_dua_tinh -. "E14: ');
    const j = await runCli('hierarchy', '--format', 'json');
    expect(JSON.parse(j.out).hierarchy.edges).toHaveLength(37);
    const bad = await runCli('hierarchy', '--format', 'dot');
    expect(bad.code).toBe(2);
  });
});

describe('thidua next', () => {
  test('should list the next awards with the earliest year', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-next-'));
    const file = join(dir, 'a.json');
    const y = (year: number) => ({ year, taskRating: 'excellent', hasGoodConduct: true, awards: [{ awardId: 'lao-dong-tien-tien' }, { awardId: 'chien-si-thi-dua-co-so' }] });
    writeFileSync(file, JSON.stringify({ kind: 'individual', id: 'nguyen-van-a', history: [y(2024), y(2025)] }));
    const t = await runCli('next', file, '--year', '2025', '--lang', 'en');
    expect(t.code).toBe(0);
    expect(t.out).toContain('Ministry / Sector / Provincial Emulation Fighter (CSTĐ tỉnh): Not eligible; Earliest year it could qualify: 2026 (via Grassroots Emulation Fighter: 3 consecutive + a ministry/provincial-scope initiative)');
    expect(t.out).toContain('  Needs: Grassroots Emulation Fighter (in 2026); Council secret-ballot approval share — threshold of Decree 98/2023 (in 2026); 1 initiative recognised at ministry/province (in 2026)');
    // no internal ids in the text: award ids, rule ids, condition names, fact ids, hierarchy edge ids
    const book = nationalBook();
    const internal = [
      ...book.awards.map((a) => a.id),
      ...book.regimes.flatMap((r) => r.rules.map((x) => x.id)),
      ...(book.hierarchy?.edges ?? []).map((e) => e.id),
      'consecutiveAwardYears',
      'councilApprovalShare',
      'initiativeCount',
      'cstdcs-three-consecutive',
    ];
    expect(internal.filter((id) => new RegExp(`(^|[^a-z0-9-])${id}([^a-z0-9-]|$)`).test(t.out))).toEqual([]);
    const vi = await runCli('next', file, '--year', '2025');
    expect(vi.out).toContain('Chiến sĩ thi đua Bộ, ban, ngành, tỉnh (CSTĐ tỉnh): Không đủ điều kiện; Năm sớm nhất có thể đạt: 2026 (qua Chiến sĩ thi đua cơ sở: 3 lần liên tục');
    const j = await runCli('next', file, '--year', '2025', '--format', 'json');
    const award = JSON.parse(j.out).next.awards.find((a: { awardId: string }) => a.awardId === 'chien-si-thi-dua-tinh');
    expect(award.earliestYear).toBe(2026);
    expect(award.via).toEqual([expect.objectContaining({ awardId: 'chien-si-thi-dua-co-so', relation: expect.objectContaining({ en: '3 consecutive + a ministry/provincial-scope initiative' }) })]);
    expect(j.out).not.toMatch(/"e[0-9]+-[a-z0-9-]*"/);
    const noYear = await runCli('next', file);
    expect(noYear.code).toBe(2);
  });
});

describe('thidua next --horizon bounds', () => {
  test('should be a usage error (exit 2) above 50 years', async () => {
    let err = '';
    const code = await main(['next', 'examples/data/individuals.json', '--year', '2025', '--horizon', '60'], { stdout: () => undefined, stderr: (t) => (err += t), cwd: ROOT });
    expect(code).toBe(2);
    expect(err).toContain('--horizon phải là số năm nguyên từ 0 đến 50 (nhận được «60»)');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { ROOT, runCli } from './support/factories.js';


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
        '  - Mức lương cơ sở: 2.340.000 đồng [khoản 2 Điều 3 Nghị định 73/2024/NĐ-CP]',
        '',
      ].join('\n'),
    );
  });

  test('should give JSON and the undetermined reason', async () => {
    const r = await runCli('bonus', 'bang-khen-thu-tuong', '--date', '2025-07-01', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).bonus).toMatchObject({ status: 'undetermined', reason: 'multiplier-unconfirmed', question: 'OQ-39', subjectKind: 'individual' });
  });

  test('should exit 1 on a date without base salary and 2 without --date', async () => {
    const a = await runCli('bonus', 'chien-si-thi-dua-co-so', '--date', '2024-01-01', '--lang', 'en');
    expect([a.code, a.err.trim()]).toEqual([1, 'no_base_salary at options.date: No base salary is configured for 2024-01-01; no amount can be computed.']);
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
    expect(t.out).toContain('■ Ministry / Sector / Provincial Emulation Fighter — Not eligible; earliest year it could qualify: 2026');
    expect(t.out).not.toContain('e2-2022');
    const j = await runCli('next', file, '--year', '2025', '--format', 'json');
    const award = JSON.parse(j.out).next.awards.find((a: { awardId: string }) => a.awardId === 'chien-si-thi-dua-tinh');
    expect(award.earliestYear).toBe(2026);
    const noYear = await runCli('next', file);
    expect(noYear.code).toBe(2);
  });
});

describe('thidua next --horizon bounds', () => {
  test('should be a usage error (exit 2) above 50 years', async () => {
    let err = '';
    const code = await main(['next', 'examples/data/individuals.json', '--year', '2025', '--horizon', '60'], { stdout: () => undefined, stderr: (t) => (err += t), cwd: ROOT });
    expect(code).toBe(2);
    expect(err).toContain('--horizon must be a whole number of years from 0 to 50');
  });
});

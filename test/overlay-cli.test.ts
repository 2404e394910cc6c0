import { describe, expect, test } from 'vitest';
import { runCli } from './support/factories.js';


describe('thidua diff --province', () => {
  test('should print the changes as JSON with provenance', async () => {
    const r = await runCli('diff', '--province', 'hai-phong', '--format', 'json');
    expect(r.code).toBe(0);
    const { diff } = JSON.parse(r.out);
    expect(diff.changes.map((c: { change: string; address: string }) => `${c.change} ${c.address}`)).toEqual([
      'changed chien-si-thi-dua-co-so-nd152',
      'added chien-si-thi-dua-co-so-nd152-national-until-20251231',
      'changed lao-dong-tien-tien-nd152',
      'added lao-dong-tien-tien-nd152-national-until-20251231',
      'changed chien-si-thi-dua-co-so-nd152#grassroots-initiative',
      'added lao-dong-tien-tien-nd152#law-abiding',
    ]);
  });

  test('should print readable English text, the same as a --rules folder gives', async () => {
    const r = await runCli('diff', '--province', 'thanh-hoa', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('~ condition chien-si-thi-dua-tinh-nd152#provincial-initiative [vn-tdkt-2022-nd152] (changed): params: {"kinds":["initiative"],"minScope":"ministry-province","years":3} → {"kinds":["initiative"],"minScope":"ministry-province","years":2}; label: "Initiative applied effectively and replicable within the ministry/province" → "Initiative applied effectively and replicable within the ministry/province, recognised in the last 2 years" — Thanh Hóa Provincial People\'s Committee lowered the number of years counted from 3 to 2, by Decision MH-03/2026/QĐ-UBND');
    const fromDir = await runCli('diff', '--province', 'thanh-hoa', '--lang', 'en', '--rules', 'rules');
    expect(fromDir.out).toBe(r.out);
  });

  test('should report an unknown province as a typed issue (exit 1) and a missing flag as usage (exit 2)', async () => {
    const r = await runCli('diff', '--province', 'hai-phongg', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).issues.map((i: { code: string; params: unknown }) => [i.code, i.params])).toEqual([['unknown_province', { province: 'hai-phongg', suggestions: ['hai-phong'] }]]);
    expect((await runCli('diff')).code).toBe(2);
  });
});

describe('thidua evaluate --province', () => {
  test('should evaluate under the overlay and show the provenance', async () => {
    const r = await runCli('evaluate', 'examples/data/individuals.json', '--year', '2026', '--province', 'hai-phong', '--award', 'lao-dong-tien-tien');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Ủy ban nhân dân thành phố Hải Phòng bổ sung điều kiện này, theo Quyết định MH-01/2026/QĐ-UBND (minh họa)');
    const national = await runCli('evaluate', 'examples/data/individuals.json', '--year', '2026', '--award', 'lao-dong-tien-tien');
    expect(national.out).not.toContain('MH-01/2026');
  });

  test('should run the province test cases in validate', async () => {
    const r = await runCli('validate', 'rules', '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.cases.failed).toBe(0);
    expect(out.cases.passed).toBeGreaterThanOrEqual(14);
  });
});

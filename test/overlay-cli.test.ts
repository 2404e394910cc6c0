import { describe, expect, test } from 'vitest';
import { runCli } from './support/factories.js';


describe('thidua diff --province', () => {
  test('should print the changes as JSON with provenance (Bắc Ninh, 86/2025/QĐ-UBND)', async () => {
    const r = await runCli('diff', '--province', 'bac-ninh', '--format', 'json');
    expect(r.code).toBe(0);
    const { diff } = JSON.parse(r.out);
    expect(diff.changes.map((c: { change: string; address: string; provenance?: { operationId?: string } }) => `${c.change} ${c.address} ${c.provenance?.operationId ?? '-'}`)).toEqual([
      // B5: the deduction the overlay adds to the province's cluster score sheet
      'added sheet:bang-diem-cum-khoi-bac-ninh/vi-pham-so-nganh-bao-cao b5-reported-violations',
      'added param:bacNinh.councilMinAttendanceShare parameters:bacNinh.councilMinAttendanceShare',
      'changed param:coThiDuaTinh.partyOrgMinRatings b1-party-mass-org-excellent',
      'changed chien-si-thi-dua-tinh-nd152 -',
      'added chien-si-thi-dua-tinh-nd152-national-until-20251214 -',
      'changed co-thi-dua-tinh-nd152 -',
      'added co-thi-dua-tinh-nd152-national-until-20251214 -',
      'added chien-si-thi-dua-tinh-nd152#council-attendance b4-cstdt-attendance',
      'added co-thi-dua-tinh-nd152#council-attendance b4-flag-attendance',
      // B2: the thematic-movement route removed from the any-of; removed nodes cite the removal
      'removed co-thi-dua-tinh-nd152#leads-thematic-movement b2-cluster-leaders-only',
      'changed co-thi-dua-tinh-nd152#mass-org-rating b1-party-mass-org-excellent',
      'changed co-thi-dua-tinh-nd152#party-org-rating b1-party-mass-org-excellent',
      'removed co-thi-dua-tinh-nd152#route-thematic-movement b2-cluster-leaders-only',
    ]);
  });

  test('should print readable English text, the same as a --rules folder gives (Lào Cai, 14/2024/QĐ-UBND)', async () => {
    const r = await runCli('diff', '--province', 'lao-cai', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '+ condition lao-dong-tien-tien-nd152#no-administrative-sanction [vn-tdkt-2022-nd152] (added) — Lào Cai Provincial People\'s Committee added this condition, by Decision 14/2024/QĐ-UBND',
    );
    const fromDir = await runCli('diff', '--province', 'lao-cai', '--lang', 'en', '--rules', 'rules');
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
  test('should evaluate under the overlay and show the provenance (Lào Cai, 14/2024/QĐ-UBND Art. 9.1)', async () => {
    const r = await runCli('evaluate', 'examples/data/individuals.json', '--year', '2026', '--province', 'lao-cai', '--award', 'lao-dong-tien-tien');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Văn bản của địa phương áp dụng: Quyết định 14/2024/QĐ-UBND ngày 30/06/2024 của Ủy ban nhân dân tỉnh Lào Cai');
    expect(r.out).toContain('[điểm đ khoản 1 Điều 9 Quyết định 14/2024/QĐ-UBND; CHƯA CHẮC CHẮN; Ủy ban nhân dân tỉnh Lào Cai bổ sung điều kiện này, theo Quyết định 14/2024/QĐ-UBND]');
    expect(r.out).not.toContain('(minh họa)');
    const national = await runCli('evaluate', 'examples/data/individuals.json', '--year', '2026', '--award', 'lao-dong-tien-tien');
    expect(national.out).not.toContain('14/2024/QĐ-UBND');
  });

  test('should refuse a province that has no shipped overlay (the invented examples are gone), listing those that have one', async () => {
    for (const province of ['hai-phong', 'quang-ninh', 'thanh-hoa']) {
      const r = await runCli('evaluate', 'examples/data/individuals.json', '--year', '2025', '--province', province, '--format', 'json');
      expect(r.code, province).toBe(1);
      expect(JSON.parse(r.out).issues.map((i: { code: string; path: unknown; params: unknown }) => [i.code, i.path, i.params])).toEqual([
        ['province_without_overlay', ['--province'], { province, available: ['bac-ninh', 'lao-cai'] }],
      ]);
    }
    const en = await runCli('evaluate', 'examples/data/individuals.json', '--year', '2025', '--province', 'hai-phong', '--lang', 'en');
    expect([en.code, en.out]).toEqual([1, '']);
    expect(en.err).toContain('province_without_overlay at --province: Province "hai-phong" is in the province list but the package ships no overlay for it; use --overlay FILE to apply your own. Provinces with an overlay: bac-ninh, lao-cai.');
    const diff = await runCli('diff', '--province', 'thanh-hoa', '--format', 'json');
    expect(diff.code).toBe(1);
    expect(JSON.parse(diff.out).issues.map((i: { code: string }) => i.code)).toEqual(['province_without_overlay']);
  });

  test('should still apply an invented overlay given as a file (a TEST- fixture, marked illustrative)', async () => {
    const r = await runCli('evaluate', 'examples/data/individuals.json', '--year', '2026', '--overlay', 'test/fixtures/overlays/hai-phong/overlay.json', '--award', 'lao-dong-tien-tien');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Ủy ban nhân dân thành phố Hải Phòng bổ sung điều kiện này, theo Quyết định TEST-01/2026/QĐ-UBND (minh họa)');
  });

  test('should run the province test cases in validate', async () => {
    const r = await runCli('validate', 'rules', '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.cases.failed).toBe(0);
    expect(out.cases.passed).toBeGreaterThanOrEqual(14);
  });
});

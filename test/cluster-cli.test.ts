import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, runCli } from './support/factories.js';

const RRD = 'examples/data/clusters/dong-bang-song-hong-2023.json';

describe('thidua rank', () => {
  test('should print a readable Vietnamese report and exit 0', async () => {
    const r = await runCli('rank', RRD);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Cụm thi đua các tỉnh đồng bằng sông Hồng (cụm thi đua, do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức) — năm 2023');
    expect(r.out).toContain('  1. Nam Định — 98,50 điểm');
    expect(r.out).toContain('  - Cờ thi đua của Chính phủ: Nam Định (hạng 1, 98,50 điểm) — căn cứ: Điều 11 Nghị định 91/2017/NĐ-CP [UNCONFIRMED]');
    expect(r.out).toContain('Lãnh đạo cụm năm 2024: Cụm trưởng Nam Định; cụm phó Hải Dương, Ninh Bình (theo kết quả bầu;');
  });

  test('should print English with --lang en and the whole cycle as JSON with --format json', async () => {
    const en = await runCli('rank', RRD, '--lang', 'en');
    expect(en.out).toContain('  2. Hưng Yên — 83.86 points');
    const js = await runCli('rank', RRD, '--format', 'json');
    const parsed = JSON.parse(js.out) as { ok: boolean; cycle: { ranking: { entries: { member: string }[] } } };
    expect([js.code, parsed.ok, parsed.cycle.ranking.entries.map((e) => e.member).slice(0, 3)]).toEqual([0, true, ['nam-dinh', 'hung-yen', 'quang-ninh']]);
  });

  test('should exit 1 with typed issues whose paths start with the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-rank-'));
    const data = JSON.parse(readFileSync(join(ROOT, RRD), 'utf8'));
    data.cluster.years[1].deputies = ['nam-dinh'];
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(data));
    const r = await runCli('rank', file, '--format', 'json');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { issues: { code: string; path: unknown[] }[] }).issues.map((i) => [i.code, i.path.slice(1)])).toEqual([
      ['leader_is_deputy', ['cluster', 'years', 1, 'deputies', 0]],
    ]);
  });

  test('should exit 2 on usage errors', async () => {
    expect((await runCli('rank')).code).toBe(2);
    expect((await runCli('rank', RRD, '--format', 'xml')).code).toBe(2);
  });
});

describe('thidua rank --province: the province overlay\'s score-sheet operations (Bắc Ninh QĐ 86/2025, B5)', () => {
  const BN = 'examples/data/clusters/khoi-so-nganh-bac-ninh-2025.json';
  const HD = 'examples/data/clusters/khoi-huyen-hai-duong-2024.json';
  type Ranked = { ok: boolean; provinceSheet?: { status: string; added: { operation: string; criterion: string }[] }; cycle: { ranking: { entries: { rank: number; member: string; total: string }[] }; scores: { members: { member: string; criteria: { criterion: string; points: string; source: { note?: { vi: string } } }[] }[] } } };
  const ranking = (out: string) => (JSON.parse(out) as Ranked).cycle.ranking.entries.map((e) => [e.rank, e.member, e.total]);
  /** The Bắc Ninh file without the violation entries, ranked on the cluster's own sheet. */
  function withoutViolations(): string {
    const data = JSON.parse(readFileSync(join(ROOT, BN), 'utf8')) as { review: { reports: { entries: { criterion: string }[] }[] } };
    for (const r of data.review.reports) r.entries = r.entries.filter((e) => e.criterion !== 'vi-pham-so-nganh-bao-cao');
    const file = join(mkdtempSync(join(tmpdir(), 'thidua-rank-bn-')), 'khoi.json');
    writeFileSync(file, JSON.stringify(data));
    return file;
  }

  test('the reported violations are deducted before ranking: Sở Tài chính drops from first to second; the text cites the decision', async () => {
    const plain = await runCli('rank', withoutViolations(), '--format', 'json');
    expect(ranking(plain.out).slice(0, 2)).toEqual([[1, 'so-tai-chinh', '97.00'], [2, 'so-noi-vu', '95.00']]);
    const r = await runCli('rank', BN, '--province', 'bac-ninh');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Văn bản của tỉnh áp dụng cho bảng điểm: Quyết định 86/2025/QĐ-UBND ngày 03/12/2025 của Ủy ban nhân dân tỉnh Bắc Ninh — bổ sung vào bảng điểm «bang-diem-cum-khoi-bac-ninh»: điểm trừ «Vi phạm của thành viên do các sở, ngành báo cáo trước ngày 10/12» (thao tác b5-reported-violations)',
    );
    expect(r.out).toContain('  - Sở Tài chính: «Vi phạm của thành viên do các sở, ngành báo cáo trước ngày 10/12» 3 lần → -3,00 điểm');
    expect(r.out).toContain('  1. Sở Nội vụ — 95,00 điểm\n  2. Sở Tài chính — 94,00 điểm');
    expect(r.out).toContain('Cờ thi đua của Bộ, ban, ngành, tỉnh: Sở Nội vụ (hạng 1');
    const en = await runCli('rank', BN, '--province', 'bac-ninh', '--lang', 'en');
    expect(en.out).toContain("Province overlay applied to the score sheet: Decision 86/2025/QĐ-UBND of 2025-12-03, Bắc Ninh Provincial People's Committee — added to score sheet \"bang-diem-cum-khoi-bac-ninh\": deduction");
  });

  test('JSON names the overlay, its decision and the criteria added; the added criterion\'s source cites the decision', async () => {
    const r = await runCli('rank', BN, '--province', 'bac-ninh', '--format', 'json');
    const parsed = JSON.parse(r.out) as Ranked;
    expect(parsed.provinceSheet).toMatchObject({ province: 'bac-ninh', decision: { number: '86/2025/QĐ-UBND', date: '2025-12-03' }, status: 'applied', added: [{ operation: 'b5-reported-violations', criterion: 'vi-pham-so-nganh-bao-cao', kind: 'adjustment' }] });
    expect(ranking(r.out).slice(0, 2)).toEqual([[1, 'so-noi-vu', '95.00'], [2, 'so-tai-chinh', '94.00']]);
    const taiChinh = parsed.cycle.scores.members.find((m) => m.member === 'so-tai-chinh')!.criteria.find((c) => c.criterion === 'vi-pham-so-nganh-bao-cao')!;
    expect([taiChinh.points, taiChinh.source.note?.vi]).toEqual(['-3.00', expect.stringContaining('86/2025/QĐ-UBND')]);
  });

  test('without --province the Bắc Ninh file is refused: its violation entries name a criterion only the province adds', async () => {
    const r = await runCli('rank', BN, '--format', 'json');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual(Array(5).fill('unknown_criterion'));
  });

  test('a province without sheet operations, or an overlay not in force for the period, leaves the ranking unchanged and says so', async () => {
    const base = ranking((await runCli('rank', HD, '--format', 'json')).out);
    const laoCai = await runCli('rank', HD, '--province', 'lao-cai', '--format', 'json');
    expect([laoCai.code, ranking(laoCai.out), (JSON.parse(laoCai.out) as Ranked).provinceSheet?.status]).toEqual([0, base, 'no-sheet-operation']);
    const early = await runCli('rank', HD, '--province', 'bac-ninh', '--format', 'json');
    expect([early.code, ranking(early.out), (JSON.parse(early.out) as Ranked).provinceSheet?.status]).toEqual([0, base, 'not-in-force']);
    expect((await runCli('rank', HD, '--province', 'lao-cai')).out.split('\n')[0]).toBe(
      'Văn bản của tỉnh áp dụng cho bảng điểm: Quyết định 14/2024/QĐ-UBND ngày 30/06/2024 của Ủy ban nhân dân tỉnh Lào Cai — không có thao tác nào trên bảng điểm «bang-diem-minh-hoa-khoi-huyen»; bảng điểm và kết quả xếp hạng giữ nguyên',
    );
  });

  test('an unknown province is a typed issue at --province (exit 1); a malformed key is a usage error (exit 2)', async () => {
    const r = await runCli('rank', BN, '--province', 'bac-nin', '--format', 'json');
    expect([r.code, (JSON.parse(r.out) as { issues: { code: string; path: unknown[]; params: { suggestions?: string[] } }[] }).issues.map((i) => [i.code, i.path, i.params.suggestions])]).toEqual([
      1,
      [['unknown_province', ['--province'], ['bac-ninh']]],
    ]);
    const bad = await runCli('rank', BN, '--province', 'Bac Ninh');
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('--province')]);
  });
});

describe('thidua rank --agency: a ministry\'s or agency\'s overlay on a cluster score sheet', () => {
  const HD = 'examples/data/clusters/khoi-huyen-hai-duong-2024.json';
  type Ranked = { ok: boolean; provinceSheet?: unknown; agencySheet?: { agency: string; status: string; decision: { number: string }; added: { operation: string; criterion: string; kind: string }[] }; cycle: { ranking: { entries: { rank: number; member: string; total: string }[] }; scores: { members: { member: string; criteria: { criterion: string; points: string; source: { note?: { vi: string } } }[] }[] } } };
  const ranking = (out: string) => (JSON.parse(out) as Ranked).cycle.ranking.entries.map((e) => [e.rank, e.member, e.total]);
  /** An illustrative Bộ Y tế overlay that adds a deduction and a veto to the Hải Dương bloc's sheet. */
  const AGENCY_OVERLAY = {
    agency: 'bo-y-te',
    layer: 'agency',
    illustrative: true,
    marker: 'UNCONFIRMED',
    title: { vi: 'Quy định thử nghiệm của Bộ Y tế', en: 'Test regulation of the Ministry of Health' },
    decision: { number: 'TEST-01/2024/TT-BYT', date: '2024-01-15', signer: { vi: 'Bộ Y tế', en: 'Ministry of Health' } },
    basis: { document: 'TEST-01/2024/TT-BYT', article: '3', issuer: 'Bộ Y tế' },
    effective: { from: '2024-02-01' },
    appliesTo: { ruleBook: 'vn-national', versions: ['0.1.x'], regimes: ['vn-tdkt-2022-nd98'] },
    operations: [
      {
        id: 'tru-diem-bo-bao-cao',
        op: 'add',
        target: 'sheet:bang-diem-minh-hoa-khoi-huyen#cong-tac-thi-dua',
        criterion: { kind: 'adjustment', id: 'vi-pham-bo-bao-cao', title: { vi: 'Vi phạm do Bộ Y tế báo cáo', en: 'Violations reported by the ministry' }, pointsPerOccurrence: '-2', min: '-10', max: '0' },
      },
    ],
  };
  /** A copy of rules/ with the test agency overlay, and the bloc file with the violations the ministry reported. */
  async function fixture(overlay: unknown = AGENCY_OVERLAY): Promise<{ rules: string; file: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-rank-agency-'));
    const rules = join(dir, 'rules');
    cpSync(join(ROOT, 'rules'), rules, { recursive: true });
    mkdirSync(join(rules, 'agencies', 'bo-y-te'), { recursive: true });
    writeFileSync(join(rules, 'agencies', 'bo-y-te', 'overlay.json'), JSON.stringify(overlay));
    const data = JSON.parse(readFileSync(join(ROOT, HD), 'utf8')) as { review: { reports: { member: string; entries: Record<string, unknown>[] }[] } };
    const leader = ranking((await runCli('rank', HD, '--format', 'json')).out)[0]![1];
    for (const r of data.review.reports) r.entries.push({ criterion: 'vi-pham-bo-bao-cao', occurrences: r.member === leader ? 3 : 0 });
    const file = join(dir, 'khoi.json');
    writeFileSync(file, JSON.stringify(data));
    return { rules, file };
  }

  test('the agency\'s deduction is applied before ranking; JSON names it as agencySheet (provinceSheet absent)', async () => {
    const before = ranking((await runCli('rank', HD, '--format', 'json')).out);
    const { rules, file } = await fixture();
    const r = await runCli('rank', file, '--agency', 'bo-y-te', '--rules', rules, '--format', 'json');
    expect(r.code, r.out + r.err).toBe(0);
    const parsed = JSON.parse(r.out) as Ranked;
    expect(parsed.provinceSheet).toBeUndefined();
    expect(parsed.agencySheet).toMatchObject({ agency: 'bo-y-te', decision: { number: 'TEST-01/2024/TT-BYT' }, status: 'applied', added: [{ operation: 'tru-diem-bo-bao-cao', criterion: 'vi-pham-bo-bao-cao', kind: 'adjustment' }] });
    const leader = before[0]![1] as string;
    const after = ranking(r.out);
    const total = (rows: unknown[][], m: string) => Number(rows.find((e) => e[1] === m)![2]);
    expect(total(after, leader)).toBe(total(before, leader) - 6);
    const c = parsed.cycle.scores.members.find((m) => m.member === leader)!.criteria.find((x) => x.criterion === 'vi-pham-bo-bao-cao')!;
    expect([c.points, c.source.note?.vi]).toEqual(['-6.00', expect.stringContaining('TEST-01/2024/TT-BYT')]);
  });

  test('the text names the ministry\'s decision in Vietnamese and English, and each member it touched', async () => {
    const { rules, file } = await fixture();
    const vi = await runCli('rank', file, '--agency', 'bo-y-te', '--rules', rules);
    expect(vi.code).toBe(0);
    expect(vi.out.split('\n')[0]).toBe(
      'Văn bản của bộ, ngành áp dụng cho bảng điểm: Thông tư TEST-01/2024/TT-BYT ngày 15/01/2024 của Bộ Y tế (minh họa, không phải văn bản thật) — bổ sung vào bảng điểm «bang-diem-minh-hoa-khoi-huyen»: điểm trừ «Vi phạm do Bộ Y tế báo cáo» (thao tác tru-diem-bo-bao-cao)',
    );
    expect(vi.out).toContain('Áp dụng văn bản của bộ, ngành:\n  - ');
    expect(vi.out).toContain('«Vi phạm do Bộ Y tế báo cáo» 3 lần → -6,00 điểm');
    const en = await runCli('rank', file, '--agency', 'bo-y-te', '--rules', rules, '--lang', 'en');
    expect(en.out.split('\n')[0]).toMatch(/^Ministry or agency overlay applied to the score sheet: .*TEST-01\/2024\/TT-BYT.* — added to score sheet "bang-diem-minh-hoa-khoi-huyen": deduction "Violations reported by the ministry"/);
    expect(en.out).toContain('Effect of the ministry or agency overlay:');
  });

  test('a shipped agency overlay without sheet operations, or one not in force for the period, leaves the ranking unchanged and says so', async () => {
    const before = ranking((await runCli('rank', HD, '--format', 'json')).out);
    // Bộ Công Thương TT 22/2023 is in force in 2024 and has no sheet operation; the alias names it too
    for (const key of ['bo-cong-thuong', 'bct']) {
      const r = await runCli('rank', HD, '--agency', key, '--format', 'json');
      expect([r.code, ranking(r.out), (JSON.parse(r.out) as Ranked).agencySheet?.status, (JSON.parse(r.out) as Ranked).agencySheet?.agency], key).toEqual([0, before, 'no-sheet-operation', 'bo-cong-thuong']);
    }
    // the bloc's own file (no entries for the ministry's criterion, which is not added in 2024)
    const { rules } = await fixture({ ...AGENCY_OVERLAY, effective: { from: '2025-01-01' } });
    const late = await runCli('rank', HD, '--agency', 'bo-y-te', '--rules', rules, '--format', 'json');
    expect([late.code, ranking(late.out), (JSON.parse(late.out) as Ranked).agencySheet?.status]).toEqual([0, before, 'not-in-force']);
  });

  test('a loosening sheet operation is refused (overlay_loosens_sheet) at the agency\'s overlay file', async () => {
    const op = { ...AGENCY_OVERLAY.operations[0]!, criterion: { ...AGENCY_OVERLAY.operations[0]!.criterion, pointsPerOccurrence: '2', max: '10', min: '0' } };
    const { rules, file } = await fixture({ ...AGENCY_OVERLAY, operations: [op] });
    const r = await runCli('rank', file, '--agency', 'bo-y-te', '--rules', rules, '--format', 'json');
    expect([r.code, (JSON.parse(r.out) as { issues: { code: string; path: unknown[] }[] }).issues.map((i) => [i.code, i.path[0]])]).toEqual([1, [['overlay_loosens_sheet', 'agencies/bo-y-te/overlay.json']]]);
  });

  test('unknown agency → unknown_agency at --agency; registered without overlay → agency_without_overlay; malformed → usage; with --province → usage', async () => {
    const unknown = await runCli('rank', HD, '--agency', 'bo-cong-thuongg', '--format', 'json');
    expect([unknown.code, (JSON.parse(unknown.out) as { issues: { code: string; path: unknown[]; params: { suggestions?: string[] } }[] }).issues.map((i) => [i.code, i.path, i.params.suggestions])]).toEqual([
      1,
      [['unknown_agency', ['--agency'], expect.arrayContaining(['bo-cong-thuong'])]],
    ]);
    const none = await runCli('rank', HD, '--agency', 'bo-y-te', '--format', 'json');
    expect([none.code, (JSON.parse(none.out) as { issues: { code: string }[] }).issues.map((i) => i.code)]).toEqual([1, ['agency_without_overlay']]);
    const bad = await runCli('rank', HD, '--agency', 'Bo Y Te');
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('--agency')]);
    const both = await runCli('rank', HD, '--agency', 'bo-cong-thuong', '--province', 'lao-cai');
    expect(both.code).toBe(2);
  });
});

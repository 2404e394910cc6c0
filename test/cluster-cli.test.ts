import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

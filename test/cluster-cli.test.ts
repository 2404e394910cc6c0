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

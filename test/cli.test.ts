import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, RULES_DIR, runCli } from './support/factories.js';


function rulesCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-rules-'));
  cpSync(RULES_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

describe('thidua evaluate', () => {
  test('should print Vietnamese explanations with citations and exit 0', async () => {
    const r = await runCli('evaluate', 'examples/data/individuals.json');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Trần Thị Lan (tran-thi-lan) — Năm thành tích: 2025');
    expect(r.out).toContain('■ Chiến sĩ thi đua cơ sở — Đủ điều kiện');
    expect(r.out).toContain('khoản 1 Điều 24 Luật 06/2022/QH15');
    expect(r.out).toContain('7/9 (yêu cầu ≥ 0,8) — thiếu 1 phiếu đồng ý của Hội đồng Thi đua – Khen thưởng');
  });

  test('should print English with --lang en and honour --award and --year', async () => {
    const r = await runCli('evaluate', 'examples/data/individuals.json', '--lang', 'en', '--award', 'lao-dong-tien-tien', '--year', '2025');
    expect(r.code).toBe(0);
    expect(r.out).toContain('■ Advanced Worker — Eligible');
    expect(r.out).not.toContain('Grassroots Emulation Fighter');
  });

  test('should print stable JSON with --format json, sorted by subject id', async () => {
    const a = await runCli('evaluate', 'examples/data/individuals.json', '--format', 'json');
    const b = await runCli('evaluate', 'examples/data/individuals.json', '--format', 'json');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const parsed = JSON.parse(a.out);
    expect(parsed.ok).toBe(true);
    expect(parsed.reports.map((r: { subject: { id: string } }) => r.subject.id)).toEqual(['le-hoang-nam', 'nguyen-van-binh', 'tran-thi-lan']);
  });

  test('should give the same JSON bytes for an input with shuffled subjects, years and keys', async () => {
    const input = JSON.parse(readFileSync(join(ROOT, 'examples/data/individuals.json'), 'utf8'));
    input.subjects.reverse();
    for (const s of input.subjects) s.history.reverse();
    const dir = mkdtempSync(join(tmpdir(), 'thidua-in-'));
    const file = join(dir, 'shuffled.json');
    writeFileSync(file, JSON.stringify(Object.fromEntries(Object.entries(input).reverse())));
    const a = await runCli('evaluate', 'examples/data/individuals.json', '--format', 'json');
    const b = await runCli('evaluate', file, '--format', 'json');
    expect(b.out).toBe(a.out);
  });

  test.each([
    ['truncated.json', 'invalid_json'],
    ['empty.json', 'invalid_json'],
    ['not-utf8.json', 'invalid_json'],
    ['missing.json', 'file_read_error'],
  ])('should exit 1 with a typed issue for %s', async (file, code) => {
    const r = await runCli('evaluate', `test/bad-input/cli/${file}`, '--year', '2025', '--format', 'json');
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out);
    expect(parsed.ok).toBe(false);
    expect(parsed.issues[0].code).toBe(code);
    expect(parsed.issues[0].path).toEqual([`test/bad-input/cli/${file}`]);
    expect(parsed.issues[0].message.vi.length).toBeGreaterThan(0);
  });

  test('should exit 1 with every issue and its JSON path for a malformed input file, and print no verdict', async () => {
    const r = await runCli('evaluate', 'test/bad-input/cli/wrong-types.json', '--format', 'json');
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out);
    expect(parsed.reports).toBeUndefined();
    expect(parsed.issues.map((i: { code: string; path: unknown[] }) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', 'test/bad-input/cli/wrong-types.json.subjects.0.history.0.year'],
      ['too_small', 'test/bad-input/cli/wrong-types.json.subjects.1.councilVotes.0.approvals'],
      ['invalid_value', 'test/bad-input/cli/wrong-types.json.subjects.1.history.0.taskRating'],
    ]);
    const text = await runCli('evaluate', 'test/bad-input/cli/wrong-types.json');
    expect(text.code).toBe(1);
    expect(text.out).toBe('');
    expect(text.err).toContain('invalid_value tại test/bad-input/cli/wrong-types.json.subjects[1].history[0].taskRating');
  });

  test('should exit 1 when the rules folder has a rule with an unknown fact', async () => {
    const dir = rulesCopy((d) => {
      const f = join(d, 'national/vn-tdkt-2022-nd152/rules/lao-dong-tien-tien.json');
      writeFileSync(f, readFileSync(f, 'utf8').replace('"fact": "hasGoodConduct"', '"fact": "hasGoodConduc"'));
    });
    const r = await runCli('evaluate', 'examples/data/individuals.json', '--rules', dir, '--format', 'json');
    expect(r.code).toBe(1);
    const issue = JSON.parse(r.out).issues[0];
    expect(issue.code).toBe('unknown_fact');
    expect(issue.path).toEqual(['national/vn-tdkt-2022-nd152/rules/lao-dong-tien-tien.json', 'rules', 0, 'conditions', 'all', 1, 'fact']);
    const v = await runCli('validate', dir);
    expect(v.code).toBe(1);
    expect(v.err).toContain('unknown_fact');
  });

  test('should exit 2 on usage errors with a suggestion', async () => {
    expect((await runCli('evaluate')).code).toBe(2);
    const flag = await runCli('evaluate', 'examples/data/individuals.json', '--yaer', '2025');
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('có phải ý bạn là --year?');
    const cmd = await runCli('evalute', 'x.json');
    expect(cmd.code).toBe(2);
    expect(cmd.err).toContain('có phải ý bạn là evaluate?');
    // usage errors follow --lang, read from the raw arguments
    expect((await runCli('evalute', 'x.json', '--lang', 'en')).err).toBe('thidua: unknown command "evalute" (did you mean evaluate?)\nRun "thidua --help" for usage.\n');
    expect((await runCli('evaluate', 'examples/data/individuals.json', '--lang', 'fr')).code).toBe(2);
    expect((await runCli('explain', 'examples/data/individuals.json')).code).toBe(2);
    expect((await runCli()).code).toBe(2);
  });

  test('should exit 1 for a regime override that does not exist', async () => {
    const r = await runCli('evaluate', 'examples/data/individuals.json', '--regime', 'vn-tdkt-2022-nd99', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).issues[0]).toMatchObject({ code: 'unknown_regime', path: ['options', 'regime'] });
  });
});

describe('thidua validate, schema, help', () => {
  test('should validate the bundled rules and run their test cases', async () => {
    const r = await runCli('validate');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/trường hợp kiểm thử: [1-9][0-9]* đạt, 0 không đạt/);
    expect((await runCli('validate', '--lang', 'en')).out).toMatch(/cases: [1-9][0-9]* passed, 0 failed/);
  });
  test('should print a JSON Schema and reject unknown names', async () => {
    const r = await runCli('schema', 'input');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).$id).toContain('input.schema.json');
    expect((await runCli('schema', 'imput')).err).toContain('có phải ý bạn là input?');
  });
  test('should print help for each command', async () => {
    for (const c of ['evaluate', 'explain', 'validate', 'schema']) {
      const r = await runCli(c, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: thidua ${c}`);
    }
  });
});

describe('built CLI (dist/cli.js)', () => {
  test('should run as a node binary with real exit codes', () => {
    const ok = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'evaluate', 'examples/data/individuals.json', '--award', 'lao-dong-tien-tien'], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Lao động tiên tiến — Đủ điều kiện');
    const bad = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'evaluate', 'test/bad-input/cli/truncated.json', '--year', '2025'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('invalid_json');
    const usage = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'nope'], { cwd: ROOT, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--version'], { encoding: 'utf8' }).trim()).toBe(
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    );
  });
});

describe('thidua evaluate on the bundled collectives', () => {
  test('should show verdicts for the collective titles and forms (Art. 25–30, 74, 75)', async () => {
    const r = await runCli('evaluate', 'examples/data/collectives.json', '--format', 'json');
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.out).reports as { subject: { id: string }; awards: { awardId: string; verdict: string }[] }[];
    const verdict = (id: string, award: string) => reports.find((x) => x.subject.id === id)!.awards.find((a) => a.awardId === award)!.verdict;
    expect(verdict('so-noi-vu-mau', 'tap-the-lao-dong-xuat-sac')).toBe('eligible');
    expect(verdict('so-noi-vu-mau', 'tap-the-lao-dong-tien-tien')).toBe('eligible');
    expect(verdict('tinh-nam-dinh-minh-hoa', 'co-thi-dua-cua-chinh-phu')).toBe('eligible');
    expect(verdict('xa-dong-rui-minh-hoa', 'xa-phuong-tieu-bieu')).toBe('eligible');
    expect(verdict('thon-mau', 'thon-to-dan-pho-van-hoa')).toBe('eligible');
    expect(verdict('thon-mau', 'co-thi-dua-quan-khu-dhqg')).toBe('not-applicable');
    expect(reports[0]!.awards.length).toBe(13);
  });
});

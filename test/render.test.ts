import { describe, expect, test } from 'vitest';
import { parseCaseFile } from '../src/evaluate/run-cases.js';
import { evaluateEligibility, renderExplanation, type TestCase } from '../src/index.js';
import { nationalBook, ruleFilesFromDisk, strongCandidate } from './support/factories.js';

const book = nationalBook();
const files = ruleFilesFromDisk();

/** For every award, the first case of the law where it is eligible and the first where it is not. */
function pickCases(): { award: string; verdict: string; c: TestCase }[] {
  const picked = new Map<string, { award: string; verdict: string; c: TestCase }>();
  for (const path of Object.keys(files).sort()) {
    if (!/^national\/[a-z0-9-]+\/tests\/[^/]+\.json$/.test(path)) continue;
    for (const c of parseCaseFile(path, files[path]).cases ?? []) {
      for (const [award, verdict] of Object.entries(c.expect)) {
        const kind = verdict === 'eligible' ? 'pass' : verdict === 'ineligible' ? 'fail' : undefined;
        if (kind && !picked.has(`${award}:${kind}`)) picked.set(`${award}:${kind}`, { award, verdict, c });
      }
    }
  }
  return [...picked.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
}

describe('renderExplanation snapshots: every award, pass and fail, Vietnamese and English', () => {
  const picked = pickCases();
  test('covers a pass and a fail case for most awards', () => {
    expect(picked.length).toBeGreaterThanOrEqual(24);
  });
  for (const { award, verdict, c } of picked) {
    test(`${award} ${verdict}: ${c.name}`, async () => {
      const r = await evaluateEligibility(book, c.subject, { year: c.year, ...(c.regime ? { regime: c.regime } : {}), awards: [award] });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      const viText = renderExplanation(r.value);
      const enText = renderExplanation(r.value, { lang: 'en' });
      expect(viText).toContain(verdict === 'eligible' ? '— Đủ điều kiện' : '— Không đủ điều kiện');
      expect(enText).toContain(verdict === 'eligible' ? '— Eligible' : '— Not eligible');
      // no mojibake: UTF-8 decoded as Latin-1 shows up as Ã, Æ or Â sequences
      expect(viText).not.toMatch(/Ã|Æ°|Â/);
      expect({ vi: viText.split('\n').slice(3), en: enText.split('\n').slice(3) }).toMatchSnapshot();
    });
  }
});

describe('renderExplanation formats', () => {
  test('should render markdown headings and list items', async () => {
    const r = await evaluateEligibility(book, strongCandidate(), { year: 2025, awards: ['lao-dong-tien-tien'] });
    if (!r.ok) throw new Error('issues');
    const md = renderExplanation(r.value, { format: 'markdown' });
    expect(md.split('\n')[0]).toBe('## Đối tượng: Trần Thị Lan (tran-thi-lan)');
    expect(md).toContain('### Lao động tiên tiến — Đủ điều kiện');
    expect(md).toContain('- ✓ Tiêu chuẩn danh hiệu Lao động tiên tiến (khoản 1 Điều 24 Luật 06/2022/QH15)');
  });

  test('should render escaped HTML with one section per award', async () => {
    const r = await evaluateEligibility(book, strongCandidate({ name: 'A <script>alert(1)</script> & "B"' }), { year: 2025, awards: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] });
    if (!r.ok) throw new Error('issues');
    const html = renderExplanation(r.value, { format: 'html', lang: 'en' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;B&quot;');
    expect(html.match(/<section class="thidua-award/g)?.length).toBe(2);
    expect(html).toContain('<section class="thidua-award thidua-eligible" data-award="lao-dong-tien-tien">');
    expect(html.startsWith('<article class="thidua-report" lang="en">')).toBe(true);
    // balanced lists
    expect(html.match(/<ul>/g)?.length).toBe(html.match(/<\/ul>/g)?.length);
  });
});

describe('gap wording in plain words', () => {
  test('should name the missing initiative, the years to come and the missing approvals (vi and en)', async () => {
    const s = {
      kind: 'individual',
      id: 'pham-van-duc',
      history: [2024, 2025].map((year) => ({ year, taskRating: 'excellent', hasGoodConduct: true, awards: [{ awardId: 'lao-dong-tien-tien' }, { awardId: 'chien-si-thi-dua-co-so' }] })),
      councilVotes: [{ awardId: 'chien-si-thi-dua-tinh', year: 2025, members: 11, approvals: 8 }],
    };
    const r = await evaluateEligibility(book, s, { year: 2025, awards: ['chien-si-thi-dua-tinh'] });
    if (!r.ok) throw new Error('issues');
    const viText = renderExplanation(r.value);
    const enText = renderExplanation(r.value, { lang: 'en' });
    expect(viText).toContain('— cần thêm 1 năm liên tục đạt Chiến sĩ thi đua cơ sở (2026)');
    expect(viText).toContain('— thiếu 1 sáng kiến được công nhận cấp bộ, ngành, tỉnh');
    expect(viText).toContain('— thiếu 2 phiếu đồng ý của Hội đồng Thi đua – Khen thưởng');
    expect(enText).toContain('— needs 1 more consecutive year of Grassroots Emulation Fighter (2026)');
    expect(enText).toContain('— needs 1 more initiative recognised at ministry/province level');
    expect(enText).toContain('— needs 2 more council approvals');
  });
});

describe('gap wording for member shares', () => {
  test('should say how many more members must hold the advanced title (Art. 27.1.c: at least 70 %)', async () => {
    const unit = {
      kind: 'collective',
      id: 'so-tai-chinh',
      history: [{ year: 2025, taskRating: 'excellent', isEmulationActive: true, hasSolidarity: true, isLawAbiding: true, memberCount: 19, advancedMemberCount: 13, cstdcsMemberCount: 2, completedMemberCount: 19, warnedMemberCount: 0 }],
    };
    const r = await evaluateEligibility(book, unit, { year: 2025, awards: ['tap-the-lao-dong-xuat-sac'] });
    if (!r.ok) throw new Error('issues');
    expect(renderExplanation(r.value)).toContain('13/19 (yêu cầu ≥ 0,7) — cần thêm 1 thành viên đạt Lao động tiên tiến hoặc Chiến sĩ tiên tiến');
    expect(renderExplanation(r.value, { lang: 'en' })).toContain('13/19 (required ≥ 0.7) — needs 1 more member holding Advanced Worker or Advanced Soldier');
  });
});

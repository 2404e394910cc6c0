import { describe, expect, test } from 'vitest';
import { parseCaseFile } from '../src/evaluate/run-cases.js';
import { issueMessage, applyOverlay, evaluateEligibility, loadRuleBook, renderExplanation, type EligibilityReport, type RuleBook } from '../src/index.js';
import { nationalBook, ruleFilesFromDisk, strongCandidate } from './support/factories.js';
import { overlayWith } from './support/overlays.js';

// Wording rules of docs/wording.md: each rule with the line it replaced ("before", asserted absent)
// and the line it prints now (asserted, and snapshotted), in Vietnamese and English.

const book = nationalBook();

async function report(subject: unknown, year: number, awards: string[], b: RuleBook = book): Promise<EligibilityReport> {
  const r = await evaluateEligibility(b, subject, { year, awards });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const both = (r: EligibilityReport): { vi: string; en: string } => ({ vi: renderExplanation(r), en: renderExplanation(r, { lang: 'en' }) });
const linesWith = (text: string, needle: string): string[] => text.split('\n').filter((l) => l.includes(needle));

describe('wording rule 1: yes/no criteria are stated positively and answered met / not met', () => {
  test('a pending investigation reads "— không đạt", never "có (yêu cầu bằng không)"', async () => {
    const { vi, en } = both(await report(strongCandidate({ isUnderInvestigation: true }), 2025, ['lao-dong-tien-tien']));
    // before: "✗ Không đang bị điều tra, …: có (yêu cầu bằng không) — cần «không»"
    expect(vi).not.toContain('bằng không');
    expect(vi).not.toContain('bằng có');
    // before: "✗ Not under investigation, inspection or verification: yes (required equal to no)"
    expect(en).not.toContain('required equal to');
    expect(linesWith(vi, 'điều tra, thanh tra, kiểm tra, xác minh')).toMatchInlineSnapshot(`
      [
        "      ✗ Không đang bị điều tra, thanh tra, kiểm tra, xác minh khiếu nại, tố cáo — không đạt [khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP]",
      ]
    `);
    expect(linesWith(en, 'Not under investigation')).toMatchInlineSnapshot(`
      [
        "      ✗ Not under investigation, inspection or verification — not met [Decree 152/2025/NĐ-CP, Art. 4.4]",
      ]
    `);
    expect(linesWith(vi, 'Không đang bị xem xét kỷ luật')[0]).toContain('Không đang bị xem xét kỷ luật — đạt');
  });
});

describe('wording rule 2: parameter switches are notes on the criterion they change, never criteria', () => {
  test('the PM certificate initiative switch shows as a note on "Sáng kiến", with the parameter label', async () => {
    const { vi, en } = both(await report(strongCandidate(), 2025, ['bang-khen-thu-tuong']));
    // before: "✓ Không đòi hỏi thêm sáng kiến (tham số bangKhenThuTuong.requireInitiatives): không (yêu cầu bằng không)"
    expect(vi).not.toContain('Không đòi hỏi thêm sáng kiến');
    expect(vi).not.toContain('bangKhenThuTuong');
    expect(en).not.toContain('No additional initiatives required');
    expect(linesWith(vi, 'theo tham số')).toEqual([
      expect.stringContaining(
        'Sáng kiến (chỉ cần đạt một) [bang-khen-thu-tuong@2022#b4; theo tham số «Bằng khen của Thủ tướng đòi hỏi thêm sáng kiến» (đang là «không»): tiêu chí này không bắt buộc]:',
      ),
    ]);
    expect(linesWith(en, 'by parameter')).toEqual([
      expect.stringContaining('Initiatives (any one suffices) [bang-khen-thu-tuong@2022#b4; by parameter "Prime Minister\'s certificate also requires initiatives" (set to no): this criterion is not required]:'),
    ]);
  });
});

describe('wording rule 3: alternatives of a met "any" group that were not needed are marked "–", not ✗', () => {
  test('a CSTĐCS candidate with an excellent rating does not fail the initiative alternatives', async () => {
    const { vi, en } = both(await report(strongCandidate(), 2025, ['chien-si-thi-dua-co-so']));
    // before: "✗ Có sáng kiến được công nhận cấp cơ sở: 0 (yêu cầu ≥ 1) — thiếu 1 sáng kiến …"
    expect(linesWith(vi, '@2022#2').filter((l) => l.includes('✗'))).toEqual([]);
    expect(linesWith(vi, 'chien-si-thi-dua-co-so@2022#2d')).toMatchInlineSnapshot(`
      [
        "          – Có mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được đơn vị công nhận: 0 (yêu cầu ≥ 1) — không cần xét (đã đạt theo tiêu chí khác) [Điều 23 Luật 06/2022/QH15; chien-si-thi-dua-co-so@2022#2d]",
      ]
    `);
    expect(linesWith(en, 'chien-si-thi-dua-co-so@2022#2d')[0]).toContain('– Combat resourcefulness or creativity recognised by the unit: 0 (required ≥ 1) — not needed (another alternative is met)');
  });
});

describe('wording rule 4: a principle with the same outcome for every award is printed once per subject', () => {
  test('four awards, one principle block', async () => {
    const { vi, en } = both(await report(strongCandidate(), 2025, ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-tinh', 'giay-khen']));
    // before: the 4-line principle block under each of the 4 awards (16 lines)
    expect(linesWith(vi, 'Không đang bị xem xét kỷ luật')).toHaveLength(1);
    expect(linesWith(en, 'No discipline under consideration')).toHaveLength(1);
    expect(vi).toContain('■ Nguyên tắc chung, áp dụng cho mọi danh hiệu, hình thức khen thưởng dưới đây');
    expect(linesWith(vi, 'xem phần nguyên tắc chung ở trên')).toHaveLength(4);
    expect(linesWith(en, 'see the cross-cutting principles above')).toHaveLength(4);
  });
  test('one award keeps its principle inline', async () => {
    const { vi } = both(await report(strongCandidate(), 2025, ['lao-dong-tien-tien']));
    expect(vi).not.toContain('xem phần nguyên tắc chung ở trên');
    expect(linesWith(vi, 'Không đang bị xem xét kỷ luật — đạt')).toHaveLength(1);
  });
});

describe('wording rule 5: markers, parameters and kinds are translated; ids only in English', () => {
  test('the CSTĐCS ballot line', async () => {
    const { vi, en } = both(await report(strongCandidate({ councilVotes: [] }), 2025, ['chien-si-thi-dua-co-so']));
    // before: "[…; chien-si-thi-dua-co-so@2022#3; UNCONFIRMED; tham số ballot.cstdcsMinShare]"
    expect(vi).not.toMatch(/UNCONFIRMED|PROBABLE|ballot\./);
    expect(linesWith(vi, 'chien-si-thi-dua-co-so@2022#3')[0]).toContain('; CHƯA XÁC NHẬN; tham số «Tỷ lệ phiếu đồng ý tối thiểu cho Chiến sĩ thi đua cơ sở»]');
    expect(linesWith(en, 'chien-si-thi-dua-co-so@2022#3')[0]).toContain('; UNCONFIRMED; parameter ballot.cstdcsMinShare ("Minimum approval share for the Grassroots Emulation Fighter")]');
  });
  test('a PROBABLE rule and an enum of collective kinds', async () => {
    const { vi } = both(await report(strongCandidate({ isUnderInvestigation: false }), 2025, ['giay-khen']));
    // before: "Tiêu chuẩn Giấy khen (cá nhân) (…) [PROBABLE]"
    expect(vi).toContain('[CHƯA CHẮC CHẮN]');
    expect(vi).not.toContain('PROBABLE');
  });
});

describe('wording rule 6: an undetermined criterion names the input field to fill, with its year', () => {
  test('missing task rating and missing council vote', async () => {
    const s = { kind: 'individual', id: 'x', history: [{ year: 2025, hasGoodConduct: true }] };
    const { vi, en } = both(await report(s, 2025, ['lao-dong-tien-tien']));
    // before: "? Hoàn thành tốt nhiệm vụ trở lên: thiếu dữ liệu (yêu cầu thuộc …)"
    expect(linesWith(vi, 'lao-dong-tien-tien@2022#1')[0]).toContain(
      '? Hoàn thành tốt nhiệm vụ trở lên: chưa có dữ liệu (yêu cầu hoàn thành tốt nhiệm vụ hoặc hoàn thành xuất sắc nhiệm vụ) — cần điền history[năm 2025].taskRating (xếp loại mức độ hoàn thành nhiệm vụ trong năm)',
    );
    expect(linesWith(en, 'lao-dong-tien-tien@2022#1')[0]).toContain('— fill in history[year 2025].taskRating (task rating for the year)');
    const v = both(await report(strongCandidate({ councilVotes: [] }), 2025, ['chien-si-thi-dua-co-so']));
    expect(linesWith(v.vi, 'chien-si-thi-dua-co-so@2022#3')[0]).toContain('— cần điền councilVotes[năm 2025] (tỷ lệ phiếu đồng ý trên tổng số thành viên Hội đồng)');
  });
});

describe('wording rule 7: labels cannot go stale after an overlay; provenance and overlays in words', () => {
  const tighten = (label?: unknown) =>
    overlayWith([{ id: 'ldtt-excellent', op: 'set', target: 'lao-dong-tien-tien-nd152#task-rating-good', value: ['excellent'], ...(label ? { label } : {}) }], { effective: { from: '2026-01-01' } });

  test('a set on a labelled leaf without a new label is refused at load (overlay_stale_label, vi and en)', () => {
    const r = applyOverlay(book, tighten());
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([['overlay_stale_label', ['provinces/hai-phong/overlay.json', 'operations', 0]]]);
    const issue = !r.ok ? r.issues[0]! : undefined;
    expect(issueMessage(issue!, 'vi')).toBe(
      'Thao tác «ldtt-excellent» đổi giá trị của «lao-dong-tien-tien-nd152#task-rating-good» nhưng không ghi lại nhãn; nhãn hiện tại «Hoàn thành tốt nhiệm vụ trở lên» sẽ nêu sai yêu cầu mới. Hãy thêm «label» (vi, en) nêu đúng yêu cầu sau khi sửa.',
    );
    expect(issueMessage(issue!, 'en')).toContain('without a new label');
  });

  test('with the new label the explanation states the new requirement, who changed it and by which decision', async () => {
    const r = applyOverlay(book, tighten({ vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent task completion' }));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const s = { kind: 'individual', id: 'x', history: [{ year: 2026, taskRating: 'good', hasGoodConduct: true }] };
    const { vi, en } = both(await report(s, 2026, ['lao-dong-tien-tien'], r.value));
    // before: "✗ Hoàn thành tốt nhiệm vụ trở lên: … (yêu cầu thuộc hoàn thành xuất sắc nhiệm vụ) […; giá trị đổi từ [good, excellent] thành [excellent] theo …]"
    expect(vi).not.toContain('Hoàn thành tốt nhiệm vụ trở lên');
    expect(vi).not.toMatch(/\[good|excellent\]/);
    expect(linesWith(vi, 'lao-dong-tien-tien@2022#1')[0]).toBe(
      '      ✗ Hoàn thành xuất sắc nhiệm vụ: hoàn thành tốt nhiệm vụ (yêu cầu hoàn thành xuất sắc nhiệm vụ) — cần «hoàn thành xuất sắc nhiệm vụ» [khoản 1 Điều 24 Luật 06/2022/QH15; lao-dong-tien-tien@2022#1; Ủy ban nhân dân thành phố Hải Phòng nâng yêu cầu từ «hoàn thành tốt nhiệm vụ hoặc hoàn thành xuất sắc nhiệm vụ» lên «hoàn thành xuất sắc nhiệm vụ», theo Quyết định T-01/2026/QĐ-UBND (minh họa)]',
    );
    expect(linesWith(en, 'lao-dong-tien-tien@2022#1')[0]).toContain(
      'Hải Phòng City People\'s Committee raised the requirement from "good task completion or excellent task completion" to "excellent task completion", by Decision T-01/2026/QĐ-UBND (illustrative)',
    );
    expect(vi.split('\n')[3]).toBe('Văn bản của địa phương áp dụng: Quyết định T-01/2026/QĐ-UBND ngày 01/12/2025 của Ủy ban nhân dân thành phố Hải Phòng (minh họa, không phải văn bản thật)');
    expect(en.split('\n')[3]).toBe("Local overlays applied: Decision T-01/2026/QĐ-UBND of 2025-12-01, Hải Phòng City People's Committee (illustrative, not a real decision)");
  });
});

// ---------------------------------------------------------------------------------------------
// Every rule-book case (rules/**/tests) rendered in Vietnamese: no English words, no double negative.

const files = ruleFilesFromDisk();
const loaded = loadRuleBook(files);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const parameterIds = new Set(loaded.value.regimes.flatMap((r) => r.parameters.map((p) => p.id)));

/** ASCII-only English words (and codes) that must never appear in Vietnamese output. */
const DENY = new Set([
  'UNCONFIRMED', 'PROBABLE', 'CONFIRMED', 'individual', 'collective', 'param', 'params', 'parameter', 'required', 'equal', 'missing',
  'yes', 'true', 'false', 'eligible', 'ineligible', 'undetermined', 'effective', 'from', 'value', 'changed', 'threshold', 'by',
  'province', 'ministry', 'district', 'commune', 'household', 'agency', 'village', 'enterprise', 'ccec', 'none', 'excellent', 'good', 'completed', 'failed',
  'grassroots', 'national', 'initiative', 'research', 'multiplier', 'unconfirmed',
]);
for (const id of parameterIds) {
  DENY.add(id);
  for (const part of id.split('.')) DENY.add(part);
}
DENY.delete('history'); // `history[năm 2025].taskRating` names the input field to fill

const DOUBLE_NEGATIVE = [/không \(yêu cầu bằng không\)/, /bằng không/, /bằng có/, /yêu cầu thuộc/];

/** ASCII words of a line, ids (with @, #, - or digits) and input field paths removed. */
function englishWords(line: string): string[] {
  const cleaned = line
    .replace(/[a-z0-9-]+@[a-z0-9-]+#[a-z0-9-]+/g, ' ') // criterion ids
    .replace(/\((?:vn-|vn-tdkt)[^;)]*;/g, '(') // the regime id in the header
    .replace(/history\[năm [0-9]+\]\.[A-Za-z, ]+|[A-Za-z]+\[năm [0-9]+\]|initiatives\[\]\.applied/g, ' ');
  return (cleaned.match(/[^\s[\]();:,«»"'—–/.?!·…]+/g) ?? []).filter((t) => /^[A-Za-z]+$/.test(t) && DENY.has(t));
}

const caseFiles = Object.keys(files)
  .filter((p) => /^(national|provinces)\/[a-z0-9-]+\/tests\/[^/]+\.json$/.test(p))
  .sort();

const bookFor = (file: string): RuleBook => {
  const province = /^provinces\/([a-z0-9-]+)\//.exec(file)?.[1];
  if (!province) return loaded.value;
  const r = applyOverlay(loaded.value, files[`provinces/${province}/overlay.json`], { provinces: files['provinces.json'] });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('Vietnamese renderings of every rule-book case: no English words, no double negatives', () => {
  test('the deny-list catches what it should', () => {
    expect(englishWords('✗ X: có (yêu cầu bằng không) [Điều 1; UNCONFIRMED; tham số ballot.cstdcsMinShare]')).toEqual(['UNCONFIRMED', 'ballot', 'cstdcsMinShare']);
    expect(englishWords('? Y — cần điền history[năm 2025].taskRating (xếp loại) [Điều 2; lao-dong-tien-tien@2022#1]')).toEqual([]);
  });
  for (const file of caseFiles) {
    test(file, async () => {
      const b = bookFor(file);
      let rendered = 0;
      for (const c of parseCaseFile(file, files[file]).cases ?? []) {
        const r = await evaluateEligibility(b, c.subject, { year: c.year, ...(c.regime ? { regime: c.regime } : {}), awards: Object.keys(c.expect) });
        if (!r.ok) continue;
        const text = renderExplanation(r.value).split('\n');
        for (const line of text.slice(1)) {
          expect(englishWords(line), `${c.name}: ${line}`).toEqual([]);
          for (const re of DOUBLE_NEGATIVE) expect(line, c.name).not.toMatch(re);
        }
        rendered++;
      }
      expect(rendered).toBeGreaterThan(0);
    });
  }
});

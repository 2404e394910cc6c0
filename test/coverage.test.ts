import { describe, expect, test } from 'vitest';
import type { ConditionNode, RuleDef } from '../src/model/rule-book.js';
import { nationalBook } from './support/factories.js';

const book = nationalBook();

/**
 * Awards of rules/awards.json that deliberately have no rule in an enabled regime, with the reason
 * (shared/domain/titles.md, open-questions.md). Everything else must have a rule for each subject kind.
 */
const ABSENT: readonly { regime: string; award: string; reason: string }[] = [
  ...['vn-tdkt-2003', 'vn-tdkt-2022-nd98', 'vn-tdkt-2022-nd152'].map((regime) => ({
    regime,
    award: 'co-thi-dua-quan-khu-dhqg',
    reason: 'titles.md gives only the bonus multiplier of this flag, no criteria',
  })),
  { regime: 'vn-tdkt-2003', award: 'xa-phuong-tieu-bieu', reason: 'the commune title is specified for the 2022 Law only (Art. 29)' },
  { regime: 'vn-tdkt-2003', award: 'thon-to-dan-pho-van-hoa', reason: 'the cultural-village title is specified for the 2022 Law only (Art. 30)' },
  { regime: 'vn-tdkt-2003', award: 'gia-dinh-van-hoa', reason: 'the cultural-family title is specified for the 2022 Law only (Art. 31)' },
];

function leaves(n: ConditionNode): ConditionNode[] {
  return n.type === 'leaf' ? [n] : n.children.flatMap(leaves);
}
function nodes(n: ConditionNode): ConditionNode[] {
  return n.type === 'leaf' ? [n] : [n, ...n.children.flatMap(nodes)];
}

describe('coverage of the national rule books', () => {
  const enabled = book.regimes.filter((r) => r.enabled);

  test('should have three enabled regimes and an absence list naming only known awards and regimes', () => {
    expect(enabled.map((r) => r.id).sort()).toEqual(['vn-tdkt-2003', 'vn-tdkt-2022-nd152', 'vn-tdkt-2022-nd98']);
    const awardIds = new Set(book.awards.map((a) => a.id));
    for (const a of ABSENT) {
      expect(awardIds.has(a.award)).toBe(true);
      expect(enabled.some((r) => r.id === a.regime)).toBe(true);
    }
  });

  test.each(enabled.map((r) => [r.id]))('should have a rule for every award and subject kind in %s, except the listed absences', (regimeId) => {
    const regime = enabled.find((r) => r.id === regimeId)!;
    const missing: string[] = [];
    const unexpected: string[] = [];
    for (const award of book.awards) {
      const absent = ABSENT.some((a) => a.regime === regimeId && a.award === award.id);
      for (const subject of award.subjects) {
        const has = regime.rules.some((r) => r.kind === 'award' && r.awardId === award.id && r.subject === subject);
        if (!has && !absent) missing.push(`${award.id}/${subject}`);
        if (has && absent) unexpected.push(`${award.id}/${subject}`);
      }
    }
    expect(missing).toEqual([]);
    expect(unexpected).toEqual([]);
  });

  const allRules: [string, RuleDef][] = enabled.flatMap((r) => r.rules.map((rule) => [`${r.id}/${rule.id}`, rule] as [string, RuleDef]));

  test('should load a non-trivial number of rules', () => {
    expect(allRules.length).toBeGreaterThanOrEqual(57);
  });

  test.each(allRules)('%s should have a citation, vi/en titles, and every leaf a citation and vi/en label', (_id, rule) => {
    expect(rule.citation.document.length > 0 && rule.citation.article.length > 0).toBe(true);
    expect(rule.title.vi.length > 0 && rule.title.en.length > 0).toBe(true);
    expect(rule.title.vi).not.toBe(rule.title.en);
    for (const leaf of leaves(rule.root)) {
      expect(leaf.citation.document.length > 0 && leaf.citation.article.length > 0, `${rule.id}#${leaf.name} citation`).toBe(true);
      expect(leaf.label?.vi && leaf.label.en ? true : false, `${rule.id}#${leaf.name} label`).toBe(true);
      expect(['CONFIRMED', 'PROBABLE', 'UNCONFIRMED']).toContain(leaf.marker);
    }
    for (const n of nodes(rule.root)) {
      if (n.criterion !== undefined) expect(n.criterion).toMatch(/^[a-z0-9-]+@[a-z0-9-]+#[a-z0-9-]+$/);
    }
  });

  test('should describe every parameter in vi/en, cite OQ ids, and declare the open items of the spec as parameters', () => {
    for (const r of enabled) {
      for (const p of r.parameters) {
        expect(p.description.vi.length > 0 && p.description.en.length > 0).toBe(true);
        if (p.question !== undefined) expect(p.question).toMatch(/^OQ-[0-9]+$/);
      }
    }
    const ids = (id: string) => enabled.find((r) => r.id === id)!.parameters.map((p) => p.id);
    for (const id of ['vn-tdkt-2022-nd98', 'vn-tdkt-2022-nd152']) {
      expect(ids(id)).toEqual(
        expect.arrayContaining([
          'ballot.coThiDuaChinhPhuMinShare',
          'ballot.coThiDuaTinhMinShare',
          'ballot.cstdToanQuocMinShare',
          'bangKhenThuTuong.requireInitiatives',
          'bangKhenThuTuong.windowStartsAfterCertificate',
          'bangKhenTinh.cstdcsInitiativesCount',
          'bangKhenTinh.initiativesBindBothBranches',
          'coThiDuaChinhPhu.partyOrgMinRatings',
          'coThiDuaChinhPhu.routeBRequiresA1A2',
          'coThiDuaTinh.partyOrgMinRatings',
          'tapTheLaoDongTienTien.minAdvancedShare',
          'xaPhuongTieuBieu.leadingScopes',
        ]),
      );
    }
    const nd152 = enabled.find((r) => r.id === 'vn-tdkt-2022-nd152')!;
    for (const p of nd152.parameters.filter((x) => x.id.startsWith('ballot.'))) {
      expect([p.id, p.marker, p.question]).toEqual([p.id, 'UNCONFIRMED', 'OQ-63']);
    }
  });
});

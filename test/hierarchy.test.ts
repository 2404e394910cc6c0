import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { issueMessage, awardHierarchy, hierarchyToMermaid, loadRuleBook, renderHierarchyPage } from '../src/index.js';
import { deepFreeze, editableRuleFiles, nationalBook, ROOT } from './support/factories.js';

type Edge = Record<string, unknown>;
function withEdges(edit: (edges: Edge[], file: { nodes: Edge[]; edges: Edge[] }) => void) {
  const files = editableRuleFiles();
  const h = files['national/hierarchy.json'] as { nodes: Edge[]; edges: Edge[] };
  edit(h.edges, h);
  return loadRuleBook(files);
}
const edge = (over: Edge): Edge => ({
  id: 'extra',
  ref: 'E99',
  from: 'chien-si-thi-dua-tinh',
  to: 'chien-si-thi-dua-co-so',
  kind: 'run',
  regimes: ['vn-tdkt-2022-nd98'],
  label: { vi: 'thử', en: 'test' },
  citation: { document: '06/2022/QH15', article: '22' },
  marker: 'CONFIRMED',
  ...over,
});

describe('awardHierarchy', () => {
  test('should return every award, the non-award nodes and the edges of the national book', () => {
    const book = nationalBook();
    const r = awardHierarchy(book);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.regime).toBeNull();
    expect(r.value.edges).toHaveLength(37);
    const rank = { unit: 0, commune: 1, 'ministry-province': 2, state: 3 } as const;
    const awardNodes = r.value.nodes.filter((n) => n.kind === 'award');
    expect(awardNodes.map((n) => n.id).sort()).toEqual(book.awards.map((a) => a.id).sort());
    for (let i = 1; i < awardNodes.length; i++) {
      const [a, b] = [awardNodes[i - 1]!, awardNodes[i]!];
      expect(rank[a.level!] < rank[b.level!] || (rank[a.level!] === rank[b.level!] && a.id < b.id)).toBe(true);
    }
    expect(awardNodes.find((n) => n.id === 'chien-si-thi-dua-co-so')).toEqual({
      id: 'chien-si-thi-dua-co-so', kind: 'award', title: { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots Emulation Fighter' }, abbreviation: 'CSTĐCS', level: 'unit', category: 'title', subjects: ['individual'],
    });
    expect(r.value.nodes.filter((n) => n.kind !== 'award').map((n) => n.id)).toEqual([
      'excellent-rating-two-years',
      'leading-central-cluster',
      'leading-cluster',
      'leading-district-movement',
      'leading-pm-movement-5y',
      'leading-provincial-cluster',
      'leading-thematic-movement-3y',
    ]);
    const e2 = r.value.edges.find((e) => e.id === 'e2-2022')!;
    expect(e2).toMatchObject({ ref: 'E2', from: 'chien-si-thi-dua-co-so', to: 'chien-si-thi-dua-tinh', kind: 'run', count: 3, scope: 'national', marker: 'CONFIRMED', citation: { document: '06/2022/QH15', article: '22' } });
    expect(e2.regimes).toEqual(['vn-tdkt-2022-nd152', 'vn-tdkt-2022-nd98']);
  });

  test('should order edges by their number in hierarchy.md, then id', () => {
    const r = awardHierarchy(nationalBook(), { regime: 'vn-tdkt-2022-nd98' });
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.edges.slice(0, 4).map((e) => e.id)).toEqual(['e1-cstt-2022', 'e1-ldtt-2022', 'e2-2022', 'e3-2022']);
    const refs = r.value.edges.map((e) => Number(e.ref.slice(1)));
    expect(refs).toEqual([...refs].sort((a, b) => a - b));
  });

  test('should filter edges and non-award nodes by regime', () => {
    const book = nationalBook();
    const old = awardHierarchy(book, { regime: 'vn-tdkt-2003' });
    const nd152 = awardHierarchy(book, { regime: 'vn-tdkt-2022-nd152' });
    if (!old.ok || !nd152.ok) throw new Error('expected ok');
    expect(old.value.edges.map((e) => e.id)).toEqual([
      'e1-cstt-2003', 'e1-ldtt-2003', 'e2-2003', 'e3-2003', 'e4-2003', 'e4-cstt-2003', 'e5-2003', 'e6-2003', 'e7', 'e14', 'e15', 'e16-cstt', 'e16-ldtt', 'e22', 'e23', 'e24',
    ]);
    expect(old.value.nodes.filter((n) => n.kind !== 'award').map((n) => n.id)).toEqual(['leading-cluster']);
    // the MOIT sector edge expired on 20 Feb 2025: nd98 only
    expect(nd152.value.edges.some((e) => e.id === 'e8')).toBe(false);
    expect(awardHierarchy(book, { regime: 'vn-tdkt-2022-nd98' }).ok && awardHierarchy(book, { regime: 'vn-tdkt-2022-nd98' })).toMatchObject({ value: { regime: 'vn-tdkt-2022-nd98' } });
  });

  test('should report an unknown regime as a typed issue', () => {
    const r = awardHierarchy(nationalBook(), { regime: 'vn-tdkt-2022-nd99' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: 'unknown_regime', path: ['options', 'regime'], params: { regime: 'vn-tdkt-2022-nd99', suggestions: ['vn-tdkt-2022-nd98'] } });
  });

  test('should return a frozen graph and leave a frozen book untouched', () => {
    const book = deepFreeze(nationalBook());
    const r = awardHierarchy(book, { regime: 'vn-tdkt-2003' });
    if (!r.ok) throw new Error('expected ok');
    expect(Object.isFrozen(r.value.edges)).toBe(true);
    expect(Object.isFrozen(r.value.nodes[0])).toBe(true);
  });
});

describe('hierarchyToMermaid', () => {
  test('should draw confirmed national edges solid and other edges dotted, in the requested language', () => {
    const r = awardHierarchy(nationalBook(), { regime: 'vn-tdkt-2003' });
    if (!r.ok) throw new Error('expected ok');
    const vi = hierarchyToMermaid(r.value, { lang: 'vi' }).split('\n');
    expect(vi[0]).toBe('flowchart LR');
    expect(vi).toContain('  lao_dong_tien_tien -- "E1: cùng năm + sáng kiến (hoàn thành xuất sắc nhiệm vụ chưa đủ)" --> chien_si_thi_dua_co_so');
    expect(vi).toContain('  chien_si_thi_dua_co_so -. "E2: 3 lần liên tục + sáng kiến phạm vi bộ, ngành, tỉnh" .-> chien_si_thi_dua_tinh');
    expect(vi).toContain('  leading_cluster(["Đơn vị dẫn đầu cụm, khối thi đua"])');
    expect(vi).not.toContain('  giay_khen["Giấy khen"]');
    const en = hierarchyToMermaid(r.value, { lang: 'en', connectedOnly: false }).split('\n');
    expect(en).toContain('  giay_khen["Certificate of Commendation"]');
    expect(en).toContain('  co_thi_dua_tinh -. "E14: proposals ≤ 20 % of collectives meeting the ministry/provincial flag standard" .-> co_thi_dua_cua_chinh_phu');
  });

  test('should escape double quotes in labels', () => {
    const g = { regime: null, nodes: [{ id: 'a-b', kind: 'award' as const, title: { vi: 'A "x"', en: 'A' } }], edges: [] };
    expect(hierarchyToMermaid(g, { lang: 'vi', connectedOnly: false })).toBe('flowchart LR\n  a_b["A #quot;x#quot;"]\n');
  });
});

describe('hierarchy.json at load time', () => {
  test('should reject a cyclic prerequisite with the cycle and the regimes where it occurs', () => {
    const r = withEdges((edges) => edges.push(edge({ regimes: ['vn-tdkt-2022-nd98', 'vn-tdkt-2022-nd152'] })));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({
      code: 'cyclic_prerequisite',
      path: ['national/hierarchy.json', 'edges', 4],
      params: { cycle: ['chien-si-thi-dua-co-so', 'chien-si-thi-dua-tinh', 'chien-si-thi-dua-co-so'], regimes: ['vn-tdkt-2022-nd152', 'vn-tdkt-2022-nd98'] },
    });
    expect(issueMessage(r.issues[0]!, 'vi')).toContain('vòng lặp điều kiện tiên quyết');
  });

  test('should reject a self-loop but accept a back edge that is only a quota base', () => {
    const self = withEdges((edges) => edges.push(edge({ from: 'giay-khen', to: 'giay-khen', kind: 'same-period' })));
    expect(!self.ok && self.issues.map((i) => [i.code, (i.params as Readonly<Record<string, unknown>>)['cycle']])).toEqual([['cyclic_prerequisite', ['giay-khen', 'giay-khen']]]);
    const quota = withEdges((edges) => edges.push(edge({ kind: 'quota-base' })));
    expect(quota.ok).toBe(true);
  });

  test('should find a cycle in one regime only', () => {
    const r = withEdges((edges) => edges.push(edge({ from: 'chien-si-thi-dua-toan-quoc', to: 'chien-si-thi-dua-co-so', regimes: ['vn-tdkt-2003'] })));
    expect(!r.ok && r.issues[0]!.params).toEqual({
      cycle: ['chien-si-thi-dua-co-so', 'chien-si-thi-dua-tinh', 'chien-si-thi-dua-toan-quoc', 'chien-si-thi-dua-co-so'],
      regimes: ['vn-tdkt-2003'],
    });
  });

  test('should report unknown awards, nodes, regimes, duplicate ids and subject mismatches, all at once', () => {
    const r = withEdges((edges, file) => {
      edges.push(edge({ id: 'e2-2022', from: 'leading-nowhere', to: 'chien-si-thi-dua-tinh-x', regimes: ['vn-tdkt-2021'] }));
      edges.push(edge({ id: 'x2', from: 'giay-khen', to: 'co-thi-dua-tinh', kind: 'gate', subject: 'individual' }));
      file.nodes.push({ id: 'giay-khen', kind: 'position', title: { vi: 'x', en: 'x' } });
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.code} ${i.path.slice(1).join('.')}`)).toEqual([
      'unknown_award edges.37.from',
      'duplicate_id edges.37.id',
      'unknown_regime edges.37.regimes.0',
      'unknown_award edges.37.to',
      'subject_kind_mismatch edges.38.subject',
      'duplicate_id nodes.7.id',
    ]);
  });

  test('should reject an unknown key and an unknown edge kind', () => {
    const r = withEdges((edges) => edges.push(edge({ kind: 'prerequisite', weight: 2 })));
    expect(!r.ok && r.issues.map((i) => i.code).sort()).toEqual(['invalid_value', 'unrecognized_key']);
  });

  test('should put the hierarchy in the hash', () => {
    const a = withEdges(() => undefined);
    const b = withEdges((edges) => {
      edges[0]!['marker'] = 'PROBABLE';
    });
    expect(a.ok && b.ok && a.value.hash !== b.value.hash).toBe(true);
  });
});

describe('docs/hierarchy.md', () => {
  test('is generated from the rule book and fresh (run `npm run gen`)', () => {
    expect(readFileSync(join(ROOT, 'docs/hierarchy.md'), 'utf8')).toBe(renderHierarchyPage(nationalBook()));
  });

  test('has one diagram per enabled regime', () => {
    const page = renderHierarchyPage(nationalBook());
    expect(page.match(/```mermaid/g)).toHaveLength(3);
    expect(page).toContain('| E2 `e2-2022` | `chien-si-thi-dua-co-so` | `chien-si-thi-dua-tinh` | run | 3 | 3 consecutive + a ministry/provincial-scope initiative | Law 06/2022/QH15, Art. 22 | CONFIRMED | national |');
  });
});

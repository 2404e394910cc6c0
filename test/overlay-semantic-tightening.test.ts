import { issueMessage } from '../src/index.js';
import { describe, expect, test } from 'vitest';
import { applyOverlay, evaluateEligibility, type Issue, type RuleBook } from '../src/index.js';
import { deepFreeze, nationalBook } from './support/factories.js';
import { overlayWith } from './support/overlays.js';

const national = nationalBook();

/** Lào Cai, QĐ 14/2024/QĐ-UBND (R1), applied to the 2025 regime (from 1 Jul 2025). */
const laoCai = (operations: unknown[]) =>
  overlayWith(operations, {
    province: 'lao-cai',
    title: { vi: 'Quy định một số nội dung về công tác thi đua, khen thưởng trên địa bàn tỉnh Lào Cai', en: 'Emulation and commendation in Lào Cai province' },
    illustrative: false,
    marker: 'PROBABLE',
    decision: { number: '14/2024/QĐ-UBND', date: '2024-06-30', signer: { vi: 'Ủy ban nhân dân tỉnh Lào Cai', en: "Lào Cai Provincial People's Committee" } },
    basis: { document: '14/2024/QĐ-UBND', article: '9', clause: '1', point: 'c' },
    effective: { from: '2025-07-01' },
  });

/** Bắc Ninh, QĐ 86/2025/QĐ-UBND (R2), in force 15 Dec 2025. */
const bacNinh = (operations: unknown[]) =>
  overlayWith(operations, {
    province: 'bac-ninh',
    title: { vi: 'Quy định về công tác thi đua, khen thưởng tỉnh Bắc Ninh', en: 'Emulation and commendation in Bắc Ninh province' },
    illustrative: false,
    marker: 'PROBABLE',
    decision: { number: '86/2025/QĐ-UBND', date: '2025-12-03', signer: { vi: 'Ủy ban nhân dân tỉnh Bắc Ninh', en: "Bắc Ninh Provincial People's Committee" } },
    basis: { document: '86/2025/QĐ-UBND', article: '3', clause: '1' },
    effective: { from: '2025-12-15' },
  });

const conduct = { name: 'good-conduct', fact: 'hasGoodConduct', operator: 'equal', value: true };
const learns = {
  name: 'active-learner',
  label: { vi: 'Tích cực học tập chính trị, văn hoá, chuyên môn, nghiệp vụ', en: 'Actively studies politics, culture and profession' },
  fact: 'isActiveLearner',
  operator: 'equal',
  value: true,
};

function accepted(overlay: unknown): RuleBook {
  const r = applyOverlay(national, deepFreeze(overlay));
  if (!r.ok) throw new Error(JSON.stringify(r.issues.map((i) => [i.code, i.params]), null, 1));
  return r.value;
}
function refused(overlay: unknown): readonly Issue[] {
  const r = applyOverlay(national, deepFreeze(overlay));
  if (r.ok) throw new Error('expected the overlay to be refused');
  return r.issues;
}

const worker = (over: Record<string, unknown>) => ({
  kind: 'individual',
  id: 'nguoi-lao-dong',
  history: [{ year: 2026, taskRating: 'good', hasGoodConduct: true, ...over }],
});

async function verdict(book: RuleBook, subject: unknown, awardId: string, year = 2026): Promise<string> {
  const r = await evaluateEligibility(book, subject, { year, awards: [awardId] });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.awards[0]!.verdict;
}

describe('L3 — Lào Cai QĐ 14/2024 Art. 9.1.c: a stricter conjunction replaces the national conduct condition (Law 06/2022 Art. 24.1)', () => {
  test('L3 accepted: good-conduct replaced by good-conduct AND active learning; a nationally eligible worker who does not study fails', async () => {
    const book = accepted(
      laoCai([
        {
          id: 'l3-conduct-and-study',
          op: 'replace',
          target: 'lao-dong-tien-tien-nd152#good-conduct',
          condition: { name: 'conduct-and-study', label: { vi: 'Tự lực, đoàn kết và tích cực học tập', en: 'Conduct and active learning' }, all: [conduct, learns] },
        },
      ]),
    );
    const node = book.regimes.find((r) => r.id === 'vn-tdkt-2022-nd152')!.rules.find((r) => r.id === 'lao-dong-tien-tien-nd152')!.root;
    const replaced = node.type === 'group' ? node.children.find((c) => c.name === 'conduct-and-study') : undefined;
    expect(replaced).toMatchObject({ statutory: true, provenance: { op: 'replace', implies: 'good-conduct', decision: { number: '14/2024/QĐ-UBND' } } });
    const noStudy = worker({ isActiveLearner: false });
    expect(await verdict(national, noStudy, 'lao-dong-tien-tien')).toBe('eligible');
    expect(await verdict(book, noStudy, 'lao-dong-tien-tien')).toBe('ineligible');
    expect(await verdict(book, worker({ isActiveLearner: true }), 'lao-dong-tien-tien')).toBe('eligible');
  });

  test('L3 loosening variant refused: active learning OR good conduct does not imply good conduct', () => {
    const is = refused(
      laoCai([{ id: 'l3-either', op: 'replace', target: 'lao-dong-tien-tien-nd152#good-conduct', condition: { name: 'conduct-or-study', any: [conduct, learns] } }]),
    );
    expect(is.map((i) => ({ code: i.code, path: i.path, params: i.params }))).toEqual([
      {
        code: 'overlay_not_implied',
        path: ['provinces/lao-cai/overlay.json', 'operations', 0, 'condition'],
        params: { operation: 'l3-either', target: 'lao-dong-tien-tien-nd152#good-conduct', reason: 'alternative-uncovered', from: 'active-learner', to: 'good-conduct', document: '06/2022/QH15', article: '24', clause: '1' },
      },
    ]);
    expect(issueMessage(is[0]!, 'vi')).toContain('có trường hợp của điều kiện mới không thuộc trường hợp nào của điều kiện cũ');
    expect(issueMessage(is[0]!, 'en')).toContain('an alternative of the new condition implies none of the old ones');
  });

  test('L3 replacement stays protected: a later operation of the same overlay cannot drop the national part', () => {
    const is = refused(
      laoCai([
        { id: 'l3', op: 'replace', target: 'lao-dong-tien-tien-nd152#good-conduct', condition: { name: 'conduct-and-study', all: [conduct, learns] } },
        { id: 'drop', op: 'remove', target: 'lao-dong-tien-tien-nd152#good-conduct' },
      ]),
    );
    expect(is.map((i) => [i.code, (i.params as Record<string, unknown>)['operation']])).toEqual([['overlay_loosens_statute', 'drop']]);
  });
});

describe('B2 — Bắc Ninh QĐ 86/2025: the provincial flag only for cluster/bloc leaders (Law 06/2022 Art. 26.1, 26.2)', () => {
  const thematicLeader = {
    kind: 'collective',
    id: 'so-cong-thuong',
    history: [
      {
        year: 2026,
        hasExceededTargets: true,
        isExemplary: true,
        hasSolidarity: true,
        partyOrgRating: 'good',
        massOrgRating: 'good',
        isAntiCorruptionOk: true,
        ledMovements: [{ movementId: 'phong-trao-chuyen-de', launchedBy: 'province', kind: 'thematic', durationYears: 3, review: 'final' }],
      },
    ],
    councilVotes: [{ awardId: 'co-thi-dua-tinh', year: 2026, members: 10, approvals: 9 }],
  };

  test('B2 accepted: removing the thematic-movement route narrows the statutory any-of; a thematic leader loses the flag', async () => {
    const book = accepted(bacNinh([{ id: 'b2-leaders-only', op: 'remove', target: 'co-thi-dua-tinh-nd152#route-thematic-movement' }]));
    const root = book.regimes.find((r) => r.id === 'vn-tdkt-2022-nd152')!.rules.find((r) => r.id === 'co-thi-dua-tinh-nd152')!.root;
    const routes = root.type === 'group' ? root.children.find((c) => c.name === 'routes') : undefined;
    expect(routes).toMatchObject({ type: 'group', op: 'any', statutory: true, provenance: { op: 'remove', operationId: 'b2-leaders-only' } });
    expect(routes?.type === 'group' && routes.children.map((c) => c.name)).toEqual(['route-cluster-leader']);
    const before = await verdict(national, thematicLeader, 'co-thi-dua-tinh');
    expect(before).toBe('eligible');
    expect(await verdict(book, thematicLeader, 'co-thi-dua-tinh')).toBe('ineligible');
  });

  test('B2 loosening variant refused: removing a condition of the cluster-leader route (a conjunct) loosens it', () => {
    const is = refused(bacNinh([{ id: 'b2-no-solidarity', op: 'remove', target: 'co-thi-dua-tinh-nd152#solidarity' }]));
    expect(is.map((i) => ({ code: i.code, params: i.params }))).toEqual([
      { code: 'overlay_loosens_statute', params: { operation: 'b2-no-solidarity', target: 'co-thi-dua-tinh-nd152#solidarity', problem: 'remove-statutory', document: '06/2022/QH15', article: '26', clause: '1' } },
    ]);
    // and a replacement of the routes by a route the law does not have is not a narrowing either
    const swap = refused(
      bacNinh([
        {
          id: 'b2-swap',
          op: 'replace',
          target: 'co-thi-dua-tinh-nd152#routes',
          condition: { name: 'routes-exemplary', any: [{ name: 'only-exemplary', fact: 'isExemplary', operator: 'equal', value: true }] },
        },
      ]),
    );
    expect(swap.map((i) => [i.code, (i.params as Record<string, unknown>)['reason']])).toEqual([['overlay_not_implied', 'alternative-uncovered']]);
  });
});

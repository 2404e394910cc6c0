import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// rules/national/stable-ids.json says which condition of a Decree 98/2023 rule and of a Decree
// 152/2025 rule are the same criterion of Law 06/2022/QH15, so that one overlay operation (e.g.
// Lào Cai QĐ 14/2024 on `lao-dong-tien-tien#root`) applies in both periods. The loader checks that
// each named node exists; this test checks, node by node, that the two sides *mean* the same: a
// leaf reads the same fact with the same operator, value, parameter reference and params; a group
// combines the same way. Wording, markers and citations may differ (Decree 152 rewrote labels and
// some thresholds are UNCONFIRMED there); the reviewed differences in children of a group are listed.

type Node = Record<string, unknown> & { name?: string; all?: Node[]; any?: Node[]; not?: Node };
interface RuleJson { id: string; conditions: Node }

const NATIONAL = 'rules/national';
function rulesOf(regime: string): Map<string, RuleJson> {
  const dir = join(NATIONAL, regime, 'rules');
  const out = new Map<string, RuleJson>();
  for (const f of readdirSync(dir)) for (const r of (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { rules: RuleJson[] }).rules) out.set(r.id, r);
  return out;
}
function named(root: Node): Map<string, Node> {
  const out = new Map<string, Node>([['root', root]]);
  const walk = (n: Node): void => {
    if (n.name) out.set(n.name, n);
    for (const c of [...(n.all ?? []), ...(n.any ?? []), ...(n.not ? [n.not] : [])]) walk(c);
  };
  walk(root);
  return out;
}
/** What a node decides, without its wording: leaves by fact, operator, value and params; groups by op and children. */
function meaning(n: Node): unknown {
  if (n.all || n.any) return { op: n.all ? 'all' : 'any', children: (n.all ?? n.any)!.map((c) => c.name ?? '(unnamed)') };
  if (n.not) return { op: 'not', child: n.not.name };
  const { fact, operator, value, params, paramRef, paramRefs, path } = n;
  return JSON.parse(JSON.stringify({ fact, operator, value, params, paramRef, paramRefs, path }));
}

/** Reviewed: the two sides differ in children only, and an operation on the group still means the same. */
const REVIEWED_GROUP_DIFFERENCES: Record<string, string> = {
  // Decree 98/2023 Art. 9 asked for publication for comment before the national title; Decree
  // 152/2025 dropped it. `root` is the conjunction of the title's criteria in each period: adding a
  // condition to it means the same in both.
  'chien-si-thi-dua-toan-quoc#root': 'published-for-comment only under Decree 98/2023',
};

describe('stable ids name the same criterion in every regime (rules/national/stable-ids.json)', () => {
  const file = JSON.parse(readFileSync(join(NATIONAL, 'stable-ids.json'), 'utf8')) as { stableIds: { id: string; rules: Record<string, string>; nodes: Record<string, string> }[] };
  const byRegime = new Map<string, Map<string, RuleJson>>();
  const rule = (regime: string, id: string): RuleJson => {
    if (!byRegime.has(regime)) byRegime.set(regime, rulesOf(regime));
    const r = byRegime.get(regime)!.get(id);
    if (!r) throw new Error(`${regime}: no rule ${id}`);
    return r;
  };

  test('the file maps the award rules present under both Decree 98/2023 and Decree 152/2025', () => {
    expect(file.stableIds.length).toBe(20);
    for (const e of file.stableIds) expect(Object.keys(e.rules).sort()).toEqual(['vn-tdkt-2022-nd152', 'vn-tdkt-2022-nd98']);
  });

  for (const e of file.stableIds) {
    test(`${e.id}: every declared node decides the same way under both decrees`, () => {
      const sides = Object.entries(e.rules).map(([regime, id]) => named(rule(regime, id).conditions));
      const [a, b] = sides as [Map<string, Node>, Map<string, Node>];
      const differing: string[] = [];
      for (const node of Object.keys(e.nodes)) {
        const key = `${e.id}#${node}`;
        expect(a.has(node) && b.has(node), key).toBe(true);
        const same = JSON.stringify(meaning(a.get(node)!)) === JSON.stringify(meaning(b.get(node)!));
        if (!same && !(key in REVIEWED_GROUP_DIFFERENCES)) differing.push(key);
      }
      expect(differing).toEqual([]);
    });
  }

  test('every reviewed difference is still a difference (a stale entry would hide a new one)', () => {
    for (const key of Object.keys(REVIEWED_GROUP_DIFFERENCES)) {
      const [id, node] = key.split('#') as [string, string];
      const e = file.stableIds.find((x) => x.id === id)!;
      const [a, b] = Object.entries(e.rules).map(([regime, rid]) => named(rule(regime, rid).conditions).get(node)!);
      expect(JSON.stringify(meaning(a!)), key).not.toBe(JSON.stringify(meaning(b!)));
    }
  });
});

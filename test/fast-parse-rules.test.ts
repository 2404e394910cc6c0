import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileFastParser, FAST_PARSE_REJECT, safeParseFast } from '../src/_internal/fast-parse.js';
import { FACTS } from '../src/facts/catalog.js';
import { loadRuleBook, nationalRuleFiles } from '../src/index.js';
import { loadRuleBookUncached } from '../src/rule-book/load-rule-book.js';
import {
  AwardRuleSchema,
  AwardsFileSchema,
  BookFileSchema,
  GroupShellSchema,
  LeafConditionSchema,
  ParameterSchema,
  ParametersFileSchema,
  PrincipleRuleSchema,
  RuleFileSchema,
} from '../src/schema/rule-file.js';
import { OverlayFileSchema, ProvincesFileSchema } from '../src/schema/overlay-file.js';
import { BaseSalaryFileSchema, BonusesFileSchema } from '../src/schema/bonus-file.js';
import { HierarchyFileSchema } from '../src/schema/hierarchy-file.js';
import { QuotasFileSchema } from '../src/schema/quota-file.js';
import { readJson, shapeOf } from './support/factories.js';

// The rule-book loader validates through the fast path compiled from its zod schemas (zod reports
// whatever the fast path does not vouch for). Same contract as for subjects: never more permissive.
type Schema = { safeParse(d: unknown): { success: boolean; data?: unknown } };
const files = nationalRuleFiles();
const pairs: [string, Schema, unknown][] = [];
function conditions(node: unknown, at: string): void {
  if (node === null || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  if ('fact' in n) {
    pairs.push([`${at} leaf`, LeafConditionSchema, n]);
    const fact = FACTS.find((f) => f.id === n['fact']);
    // params holding parameter references are validated after the references are resolved
    if (fact?.params && n['params'] && !JSON.stringify(n['params']).includes('"param":')) pairs.push([`${at} params`, fact.params, n['params']]);
    return;
  }
  pairs.push([`${at} group`, GroupShellSchema, n]);
  for (const k of ['all', 'any']) if (Array.isArray(n[k])) (n[k] as unknown[]).forEach((c, i) => conditions(c, `${at}.${k}[${i}]`));
  if (n['not']) conditions(n['not'], `${at}.not`);
}
for (const [path, data] of Object.entries(files)) {
  if (path === 'awards.json') pairs.push([path, AwardsFileSchema, data]);
  else if (path === 'national/base-salary.json') pairs.push([path, BaseSalaryFileSchema, data]);
  else if (path === 'national/hierarchy.json') pairs.push([path, HierarchyFileSchema, data]);
  else if (path.endsWith('/bonuses.json')) pairs.push([path, BonusesFileSchema, data]);
  else if (path.endsWith('/quotas.json')) pairs.push([path, QuotasFileSchema, data]);
  else if (path === 'national/book.json') pairs.push([path, BookFileSchema, data]);
  else if (path.endsWith('/parameters.json')) {
    pairs.push([path, ParametersFileSchema, data]);
    for (const p of (data as { parameters: unknown[] }).parameters) pairs.push([`${path} parameter`, ParameterSchema, p]);
  } else if (/\/rules\/[^/]+\.json$/.test(path)) {
    pairs.push([path, RuleFileSchema, data]);
    for (const r of (data as { rules: Record<string, unknown>[] }).rules) {
      pairs.push([`${path} ${String(r['id'])}`, r['kind'] === 'principle' ? PrincipleRuleSchema : AwardRuleSchema, r]);
      conditions(r['conditions'], `${path} ${String(r['id'])}`);
    }
  }
}

pairs.push(['provinces.json', ProvincesFileSchema, readJson('rules/provinces.json')]);
// The shipped overlays (real regulations, province and agency) and the invented fixture overlays of the tests.
for (const file of ['rules/provinces/lao-cai', 'rules/provinces/bac-ninh', 'rules/agencies/bo-cong-thuong', 'rules/agencies/uy-ban-dan-toc', 'test/fixtures/overlays/hai-phong', 'test/fixtures/overlays/quang-ninh', 'test/fixtures/overlays/thanh-hoa']) {
  pairs.push([`${file} overlay`, OverlayFileSchema, readJson(`${file}/overlay.json`)]);
}

/** A copy of `v` with one place changed: a value replaced, a key removed or added. */
function mutate(v: unknown, choice: number, replacement: unknown): unknown {
  const places: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const copy = structuredClone(v);
  const walk = (x: unknown): void => {
    if (x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) x.forEach((c, i) => (places.push({ parent: x, key: i }), walk(c)));
    else for (const k of Object.keys(x)) places.push({ parent: x as Record<string, unknown>, key: k }), walk((x as Record<string, unknown>)[k]);
  };
  walk(copy);
  if (places.length === 0) return replacement;
  const { parent, key } = places[choice % places.length]!;
  const op = choice % 3;
  if (op === 0 && !Array.isArray(parent)) delete parent[key as string];
  else if (op === 1 && !Array.isArray(parent)) parent[`${String(key)}X`] = replacement;
  else (parent as Record<string | number, unknown>)[key] = replacement;
  return copy;
}

describe('fast rule-file and overlay parsers compiled from the zod schemas', () => {
  test('every national file, rule, parameter and condition node is valid through both paths, with the same output', () => {
    expect(pairs.length).toBeGreaterThan(500);
    for (const [where, schema, data] of pairs) {
      const fast = compileFastParser(schema)(data);
      const z = schema.safeParse(data);
      expect(z.success, where).toBe(true);
      expect(fast, where).not.toBe(FAST_PARSE_REJECT);
      expect(shapeOf(fast), where).toEqual(shapeOf(z.data));
    }
  });

  test('property: on mutated files the fast path accepts nothing zod rejects, and agrees with it when it accepts', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.nat(pairs.length - 1),
        fc.nat(100_000),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(undefined, '0.8', 'ninety', 1.5, -3, 2 ** 60, ['x'], { param: 'a.b' }, { param: 'Bad' }, '2025-02-30')),
        (i, choice, replacement) => {
          const [where, schema, data] = pairs[i]!;
          const input = mutate(data, choice, replacement);
          const fast = compileFastParser(schema)(input);
          const z = schema.safeParse(input);
          if (fast === FAST_PARSE_REJECT) {
            rejected++;
            return;
          }
          accepted++;
          expect(z.success, where).toBe(true);
          expect(shapeOf(fast), where).toEqual(shapeOf(z.data));
        },
      ),
      { numRuns: 3000, seed: 77 },
    );
    expect(accepted).toBeGreaterThan(300);
    expect(rejected).toBeGreaterThan(300);
  });

  test('the loader gives the same book and the same issues as zod alone would (safeParseFast falls back to zod)', () => {
    const book = loadRuleBookUncached(files);
    expect(book.ok).toBe(true);
    const broken = structuredClone(files) as Record<string, { rules?: { conditions?: unknown }[] }>;
    const rf = Object.keys(broken).find((p) => p.endsWith('/rules/lao-dong-tien-tien.json'))!;
    (broken[rf]!.rules![0]! as Record<string, unknown>)['conditons'] = {};
    const r = loadRuleBook(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((x) => x.code)).toContain('unrecognized_key');
    expect(safeParseFast(ParameterSchema, { id: 'a' }).success).toBe(false);
  });
});

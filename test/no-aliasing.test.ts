import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { awardHierarchy, bonusFor, checkCouncilVote, evaluateCycle, evaluateEligibility, nextAwards, renderCycle, renderExplanation, resolveRegime, SCHEMA_NAMES, type RuleBook } from '../src/index.js';
import { FACT_PARAM_EFFECT, FACTS, LIMITS, OPERATORS, PREREQUISITE_EDGE_KINDS, en, vi } from '../src/advanced.js';
import { nationalBook, ROOT } from './support/factories.js';

// Issue 19 item 4: no value reachable from a report (or an exported table) aliases module state.
// The test vandalises everything reachable — every property, array slot and Map entry it can
// reach — and then checks that fresh reports are byte-identical to reports taken before.

/** Try to change every object reachable from `root`; errors (frozen objects) are swallowed. Returns how many objects were reached. */
function vandalise(root: unknown): number {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  const attempt = (f: () => void): void => {
    try {
      f();
    } catch {
      /* frozen: fine */
    }
  };
  while (stack.length) {
    const v = stack.pop();
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v as object)) continue;
    seen.add(v as object);
    if (v instanceof Map) {
      for (const [k, x] of [...v.entries()]) {
        stack.push(x);
        attempt(() => v.set(k, 'HACKED'));
      }
      attempt(() => v.set('hacked-key', 'HACKED'));
      attempt(() => v.delete([...v.keys()][0]));
      continue;
    }
    if (v instanceof Set) {
      attempt(() => v.add('HACKED'));
      continue;
    }
    if (typeof v === 'function') continue; // locale functions: the holder is what must be frozen
    for (const k of Reflect.ownKeys(v as object)) {
      const x = (v as Record<PropertyKey, unknown>)[k];
      stack.push(x);
      attempt(() => {
        (v as Record<PropertyKey, unknown>)[k] = typeof x === 'string' ? 'HACKED' : typeof x === 'number' ? -1 : typeof x === 'boolean' ? !x : typeof x === 'function' ? () => 'HACKED' : x;
      });
    }
    if (Array.isArray(v)) {
      attempt(() => v.push('HACKED'));
      attempt(() => v.reverse());
    } else attempt(() => ((v as Record<string, unknown>)['hacked'] = 'HACKED'));
  }
  return seen.size;
}

const subject = {
  kind: 'individual',
  id: 'nguoi-a',
  name: 'Nguyễn Văn A',
  history: [
    { year: 2023, taskRating: 'excellent', hasGoodConduct: true, awards: [{ awardId: 'lao-dong-tien-tien' }, { awardId: 'chien-si-thi-dua-co-so' }] },
    { year: 2024, taskRating: 'excellent', hasGoodConduct: true, awards: [{ awardId: 'chien-si-thi-dua-co-so' }] },
    { year: 2025, taskRating: 'excellent', hasGoodConduct: true, isLawAbiding: true },
  ],
  initiatives: [{ id: 'sk-1', kind: 'initiative', year: 2025, recognisedScope: 'ministry-province' }],
  councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2025, members: 10, approvals: 9 }],
};
const cluster = JSON.parse(readFileSync(join(ROOT, 'examples/data/clusters/dong-bang-song-hong-2023.json'), 'utf8')) as unknown;

/** Every kind of report the library returns, as JSON text, plus the rendered texts. */
async function snapshot(book: RuleBook): Promise<{ values: unknown[]; text: string }> {
  const values: unknown[] = [];
  const texts: string[] = [];
  for (const evaluator of ['compiled', 'json-rules-engine'] as const) {
    for (const detail of ['full', 'verdicts'] as const) {
      const r = await evaluateEligibility(book, structuredClone(subject), { year: 2025, evaluator, detail });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      values.push(r.value);
      texts.push(renderExplanation(r.value), renderExplanation(r.value, { lang: 'en', format: 'markdown' } as never), renderExplanation(r.value, { lang: 'en', format: 'html' } as never));
    }
  }
  const vote = checkCouncilVote(book, { awardId: 'chien-si-thi-dua-tinh', year: 2025, members: 10, approvals: 9 });
  const next = await nextAwards(book, structuredClone(subject), { year: 2025 } as never);
  const regime = resolveRegime(book, { year: 2025 });
  const bonus = bonusFor(book, 'chien-si-thi-dua-co-so', { subject: 'individual', decisionDate: '2025-12-01' } as never);
  const graph = awardHierarchy(book);
  const cycle = await evaluateCycle(structuredClone(cluster), book);
  for (const r of [vote, next, regime, bonus, graph, cycle]) values.push(r);
  if (cycle.ok) texts.push(renderCycle(cycle.value), renderCycle(cycle.value, { lang: 'en' }));
  return { values, text: JSON.stringify(values) + texts.join('\n') };
}

describe('issue 19.4: no value reachable from a report aliases module state', () => {
  test('vandalising every report (both evaluators, every report kind) and every exported table leaves later reports byte-identical', async () => {
    const book = nationalBook();
    const before = await snapshot(book);
    expect(before.text).toContain('Nguyễn Văn A');
    const victims = await snapshot(book);
    let reached = 0;
    for (const v of victims.values) reached += vandalise(v);
    for (const table of [FACTS, OPERATORS, LIMITS, FACT_PARAM_EFFECT, SCHEMA_NAMES, PREREQUISITE_EDGE_KINDS, vi, en]) reached += vandalise(table);
    expect(reached).toBeGreaterThan(1000);
    const after = await snapshot(nationalBook());
    const at = [...after.text].findIndex((ch, i) => ch !== before.text[i]);
    expect(at === -1 && after.text.length === before.text.length ? 'identical' : `differs at ${at}: …${after.text.slice(Math.max(0, at - 200), at + 100)}…`).toBe('identical');
  });

  test('exported tables are frozen (assignment throws in strict mode; Maps refuse set/delete/clear)', () => {
    expect(Object.isFrozen(LIMITS)).toBe(true);
    expect(Object.isFrozen(FACT_PARAM_EFFECT)).toBe(true);
    expect(Object.isFrozen(FACTS)).toBe(true);
    expect(FACTS.every((f) => Object.isFrozen(f) && Object.isFrozen(f.label))).toBe(true);
    expect(Object.isFrozen(vi) && Object.isFrozen(en) && Object.isFrozen(vi.words)).toBe(true);
    expect(() => (OPERATORS as Map<string, unknown>).set('decimalGte', {})).toThrow(TypeError);
    expect(() => (OPERATORS as Map<string, unknown>).delete('decimalGte')).toThrow(TypeError);
    expect(() => {
      (FACT_PARAM_EFFECT as Record<string, string>)['initiativeCount.years'] = 'down';
    }).toThrow(TypeError);
    expect(FACT_PARAM_EFFECT['initiativeCount.years']).toBe('up');
  });
});

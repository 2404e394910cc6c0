import { FACTS as CATALOG, FACTS_BY_ID as CATALOG_BY_ID, type FactDef } from './catalog.js';
import { readonlyMap } from '../_internal/readonly-map.js';

/** Freeze plain data (plain objects and arrays) deeply; class instances such as zod schemas are left alone. */
function freezePlain<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return value;
  Object.freeze(value);
  for (const k of Object.keys(value)) freezePlain((value as Record<string, unknown>)[k]);
  return value;
}

/** Freeze one fact definition and the plain data it holds (label, unit, parameter lists). */
function freezeFact(f: FactDef): FactDef {
  for (const k of Object.keys(f)) freezePlain((f as unknown as Record<string, unknown>)[k]);
  return Object.freeze(f);
}

/**
 * The fact catalog, frozen once when this module loads (issue 19.4): findings carry each fact's
 * label by reference, so a caller editing `report…factLabel.en` would otherwise change every later
 * report. Every evaluator, the compiler, the loader and the public `FACTS` export read it from here.
 * (The catalog module itself is outside this change; freezing it there would make this module a
 * plain re-export.)
 * @internal
 */
export const FACTS: readonly FactDef[] = Object.freeze(CATALOG.map(freezeFact));

/** The frozen catalog by id, as a read-only Map. @internal */
export const FACTS_BY_ID: ReadonlyMap<string, FactDef> = readonlyMap([...CATALOG_BY_ID].map(([k, v]) => [k, freezeFact(v)] as const));

/**
 * The param directions every fact declares ({@link FactDef.paramEffects}), as
 * "<fact>.<param>" → 'up' | 'down': how a fact param moves the fact value when the param grows (a
 * number grows, a list gains members, a boolean turns true). The overlay guard reads it (one place):
 * only the params listed here can be changed on a statutory leaf, any other change is refused
 * because it cannot be shown not to loosen the condition. Public as `FACT_PARAM_EFFECT` from
 * `thidua/advanced` (the same frozen object).
 */
export const DECLARED_PARAM_EFFECTS: Readonly<Record<string, 'up' | 'down'>> = Object.freeze(
  Object.fromEntries(FACTS.flatMap((f) => Object.entries(f.paramEffects ?? {}).map(([p, d]) => [`${f.id}.${p}`, d] as const))),
);

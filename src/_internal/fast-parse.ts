/**
 * Over 300 lines on purpose: one compiler over zod's schema kinds, each case small and alike.
 *
 * A fast path for zod validation, compiled from the zod schema itself (its public `_zod.def`), once.
 *
 * Issue 16 measured zod's own compiler (`z.compile`, zod ≥ 4.6) against it: for subjects (validated
 * once per subject in batches) z.compile is faster and is used there (src/evaluate/normalize-subject.ts);
 * for the rule-book files, each validated once per load against its own schema, compiling every
 * schema with z.compile made the first load about four times slower (≈1.3 s against ≈0.35 s) and
 * later loads ~20 % slower, so these keep this fast path. Numbers in docs/performance.md.
 *
 * The zod schema stays the single source of truth: the compiled parser reads the same shapes,
 * enums, bounds, regexes and refinements from it. It is deliberately conservative — it only says
 * "valid" for plain data it fully understands, and returns {@link FAST_PARSE_REJECT} for anything else
 * (an error, an explicit `undefined`, a class instance, an unknown key …), after which the caller runs
 * `safeParse` to get zod's verdict and its issues. So the fast path can make validation cheaper, never
 * more permissive; a differential property test checks that it accepts nothing zod rejects and that
 * its output is the same as zod's, key order included.
 *
 * Schema node types it understands: object (strict), string (regex, min/max length, custom
 * refinements), number (safe integer, inclusive bounds), boolean, enum, literal, array (min/max
 * length), optional, nullable, unknown, record (string keys), discriminated union, and unions whose options
 * accept disjoint JavaScript types. Compiling any other node throws, so an unsupported schema
 * fails loudly at module load, not silently at run time.
 * @internal
 */

/** Returned by a compiled parser when the fast path cannot vouch for the input. @internal */
export const FAST_PARSE_REJECT: unique symbol = Symbol('reject');

/** A compiled parser: the zod output (fresh objects and arrays), or {@link FAST_PARSE_REJECT}. @internal */
export type FastParser = (input: unknown) => unknown;

interface ZodLike {
  readonly _zod: { readonly def: ZodDef };
}
interface ZodDef {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, ZodLike>>;
  readonly catchall?: ZodLike;
  readonly element?: ZodLike;
  readonly innerType?: ZodLike;
  readonly options?: readonly ZodLike[];
  readonly discriminator?: string;
  readonly keyType?: ZodLike;
  readonly valueType?: ZodLike;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
}
interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly fn?: (v: unknown) => unknown;
  readonly abort?: boolean;
}

const R = FAST_PARSE_REJECT;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

type Test = (v: never) => boolean;

function checkTests(def: ZodDef, kind: 'string' | 'number' | 'array'): Test[] {
  const tests: Test[] = [];
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp && kind === 'string') {
      const re = new RegExp(d.pattern.source, d.pattern.flags.replace('g', '').replace('y', ''));
      tests.push((s: string) => re.test(s));
    } else if (d.check === 'min_length' && typeof d.minimum === 'number' && kind !== 'number') {
      const min = d.minimum;
      tests.push((s: { length: number }) => s.length >= min);
    } else if (d.check === 'max_length' && typeof d.maximum === 'number' && kind !== 'number') {
      const max = d.maximum;
      tests.push((s: { length: number }) => s.length <= max);
    } else if (d.check === 'number_format' && (d.format === 'safeint' || d.format === 'int32') && kind === 'number') {
      if (d.format === 'safeint') tests.push((n: number) => Number.isSafeInteger(n));
      else tests.push((n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647);
    } else if (d.check === 'greater_than' && typeof d.value === 'number' && kind === 'number') {
      const v = d.value;
      tests.push(d.inclusive ? (n: number) => n >= v : (n: number) => n > v);
    } else if (d.check === 'less_than' && typeof d.value === 'number' && kind === 'number') {
      const v = d.value;
      tests.push(d.inclusive ? (n: number) => n <= v : (n: number) => n < v);
    } else if (d.check === 'custom' && typeof d.fn === 'function') {
      const fn = d.fn;
      tests.push((x: unknown) => {
        try {
          const r = fn(x);
          // an async refinement cannot be decided here: leave it to zod
          return r === true || (r !== false && typeof r !== 'object' && Boolean(r));
        } catch {
          return false; // zod decides (and reports) what a throwing refinement means
        }
      });
    } else {
      throw new Error(`fast-parse: unsupported ${kind} check "${d.check}${d.format ? `/${d.format}` : ''}"`);
    }
  }
  return tests;
}

function allPass(tests: readonly Test[], v: unknown): boolean {
  for (let i = 0; i < tests.length; i++) if (!tests[i]!(v as never)) return false;
  return true;
}

/**
 * Compile a zod schema into a fast parser (see the module comment). Throws on schema features it
 * does not understand.
 * @internal
 */
export function compileFastParser(schema: unknown): FastParser {
  const def = (schema as ZodLike)._zod.def;
  switch (def.type) {
    case 'string': {
      const tests = checkTests(def, 'string');
      return (v) => (typeof v === 'string' && allPass(tests, v) ? v : R);
    }
    case 'number': {
      const tests = checkTests(def, 'number');
      return (v) => (typeof v === 'number' && Number.isFinite(v) && allPass(tests, v) ? v : R);
    }
    case 'boolean':
      if (def.checks?.length) throw new Error('fast-parse: checks on boolean');
      return (v) => (typeof v === 'boolean' ? v : R);
    case 'enum': {
      if (def.checks?.length) throw new Error('fast-parse: checks on enum');
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => ((typeof v === 'string' || typeof v === 'number') && values.has(v) ? v : R);
    }
    case 'literal': {
      const values = def.values ?? [];
      if (!values.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')) throw new Error('fast-parse: literal type');
      return (v) => (values.includes(v as never) ? v : R);
    }
    case 'optional': {
      const inner = compileFastParser(def.innerType);
      // an explicitly undefined value is valid for zod, but its output keeps the key: leave it to zod
      return (v) => (v === undefined ? R : inner(v));
    }
    case 'array': {
      const el = compileFastParser(def.element);
      const tests = checkTests(def, 'array');
      return (v) => {
        if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype || !allPass(tests, v)) return R;
        const n = v.length;
        const out = new Array<unknown>(n);
        for (let i = 0; i < n; i++) {
          if (!(i in v)) return R; // a hole
          const x = el(v[i]);
          if (x === R) return R;
          out[i] = x;
        }
        return out;
      };
    }
    case 'object': {
      if (def.checks?.length) throw new Error('fast-parse: checks on object');
      if (def.catchall?._zod.def.type !== 'never') throw new Error('fast-parse: only strict objects are supported');
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      const parsers = keys.map((k) => compileFastParser(shape[k]));
      const optional = keys.map((k) => shape[k]!._zod.def.type === 'optional');
      const requiredCount = optional.filter((o) => !o).length;
      const index = new Map(keys.map((k, i) => [k, i] as const));
      const n = keys.length;
      return (v) => {
        if (!isPlainObject(v)) return R;
        // walk the keys the input has (schemas have many optional keys, inputs few of them), then
        // build the output in schema order, as zod does
        const values = new Array<unknown>(n);
        let present = 0;
        let required = 0;
        for (const k in v) {
          // an inherited, unknown or explicitly undefined key: zod decides
          if (!Object.prototype.hasOwnProperty.call(v, k)) return R;
          const i = index.get(k);
          if (i === undefined) return R;
          const x = v[k];
          if (x === undefined) return R;
          const y = parsers[i]!(x);
          if (y === R) return R;
          values[i] = y;
          present++;
          if (!optional[i]) required++;
        }
        if (required !== requiredCount) return R;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < n && present > 0; i++) {
          if (values[i] === undefined) continue;
          out[keys[i]!] = values[i];
          present--;
        }
        return out;
      };
    }
    case 'nullable': {
      const inner = compileFastParser(def.innerType);
      return (v) => (v === null ? null : inner(v));
    }
    case 'unknown':
      // zod returns the very value (no copy); a missing required key is left to zod (object parser)
      return (v) => v;
    case 'record': {
      const keyDef = (def.keyType as ZodLike | undefined)?._zod.def;
      if (keyDef?.type !== 'string') throw new Error('fast-parse: only records with string keys are supported');
      const key = compileFastParser(def.keyType);
      const value = compileFastParser(def.valueType);
      return (v) => {
        if (!isPlainObject(v)) return R;
        const out: Record<string, unknown> = {};
        for (const k in v) {
          if (!Object.prototype.hasOwnProperty.call(v, k) || k === '__proto__' || key(k) === R) return R;
          const x = value(v[k]);
          if (x === R) return R;
          out[k] = x;
        }
        return out;
      };
    }
    case 'union': {
      const disc = def.discriminator;
      if (disc === undefined) return compileTypeDisjointUnion(def);
      const byValue = new Map<unknown, FastParser>();
      for (const o of def.options ?? []) {
        const lit = o._zod.def.shape?.[disc]?._zod.def;
        if (lit?.type !== 'literal' || !lit.values) throw new Error('fast-parse: discriminator must be a literal');
        const p = compileFastParser(o);
        for (const val of lit.values) byValue.set(val, p);
      }
      return (v) => {
        if (!isPlainObject(v)) return R;
        const p = byValue.get(v[disc]);
        return p ? p(v) : R;
      };
    }
    default:
      throw new Error(`fast-parse: unsupported schema type "${def.type}"`);
  }
}

type JsType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';

/** The JavaScript types a schema can accept, or undefined when it could accept anything. */
function jsTypes(schema: ZodLike): Set<JsType> | undefined {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return new Set(['string']);
    case 'number':
      return new Set(['number']);
    case 'boolean':
      return new Set(['boolean']);
    case 'array':
      return new Set(['array']);
    case 'object':
    case 'record':
      return new Set(['object']);
    case 'enum':
      return new Set(Object.values(def.entries ?? {}).map((x) => typeof x as JsType));
    case 'literal':
      return new Set((def.values ?? []).map((x) => (x === null ? 'null' : (typeof x as JsType))));
    case 'nullable': {
      const inner = def.innerType ? jsTypes(def.innerType) : undefined;
      return inner ? new Set([...inner, 'null']) : undefined;
    }
    case 'union': {
      const out = new Set<JsType>();
      for (const o of def.options ?? []) {
        const t = jsTypes(o);
        if (!t) return undefined;
        for (const x of t) out.add(x);
      }
      return out;
    }
    default:
      return undefined;
  }
}

function jsTypeOf(v: unknown): JsType | undefined {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean' || t === 'object' ? t : undefined;
}

/**
 * A union whose options accept pairwise disjoint JavaScript types (e.g. boolean | string | array |
 * object): at most one option can accept a value, so picking it by type gives zod's answer (zod
 * returns its first successful option). Any overlap is refused at compile time.
 */
function compileTypeDisjointUnion(def: ZodDef): FastParser {
  const byType = new Map<JsType, FastParser>();
  for (const o of def.options ?? []) {
    const types = jsTypes(o);
    if (!types) throw new Error(`fast-parse: union option of type "${o._zod.def.type}" is not supported`);
    const p = compileFastParser(o);
    for (const t of types) {
      if (byType.has(t)) throw new Error(`fast-parse: union options overlap on ${t}`);
      byType.set(t, p);
    }
  }
  return (v) => {
    const t = jsTypeOf(v);
    const p = t === undefined ? undefined : byType.get(t);
    return p ? p(v) : R;
  };
}

/**
 * Fast parsers compiled from schemas on first use (null: the schema uses a feature the fast path lacks).
 * Module state, kept on purpose (issue 16): a WeakMap keyed by the (module-level, frozen) zod schema
 * objects, so it is bounded by the number of schemas and lets them be collected; not observable, as
 * a compiled parser returns zod's output or defers to zod.
 */
const compiledParsers = new WeakMap<object, FastParser | null>();

/**
 * `schema.safeParse(data, { reportInput: true })` with the compiled fast path in front: valid plain
 * data is vouched for without zod; anything else (and any schema the fast path cannot compile) goes
 * to zod, whose result and issues are returned unchanged.
 * @internal
 */
export function safeParseFast<S extends { safeParse(data: unknown, params?: { reportInput?: boolean }): unknown }>(schema: S, data: unknown): ReturnType<S['safeParse']> {
  let p = compiledParsers.get(schema);
  if (p === undefined) {
    try {
      p = compileFastParser(schema);
    } catch {
      p = null;
    }
    compiledParsers.set(schema, p);
  }
  if (p) {
    const out = p(data);
    if (out !== R) return { success: true, data: out } as ReturnType<S['safeParse']>;
  }
  return schema.safeParse(data, { reportInput: true }) as ReturnType<S['safeParse']>;
}

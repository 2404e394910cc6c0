import { canonicalJson, compareCodeUnits } from '../_internal/canonical-json.js';
import { closest } from '../_internal/closest.js';
import { deepFreeze } from '../_internal/deep-freeze.js';
import { sha256Hex } from '../_internal/sha256.js';
import { PROVINCES_FILE } from '../_generated/province-overlays.js';
import type { AppliedOverlay, RegimeDef, RuleBook, RuleDef } from '../model/rule-book.js';
import { fromZodIssues } from '../schema/from-zod.js';
import { fail, makeIssue, ok, type Issue, type Result } from '../model/issue.js';
import { checkDepth, findForbiddenKeys } from '../rule-book/limits.js';
import { OverlayFileSchema, type OverlayFile } from '../schema/overlay-file.js';
import { applyAdd } from './ops/add.js';
import { applyRemove } from './ops/remove.js';
import { applyReplace } from './ops/replace.js';
import { applySet } from './ops/set.js';
import { applyQuotaOperation } from './ops/quota.js';
import { checkSheetOperation, sheetAddition } from './ops/sheet.js';
import { checkProvinceKey, parseProvinces } from './provinces.js';
import { jurisdictionKey, makeProvenance, overlaySource, type ResolvedOverlay } from './provenance.js';
import { AGENCIES_FILE } from '../_generated/agencies.js';
import { parseAgencies, provinceJurisdiction, resolveAgency, type Jurisdiction } from './jurisdiction.js';
import { checkDeclarations, declaredFacts, declaredParameters, rewriteDeclaredFacts } from './declarations.js';
import { checkDeclaredSubjects, expandStableTarget } from './stable-targets.js';
import type { OverlayState } from './_state.js';
import { cloneJson, shiftDay } from './_tree.js';
import { safeParseFast } from '../_internal/fast-parse.js';
import { isRuleBook } from '../_internal/args.js';
import { bookIssues, objectIssues } from '../_internal/args.js';
import { checkOptions } from '../_internal/options.js';

/** Options of {@link applyOverlay}. */
export interface ApplyOverlayOptions {
  /** Label of the overlay file in issue paths; default `provinces/<key>/overlay.json`. */
  readonly file?: string | undefined;
  /** The provinces list (rules/provinces.json) to validate the key against; default: the embedded one. */
  readonly provinces?: unknown;
  /** The agency register (rules/agencies.json) for agency overlays; default: the embedded one. */
  readonly agencies?: unknown;
}

const END = '9999-12-31';
const OVERLAY_KEYS = Object.keys(OverlayFileSchema.shape);

function versionMatches(pattern: string, version: string): boolean {
  const p = pattern.split('.');
  const v = version.split('.');
  return p.length === 3 && v.length === 3 && p.every((x, i) => x === 'x' || x === v[i]);
}

function checkApplicability(book: RuleBook, o: OverlayFile, file: string): Issue[] {
  const issues: Issue[] = [];
  const at = [file, 'appliesTo'];
  if (o.appliesTo.ruleBook !== book.id) {
    issues.push(makeIssue('overlay_regime_mismatch', [...at, 'ruleBook'], { expected: book.id, received: o.appliesTo.ruleBook }));
  }
  if (!o.appliesTo.versions.some((v) => versionMatches(v, book.version))) {
    issues.push(makeIssue('overlay_version_mismatch', [...at, 'versions'], { expected: o.appliesTo.versions, received: book.version }));
  }
  const ids = book.regimes.map((r) => r.id);
  o.appliesTo.regimes.forEach((id, i) => {
    const regime = book.regimes.find((r) => r.id === id);
    if (!regime) {
      issues.push(makeIssue('overlay_regime_mismatch', [...at, 'regimes', i], { expected: ids.join(', '), received: id, suggestions: closest(id, ids) }));
    } else if (!(regime.effective.from <= (o.effective.to ?? END) && o.effective.from <= (regime.effective.to ?? END))) {
      issues.push(
        makeIssue('overlay_regime_mismatch', [file, 'effective'], {
          expected: `${id} (${regime.effective.from}..${regime.effective.to ?? ''})`,
          received: `${o.effective.from}..${o.effective.to ?? ''}`,
        }),
      );
    }
  });
  if (o.effective.to !== undefined && o.effective.to < o.effective.from) {
    issues.push(makeIssue('invalid_effective_period', [file, 'effective'], { from: o.effective.from, to: o.effective.to }));
  }
  return issues;
}

function checkComposition(book: RuleBook, o: OverlayFile, file: string, hash: string): Issue[] {
  const prev = book.overlays ?? [];
  const at = [file, 'layer'];
  const source = overlaySource(o);
  if (o.layer === 'province' || o.layer === 'agency') {
    if (o.unit !== undefined) return [makeIssue('overlay_composition', [file, 'unit'], { problem: 'province-with-unit' })];
    if (!prev.length) return [];
    if (prev.some((p) => p.hash === hash)) return [makeIssue('overlay_composition', at, { problem: 'province-after-others', sources: prev.map((p) => p.source) })];
    // overlays of one jurisdiction compose in date order (a later decision on top of an earlier one)
    const stranger = prev.find((p) => p.jurisdiction.key !== jurisdictionKey(o) || p.jurisdiction.kind !== (o.layer === 'agency' ? 'agency' : 'province'));
    if (stranger) return [makeIssue('overlay_order', at, { reason: 'jurisdiction', source, previous: stranger.source })];
    const lower = prev.find((p) => p.layer !== o.layer);
    if (lower) return [makeIssue('overlay_order', at, { reason: 'lower', source, previous: lower.source })];
    const last = prev[prev.length - 1]!;
    if (o.effective.from <= last.effective.from) return [makeIssue('overlay_order', [file, 'effective', 'from'], { reason: 'date', source, from: o.effective.from, previousFrom: last.effective.from })];
    return [];
  }
  if (o.province === undefined) return [makeIssue('overlay_jurisdiction', at, { layer: o.layer, expected: 'province' })];
  if (o.unit === undefined) return [makeIssue('missing_field', [file, 'unit'], { key: 'unit' })];
  if (!prev.some((p) => p.layer === 'province' && p.province === o.province)) {
    return [makeIssue('overlay_composition', at, { problem: 'layer-without-province', layer: o.layer, province: o.province })];
  }
  const stranger = prev.find((p) => p.province !== o.province);
  if (stranger) return [makeIssue('overlay_composition', at, { problem: 'other-province', source: stranger.source })];
  if (prev.some((p) => p.source === overlaySource(o))) return [makeIssue('overlay_composition', at, { problem: 'already-applied', source: overlaySource(o) })];
  return [];
}

/** The province or agency of an overlay: the key field that fits its layer, checked against its register. */
function resolveJurisdiction(o: OverlayFile, file: string, options: ApplyOverlayOptions): Result<Jurisdiction> {
  if (o.layer === 'agency') {
    if (o.agency === undefined || o.province !== undefined) return fail([makeIssue('overlay_jurisdiction', [file, o.agency === undefined ? 'agency' : 'province'], { layer: o.layer, expected: 'agency' })]);
    const agencies = parseAgencies(options.agencies ?? AGENCIES_FILE);
    if (!agencies.ok) return agencies;
    return resolveAgency(agencies.value, o.agency, o.effective, [file, 'agency']);
  }
  if (o.province === undefined || o.agency !== undefined) return fail([makeIssue('overlay_jurisdiction', [file, o.province === undefined ? 'province' : 'agency'], { layer: o.layer, expected: 'province' })]);
  const provinces = parseProvinces(options.provinces ?? PROVINCES_FILE);
  if (!provinces.ok) return provinces;
  const issues = checkProvinceKey(provinces.value, o.province, o.effective, [file, 'province']);
  if (issues.length) return fail(issues as [Issue, ...Issue[]]);
  return ok(provinceJurisdiction(provinces.value, o.province, o.effective));
}

/** Clip touched rules to the overlay period; keep the untouched national remainder as separate rules. */
function splitByPeriod(s: OverlayState, o: OverlayFile): void {
  const from = o.effective.from;
  const to = o.effective.to ?? END;
  for (const [ruleId, opIndex] of [...s.touched.entries()].sort((a, b) => compareCodeUnits(a[0], b[0]))) {
    const regimeId = s.ruleRegime.get(ruleId)!;
    const rules = s.regimes.get(regimeId)!.rules;
    const rule = rules.get(ruleId)!;
    const rf = rule.effective.from;
    const rt = rule.effective.to ?? END;
    const start = rf > from ? rf : from;
    const end = rt < to ? rt : to;
    if (start > end) {
      s.issues.push(
        makeIssue('overlay_invalid_operation', [s.file, 'operations', opIndex, 'target'], {
          operation: o.operations[opIndex]!.id,
          target: o.operations[opIndex]!.target,
          problem: 'rule-not-in-force', rule: ruleId, ruleFrom: rf, ruleTo: rule.effective.to, from, to: o.effective.to,
        }),
      );
      continue;
    }
    rules.set(ruleId, { ...rule, effective: { from: start, ...(end !== END ? { to: end } : {}) } });
    const original = s.originals.get(ruleId);
    if (!original) continue;
    if (rf < start) {
      const id = `${ruleId}-national-until-${shiftDay(start, -1).replaceAll('-', '')}`;
      rules.set(id, { ...original, id, effective: { from: rf, to: shiftDay(start, -1) } });
    }
    if (end < rt) {
      const id = `${ruleId}-national-from-${shiftDay(end, 1).replaceAll('-', '')}`;
      rules.set(id, { ...original, id, effective: { from: shiftDay(end, 1), ...(rule.effective.to !== undefined ? { to: rt } : {}) } });
    }
  }
}

/**
 * Apply a province (or department/district) overlay to a rule book. Operations are addressed by
 * id (`<rule-id>#<condition-name>`, `<rule-id>`, `param:<id>`, `regime:<id>`, `awards`,
 * `quota:<id>`; `sheet:<id>` operations are checked here and applied to a score sheet by
 * {@link applySheetOverlay}) and applied in order; every target must exist. On statutory nodes an overlay may tighten, never loosen
 * (`overlay_loosens_statute`, citing the article). Changed rules take effect over the overlay's
 * period only; outside it the national version stays in force. The input book is never mutated.
 * @param book a rule book from {@link loadRuleBook}, possibly with overlays applied already.
 * @param overlay the parsed overlay.json.
 * @param options issue-path label and the provinces list.
 * @returns a new frozen rule book with a new hash whose changed nodes record their provenance,
 *   or every issue found. An overlay without operations returns the book itself.
 */
export function applyOverlay(book: RuleBook, overlay: unknown, options: ApplyOverlayOptions = {}): Result<RuleBook> {
  const argIssues = [...bookIssues(book), ...objectIssues(options, 'options')];
  if (argIssues.length) return fail(argIssues);
  const badOptions = checkOptions('applyOverlay', options, true);
  if (badOptions) return badOptions;
  const rawOverlay = overlay !== null && typeof overlay === 'object' ? (overlay as { province?: unknown; agency?: unknown; layer?: unknown }) : {};
  const isAgency = typeof rawOverlay.agency === 'string' && (rawOverlay.layer === 'agency' || rawOverlay.province === undefined);
  const key = isAgency ? (rawOverlay.agency as string) : typeof rawOverlay.province === 'string' ? rawOverlay.province : 'unknown';
  const file = options.file ?? `${isAgency ? 'agencies' : 'provinces'}/${key}/overlay.json`;
  const deep = checkDepth(overlay, [file]);
  if (deep.length) return fail(deep);
  const forbidden = findForbiddenKeys(overlay).map((fp) => makeIssue('forbidden_key', [file, ...fp], { key: String(fp[fp.length - 1]) }));
  if (forbidden.length) return fail(forbidden);
  const parsed = safeParseFast(OverlayFileSchema, overlay);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues, [file], (p) => (p.length === 0 ? OVERLAY_KEYS : undefined)));
  const parsedOverlay = parsed.data;
  const jurisdiction = resolveJurisdiction(parsedOverlay, file, options);
  if (!jurisdiction.ok) return jurisdiction;
  // an agency alias (e.g. "bct") is recorded under the register key
  const o: ResolvedOverlay = { ...parsedOverlay, ...(parsedOverlay.layer === 'agency' ? { agency: jurisdiction.value.key } : {}), jurisdiction: jurisdiction.value };
  const pre = [...checkApplicability(book, o, file), ...checkComposition(book, o, file, sha256Hex(canonicalJson(parsedOverlay))), ...checkDeclarations(book, o, file)];
  const opIds = new Map<string, number>();
  o.operations.forEach((op, i) => {
    if (opIds.has(op.id)) pre.push(makeIssue('duplicate_id', [file, 'operations', i, 'id'], { id: op.id, other: `operations[${opIds.get(op.id)!}]` }));
    else opIds.set(op.id, i);
  });
  if (pre.length) return fail(pre);
  if (o.operations.length === 0 && !o.facts?.length && !o.parameters?.length) return ok(book);

  const regimesCopy = cloneJson(book.regimes) as RegimeDef[];
  const s: OverlayState = {
    overlay: o,
    file,
    rank: o.layer === 'province' || o.layer === 'agency' ? 1 : 2,
    awards: cloneJson(book.awards) as RuleBook['awards'] as RuleBook['awards'][number][],
    regimes: new Map(regimesCopy.map((r) => [r.id, { def: r, params: new Map(r.parameters.map((p) => [p.id, p])), rules: new Map(r.rules.map((x) => [x.id, x])), quotas: r.quotas }])),
    ruleRegime: new Map(regimesCopy.flatMap((r) => r.rules.map((x) => [x.id, r.id] as const))),
    originals: new Map(regimesCopy.flatMap((r) => r.rules.map((x) => [x.id, x] as const))),
    touched: new Map(),
    issues: [],
  };
  const params = declaredParameters(o);
  for (const regimeId of o.appliesTo.regimes) for (const p of params) s.regimes.get(regimeId)?.params.set(p.id, p);
  const declared = new Map(declaredFacts(o).map((f) => [f.id, f]));
  // declared facts are rewritten to their carriers; a stable target becomes one operation per regime
  const ops = o.operations.flatMap((raw, i) => {
    const op = rewriteDeclaredFacts(raw, declared, [file, 'operations', i], s.issues);
    return expandStableTarget(s, book.stableIds ?? [], op, i).map((target) => ({ op: target === op.target ? op : { ...op, target }, i }));
  });
  if (!s.issues.length) {
    for (const { op, i } of ops) {
      if (op.target.startsWith('sheet:')) checkSheetOperation(s, op, i);
      else if (op.target.startsWith('quota:')) applyQuotaOperation(s, op, i);
      else if (op.op === 'set') applySet(s, op, i);
      else if (op.op === 'add') applyAdd(s, op, i);
      else if (op.op === 'remove') applyRemove(s, op, i);
      else applyReplace(s, op, i);
    }
  }
  if (!s.issues.length) checkDeclaredSubjects(s, declared);
  if (!s.issues.length) splitByPeriod(s, o);
  if (s.issues.length) return fail(s.issues);

  const regimes: RegimeDef[] = regimesCopy.map((r) => {
    const w = s.regimes.get(r.id)!;
    return {
      ...r,
      parameters: [...w.params.values()].sort((a, b) => compareCodeUnits(a.id, b.id)),
      rules: [...w.rules.values()].sort((a, b) => compareCodeUnits(a.id, b.id)) as RuleDef[],
      ...(w.quotas ? { quotas: w.quotas } : {}),
    };
  });
  const facts = declaredFacts(o);
  const sheetOperations = o.operations.flatMap((op) => {
    const node = op.target.startsWith('sheet:') ? sheetAddition(o, op, []).node : undefined;
    return node ? [{ target: op.target, criterion: node, provenance: makeProvenance(s.overlay, op, 'add') }] : [];
  });
  const applied: AppliedOverlay = {
    source: overlaySource(o),
    ...(o.province !== undefined ? { province: o.province } : {}),
    ...(o.agency !== undefined ? { agency: o.agency } : {}),
    jurisdiction: jurisdiction.value,
    layer: o.layer,
    ...(facts.length ? { facts } : {}),
    decision: { number: o.decision.number, date: o.decision.date, signer: o.decision.signer },
    effective: o.effective,
    illustrative: o.illustrative,
    hash: sha256Hex(canonicalJson(parsedOverlay)),
    ...(sheetOperations.length ? { sheetOperations } : {}),
  };
  const { hash: _old, ...rest } = book;
  const content = { ...rest, awards: s.awards, regimes, overlays: [...(book.overlays ?? []), applied] };
  return ok(deepFreeze({ ...cloneJson(content), hash: sha256Hex(canonicalJson(content)) }));
}

/**
 * Apply overlays in their declared order (national → province → department/district); stops at
 * the first overlay that fails and reports its issues.
 * @param book the national rule book.
 * @param overlays the parsed overlays, in order.
 * @param options the provinces list, and `files`: the label of each overlay in issue paths (by index).
 * @returns the effective rule book, or the issues of the first failing overlay.
 */
export function applyOverlays(
  book: RuleBook,
  overlays: readonly unknown[],
  options: Omit<ApplyOverlayOptions, 'file'> & { readonly files?: readonly (string | undefined)[] | undefined } = {},
): Result<RuleBook> {
  const badOptions = checkOptions('applyOverlays', options, true);
  if (badOptions) return badOptions;
  if (!isRuleBook(book) || !Array.isArray(overlays)) return fail([makeIssue('invalid_option', [isRuleBook(book) ? 'overlays' : 'book'], { option: isRuleBook(book) ? 'overlays' : 'book', expected: isRuleBook(book) ? 'overlays' : 'rule-book' })]);
  let cur: Result<RuleBook> = ok(book);
  const { files, ...rest } = options;
  for (const [i, o] of overlays.entries()) {
    if (!cur.ok) return cur;
    // issues name the file the overlay came from (e.g. --overlay ov/x.json), not the key's default path
    cur = applyOverlay(cur.value, o, { ...rest, ...(files?.[i] !== undefined ? { file: files[i] } : {}) });
  }
  return cur;
}


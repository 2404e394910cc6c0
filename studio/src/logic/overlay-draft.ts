/**
 * The overlay being edited is plain overlay.json data; the form and the raw JSON view are two views
 * of the same object. These pure functions build and change it (never mutating their input).
 */

/** Where the exported file is meant to live: rules/provinces/<key>/overlay.json. */
export const OVERLAY_SCHEMA_REF = '../../schema/overlay.schema.json';

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** An overlay.json object (validated by the library's applyOverlay, not here). */
export type OverlayJson = Record<string, unknown>;

/** The operations of an overlay that are objects (the rest is left to the library's validation). */
export function operationsOf(overlay: OverlayJson): Record<string, unknown>[] {
  const ops = overlay['operations'];
  return Array.isArray(ops) ? ops.filter(isRecord) : [];
}

/** A province of rules/provinces.json, as far as the studio needs it. */
export interface ProvinceInfo {
  readonly key: string;
  readonly name: { readonly vi: string; readonly en: string };
  /** `city` for a centrally governed city (thành phố trực thuộc Trung ương). */
  readonly kind?: 'province' | 'city' | undefined;
}

/** "Nghệ An Provincial People's Committee", "Hà Nội City People's Committee". */
function committeeEn(p: ProvinceInfo): string {
  const base = cap(p.name.en.replace(/ (province|city|City)$/, ''));
  return `${base} ${p.kind === 'city' || / (city|City)$/.test(p.name.en) ? 'City' : 'Provincial'} People's Committee`;
}

/** What a new overlay starts from. */
export interface NewOverlayInput {
  readonly province: ProvinceInfo;
  readonly regime: string;
  readonly ruleBook: { readonly id: string; readonly version: string };
  /** Today, ISO date: the default signing date. */
  readonly today: string;
}

/**
 * A new, empty overlay for a province and a regime. The decision number is left empty on purpose:
 * the provenance of every change must name a real decision, and validation says so until it does.
 */
export function newOverlay(input: NewOverlayInput): OverlayJson {
  const { province } = input;
  return emptyOverlay({ province: province.key, layer: 'province' }, input, {
    title: { vi: `Quy định thi đua, khen thưởng của ${province.name.vi}`, en: `${cap(province.name.en)} emulation and commendation regulation` },
    signer: { vi: `Ủy ban nhân dân ${province.name.vi}`, en: committeeEn(province) },
    issuer: `UBND ${province.name.vi}`,
  });
}

/**
 * The skeleton every new overlay shares, in the key order of the shipped files: the jurisdiction
 * (`province` or `agency`, then `layer`), not illustrative, confirmed, in force from 1 January of
 * this year, for the book's minor version and one regime, no decision number yet, no operations.
 */
function emptyOverlay(
  jurisdiction: { readonly province: string; readonly layer: 'province' } | { readonly agency: string; readonly layer: 'agency' },
  input: { readonly regime: string; readonly ruleBook: { readonly id: string; readonly version: string }; readonly today: string },
  texts: { readonly title: { readonly vi: string; readonly en: string }; readonly signer: { readonly vi: string; readonly en: string }; readonly issuer: string },
): OverlayJson {
  const { regime, ruleBook, today } = input;
  const [major, minor] = ruleBook.version.split('.');
  return {
    $schema: OVERLAY_SCHEMA_REF,
    ...jurisdiction,
    illustrative: false,
    marker: 'CONFIRMED',
    effective: { from: `${today.slice(0, 4)}-01-01` },
    appliesTo: { ruleBook: ruleBook.id, versions: [`${major}.${minor}.x`], regimes: [regime] },
    title: texts.title,
    decision: { number: '', date: today, signer: texts.signer },
    basis: { document: '', article: '1', issuer: texts.issuer },
    operations: [],
  };
}

/** An agency of rules/agencies.json (ministry, sector, central agency), as far as the studio needs it. */
export interface AgencyInfo {
  readonly key: string;
  readonly name: { readonly vi: string; readonly en: string };
}

/** What a new agency overlay starts from. */
export interface NewAgencyOverlayInput {
  readonly agency: AgencyInfo;
  readonly regime: string;
  readonly ruleBook: { readonly id: string; readonly version: string };
  /** Today, ISO date: the default signing date. */
  readonly today: string;
}

/**
 * A new, empty overlay of a ministry, sector or central agency (`"layer": "agency"`): the
 * circular or decision that details the law for its sector (e.g. TT 22/2023/TT-BCT). As for a
 * province, the decision number is left empty until the officer gives the real one.
 */
export function newAgencyOverlay(input: NewAgencyOverlayInput): OverlayJson {
  const { agency } = input;
  return emptyOverlay({ agency: agency.key, layer: 'agency' }, input, {
    title: {
      vi: `Quy định chi tiết thi hành Luật Thi đua, khen thưởng của ${agency.name.vi}`,
      en: `${cap(agency.name.en)} regulation detailing the Law on Emulation and Commendation`,
    },
    signer: { vi: agency.name.vi, en: cap(agency.name.en) },
    issuer: agency.name.vi,
  });
}

/** The jurisdiction layer of an overlay (`province` or `agency`) and its key ('' when the file names none). */
export interface Jurisdiction {
  readonly layer: 'province' | 'agency';
  readonly key: string;
}

/**
 * Which layer an overlay belongs to: `agency` when it says `"layer": "agency"` or names an agency
 * and no province; otherwise `province`.
 */
export function jurisdictionOf(overlay: OverlayJson): Jurisdiction {
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  const agency = overlay['layer'] === 'agency' || (typeof overlay['agency'] === 'string' && typeof overlay['province'] !== 'string');
  return agency ? { layer: 'agency', key: str(overlay['agency']) } : { layer: 'province', key: str(overlay['province']) };
}

/**
 * The folder of the shipped test cases of a jurisdiction, as a path fragment
 * (`provinces/<key>/tests/` or `agencies/<key>/tests/`); cases there must name the same key.
 */
export function casesFolder(j: Jurisdiction): string {
  return `${j.layer === 'agency' ? 'agencies' : 'provinces'}/${j.key}/tests/`;
}

/**
 * Set one field of the overlay by its path (e.g. ["decision", "number"]). Setting the decision
 * number also sets the basis document when it was empty or equal to the old number, so that the
 * provenance of the changes names the decision. An empty string for an optional field
 * (`effective.to`, `basis.clause`) removes it.
 */
export function withField(overlay: OverlayJson, path: readonly string[], value: unknown): OverlayJson {
  const next = structuredClone(overlay);
  let cur: Record<string, unknown> = next;
  for (const k of path.slice(0, -1)) {
    if (!isRecord(cur[k])) cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  const optional = (path[0] === 'effective' && last === 'to') || (path[0] === 'basis' && (last === 'clause' || last === 'point'));
  if (optional && value === '') delete cur[last];
  else cur[last] = value;
  if (path.join('.') === 'decision.number' && isRecord(next['basis'])) {
    const oldNumber = isRecord(overlay['decision']) ? overlay['decision']['number'] : undefined;
    const doc = next['basis']['document'];
    if (doc === '' || doc === undefined || doc === oldNumber) next['basis']['document'] = value;
  }
  return next;
}

/** The overlay with the operation appended, or replacing the operation of the same id. */
export function withOperation(overlay: OverlayJson, op: Record<string, unknown>): OverlayJson {
  const ops = Array.isArray(overlay['operations']) ? [...(overlay['operations'] as unknown[])] : [];
  const i = ops.findIndex((o) => isRecord(o) && o['id'] === op['id']);
  if (i >= 0) ops[i] = op;
  else ops.push(op);
  return structuredClone({ ...overlay, operations: ops });
}

/** The overlay without the operation of that id. */
export function withoutOperation(overlay: OverlayJson, id: string): OverlayJson {
  const ops = Array.isArray(overlay['operations']) ? (overlay['operations'] as unknown[]) : [];
  return structuredClone({ ...overlay, operations: ops.filter((o) => !(isRecord(o) && o['id'] === id)) });
}

/**
 * A kebab-case operation id for a target, unique in the overlay: `<verb>-<condition-name>` with a
 * numeric suffix when taken (e.g. `set-task-rating-good`, `set-task-rating-good-2`).
 */
export function operationId(overlay: OverlayJson, verb: 'set' | 'add', target: string): string {
  const tail = target.includes('#') ? target.slice(target.indexOf('#') + 1) : target.replace(/^param:/, '');
  const base = `${verb}-${tail}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const taken = new Set(operationsOf(overlay).map((o) => o['id']));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * The overlay as the text of overlay.json: `$schema` first, two-space indentation, final newline.
 * The `$schema` reference is added when missing so that editors validate the exported file.
 */
export function serializeOverlay(overlay: OverlayJson): string {
  const { $schema, ...rest } = overlay;
  return `${JSON.stringify({ $schema: typeof $schema === 'string' ? $schema : OVERLAY_SCHEMA_REF, ...rest }, null, 2)}\n`;
}

/** Result of reading overlay.json text. */
export type ParsedOverlay = { readonly ok: true; readonly overlay: OverlayJson } | { readonly ok: false; readonly error: 'syntax' | 'not-object'; readonly detail: string };

/**
 * Read overlay.json text (the raw view, or an imported file). Only the JSON syntax and the outer
 * shape are checked here; the library's applyOverlay validates the content (schema, targets,
 * guardrails) with typed issues.
 */
export function parseOverlayText(text: string): ParsedOverlay {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: 'syntax', detail: e instanceof Error ? e.message : String(e) };
  }
  if (!isRecord(data)) return { ok: false, error: 'not-object', detail: 'overlay.json must hold a JSON object' };
  return { ok: true, overlay: data };
}

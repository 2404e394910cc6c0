import type { BaseSalaryEntry, BonusTableDef } from './bonus.js';
import type { HierarchyDef } from './hierarchy.js';
import type { QuotaDef } from './quota.js';
import type { HistorySettings } from './history-settings.js';
import type { CitationLike } from './verdict.js';
import type { SheetNode } from '../schema/score-sheet.js';

/** Evidence marker of the domain specification. */
export type Marker = 'CONFIRMED' | 'PROBABLE' | 'UNCONFIRMED';
/** Bilingual text. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}
/** The languages rule files carry their texts in (the keys of {@link LocalizedText}). */
export const TEXT_LANGS: readonly (keyof LocalizedText)[] = Object.freeze(['vi', 'en'] as const);
/** Structured legal citation. */
export interface Citation extends CitationLike {
  readonly url?: string | undefined;
}
/** Inclusive validity window (ISO dates). */
export interface Effective {
  readonly from: string;
  readonly to?: string | undefined;
}
/** Path of a node inside its rule's condition tree, e.g. ["all", 1, "any", 0]. */
export type NodePath = readonly (string | number)[];

/**
 * Where a node of an effective rule book comes from, when an overlay put it there. Absent means
 * national (the loaded national rule book).
 */
export interface Provenance {
  /** `province:<key>` or `agency:<key>`, or `department:<key>/<unit>` / `district:<key>/<unit>` for lower layers. */
  readonly source: string;
  /** Province key of the overlay (also for department/district layers); absent for an agency overlay. */
  readonly province?: string | undefined;
  /** Agency key (rules/agencies.json) of an agency overlay; absent for province overlays. */
  readonly agency?: string | undefined;
  /** The jurisdiction that issued the overlay, named in Vietnamese and English. */
  readonly jurisdiction?: OverlayJurisdiction | undefined;
  /** The decision that issued the overlay. */
  readonly decision: { readonly number: string; readonly date: string; readonly signer: LocalizedText };
  /** Id of the overlay operation that changed or added the node. */
  readonly operationId: string;
  readonly op: 'set' | 'add' | 'replace' | 'remove';
  /** Legal basis: the operation's, else the overlay's (see docs/overlays.md). */
  readonly basis: Citation;
  /** For `set`: what changed (`value`, `params.<name>` or `param:<id>`), with the value before. */
  readonly changed?: { readonly field: string; readonly from: unknown; readonly to: unknown } | undefined;
  /** True when the overlay is marked illustrative (not a real decision). */
  readonly illustrative?: boolean | undefined;
  /**
   * Set when the change is lawful only because the law delegates the clause (an added
   * alternative): the delegating clause, e.g. Law 06/2022 Art. 74.6.
   */
  readonly delegation?: Citation | undefined;
  /** For a `replace` of a statutory node: the name of the node it replaced, which it was proved to imply. */
  readonly implies?: string | undefined;
}

/** A leaf condition of a loaded rule book (parameters resolved). */
export interface LeafNode {
  readonly type: 'leaf';
  readonly name: string;
  readonly path: NodePath;
  readonly criterion?: string | undefined;
  readonly label?: LocalizedText | undefined;
  readonly citation: Citation;
  readonly marker: Marker;
  readonly statutory: boolean;
  readonly fact: string;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  readonly factPath?: string | undefined;
  readonly operator: string;
  /** Expected value after parameter resolution. */
  readonly value: string | boolean | readonly string[];
  /** The parameter the expected value came from, if any. */
  readonly paramRef?: string | undefined;
  /** Fact params whose value came from a rule-book parameter: param name → parameter id. */
  readonly paramRefs?: Readonly<Record<string, string>> | undefined;
  /** Set when an overlay changed or added this node; absent means national. */
  readonly provenance?: Provenance | undefined;
}

/** A clause where the law delegates detail to ministries and provinces (see DelegationSchema). */
export interface Delegation {
  readonly citation: Citation;
  readonly to: readonly ('ministry' | 'province')[];
  readonly marker: Marker;
  readonly sources?: readonly string[] | undefined;
  readonly note?: LocalizedText | undefined;
}

/** A group condition of a loaded rule book. */
export interface GroupNode {
  readonly type: 'group';
  readonly name: string;
  readonly path: NodePath;
  readonly op: 'all' | 'any' | 'not';
  readonly criterion?: string | undefined;
  readonly label?: LocalizedText | undefined;
  readonly citation: Citation;
  readonly marker: Marker;
  readonly statutory: boolean;
  readonly children: readonly ConditionNode[];
  /** Set on the national groups where the law delegates detail: an overlay may add alternatives there. */
  readonly delegation?: Delegation | undefined;
  /** Set when an overlay changed or added this node; absent means national. */
  readonly provenance?: Provenance | undefined;
}

/** A node of a condition tree. */
export type ConditionNode = LeafNode | GroupNode;

/** A loaded rule: the criteria of one award in one regime, or a cross-cutting principle. */
export interface RuleDef {
  readonly id: string;
  readonly kind: 'award' | 'principle';
  readonly awardId?: string | undefined;
  readonly appliesTo?: 'all' | readonly string[] | undefined;
  readonly title: LocalizedText;
  readonly subject: 'individual' | 'collective';
  readonly citation: Citation;
  readonly marker: Marker;
  readonly sources: readonly string[];
  readonly effective: Effective;
  readonly facts: readonly string[];
  readonly note?: LocalizedText | undefined;
  readonly event: { readonly type: string };
  readonly file: string;
  readonly root: ConditionNode;
  /** Set when an overlay added, replaced or changed this rule; absent means national. */
  readonly provenance?: Provenance | undefined;
}

/** A rule-book parameter (an open or delegated value, documented). */
export interface ParameterDef {
  readonly id: string;
  readonly type: 'decimal' | 'boolean' | 'integer' | 'enum-list' | 'string';
  readonly value: string | boolean | number | readonly string[];
  /** Short name for explanations; absent in rule books written before labels existed. */
  readonly label?: LocalizedText | undefined;
  readonly description: LocalizedText;
  readonly marker: Marker;
  readonly question?: string | undefined;
  readonly citation?: Citation | undefined;
  readonly sources?: readonly string[] | undefined;
  /** Set when an overlay changed the value; absent means national. */
  readonly provenance?: Provenance | undefined;
}

/** A legal regime with its parameters and rules. */
export interface RegimeDef {
  readonly id: string;
  readonly title: LocalizedText;
  readonly effective: Effective;
  readonly enabled: boolean;
  readonly marker: Marker;
  readonly basis: readonly Citation[];
  readonly parameters: readonly ParameterDef[];
  readonly settings: HistorySettings;
  readonly rules: readonly RuleDef[];
  /** Bonus multipliers of the regime (rules/national/<regime>/bonuses.json), if declared. */
  readonly bonuses?: BonusTableDef | undefined;
  /** Population rules of the regime (rules/national/<regime>/quotas.json), if declared. */
  readonly quotas?: readonly QuotaDef[] | undefined;
}

/** An award of the catalogue. */
export interface AwardDef {
  readonly id: string;
  readonly title: LocalizedText;
  readonly abbreviation?: string | undefined;
  readonly category: 'title' | 'form';
  readonly subjects: readonly ('individual' | 'collective')[];
  readonly level: 'unit' | 'commune' | 'ministry-province' | 'state';
  readonly armedForcesVariantOf?: string | undefined;
  /** Set when a province overlay added this award (a province-owned award); absent means national. */
  readonly provenance?: Provenance | undefined;
}

/** A loaded, validated, frozen rule book. */
export interface RuleBook {
  readonly id: string;
  readonly title: LocalizedText;
  readonly jurisdiction: string;
  readonly version: string;
  /** SHA-256 of the canonical JSON of the rule book content. */
  readonly hash: string;
  readonly sources: readonly { readonly id: string; readonly title: string }[];
  readonly awards: readonly AwardDef[];
  readonly regimes: readonly RegimeDef[];
  /** Award hierarchy (rules/national/hierarchy.json), if declared. */
  readonly hierarchy?: HierarchyDef | undefined;
  /** Statutory base salary by date (rules/national/base-salary.json), if declared. */
  readonly baseSalary?: readonly BaseSalaryEntry[] | undefined;
  /** Stable ids shared across regimes (rules/national/stable-ids.json), if declared. */
  readonly stableIds?: readonly StableIdDef[] | undefined;
  /** Overlays applied on top of the national book, in order; absent for the national book. */
  readonly overlays?: readonly AppliedOverlay[] | undefined;
}

/** The province or agency an overlay belongs to (docs/real-regulations.md). */
export interface OverlayJurisdiction {
  readonly kind: 'province' | 'agency';
  /** The key the overlay names (rules/provinces.json or rules/agencies.json). */
  readonly key: string;
  readonly name: LocalizedText;
  /** When the unit ceased during the overlay's period: the key of the unit that took over. */
  readonly successor?: string | undefined;
}

/** An input fact an overlay declares, read from `extraFacts.<id>` (docs/real-regulations.md). */
export interface DeclaredFactDef {
  readonly id: string;
  readonly type: 'boolean' | 'integer' | 'decimal' | 'fraction' | 'enum';
  readonly enumValues?: readonly string[] | undefined;
  readonly label: LocalizedText;
  readonly subjects: readonly ('individual' | 'collective')[];
  readonly perYear: boolean;
}

/** A stable id shared by the rules of several regimes where the law kept the criterion. */
export interface StableIdDef {
  /** The stable rule id, e.g. `lao-dong-tien-tien`; a node is addressed `<id>#<node-name>`. */
  readonly id: string;
  /** Regime id → rule id. */
  readonly rules: Readonly<Record<string, string>>;
  /** Node name → the regimes (of `rules`) where the node is the same criterion. */
  readonly nodes: Readonly<Record<string, readonly string[]>>;
}

/** Record of an overlay applied to a rule book. */
export interface AppliedOverlay {
  readonly source: string;
  /** Province key; absent for an agency overlay. */
  readonly province?: string | undefined;
  /** Agency key; absent for a province overlay. */
  readonly agency?: string | undefined;
  readonly jurisdiction: OverlayJurisdiction;
  readonly layer: 'province' | 'agency' | 'department' | 'district';
  /** Facts the overlay declared (subjects' `extraFacts` are checked against them). */
  readonly facts?: readonly DeclaredFactDef[] | undefined;
  readonly decision: { readonly number: string; readonly date: string; readonly signer: LocalizedText };
  readonly effective: Effective;
  readonly illustrative: boolean;
  /** SHA-256 of the overlay's canonical JSON. */
  readonly hash: string;
  /**
   * The overlay's operations on cluster score sheets (`sheet:<id>[#<group>]`): a rule book holds no
   * score sheet, so they are recorded here (checked, with the criterion they add and its provenance)
   * for `diffRuleBooks` and applied to a sheet by `applySheetOverlay`.
   */
  readonly sheetOperations?: readonly OverlaySheetOperation[] | undefined;
}

/** A score-sheet operation of an applied overlay: the criterion it adds (a deduction or a veto). */
export interface OverlaySheetOperation {
  /** `sheet:<sheet-id>` or `sheet:<sheet-id>#<group-id>`. */
  readonly target: string;
  readonly criterion: SheetNode;
  readonly provenance: Provenance;
}

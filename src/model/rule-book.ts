import type { HistorySettings } from '../facts/history.js';
import type { CitationLike } from '../locales/locale.js';

/** Evidence marker of the domain specification. */
export type Marker = 'CONFIRMED' | 'PROBABLE' | 'UNCONFIRMED';
/** Bilingual text. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}
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
}

/** A rule-book parameter (an open or delegated value, documented). */
export interface ParameterDef {
  readonly id: string;
  readonly type: 'decimal' | 'boolean' | 'integer' | 'enum-list' | 'string';
  readonly value: string | boolean | number | readonly string[];
  readonly description: LocalizedText;
  readonly marker: Marker;
  readonly question?: string | undefined;
  readonly citation?: Citation | undefined;
  readonly sources?: readonly string[] | undefined;
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
}

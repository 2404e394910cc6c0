import { deepFreeze } from '../../_internal/deep-freeze.js';
import type { FactUnitWording } from '../../facts/fact-def.js';
import type { Citation } from '../../model/rule-book.js';

/** Fact params an overlay may change, named in words (other params fall back to {@link ProvenanceWords.otherParam}). */
export type ProvenanceParam = 'years' | 'minScope' | 'kinds' | 'awardIds' | 'ratings';

/**
 * Words of an overlay's provenance on a condition (./provenance.ts builds the sentence). `who` is
 * the signer, `by` the phrase of {@link ProvenanceWords.by}, `deleg` the phrase of
 * {@link ProvenanceWords.delegation} or "". A missing key is a type error.
 */
export interface ProvenanceWords {
  /** "theo Quyết định 14/2024/QĐ-UBND" from the instrument's name ("Quyết định 14/2024/QĐ-UBND"). */
  by(instrument: string, illustrative: boolean): string;
  /** The clause that delegated the content, `kind` the name of its instrument's kind ("Luật"). */
  delegation(d: Citation, kind: string): string;
  add(who: string, by: string, deleg: string): string;
  remove(who: string, by: string): string;
  /** A `replace` that adds an alternative under a delegation. */
  addAlternative(who: string, by: string, deleg: string): string;
  /** A `replace` proved to imply the node it replaced. */
  replaceStricter(who: string, by: string): string;
  replace(who: string, by: string): string;
  /** A `set` whose change is not recorded. */
  change(who: string, by: string): string;
  /** A rule-book parameter, with its label when known. */
  parameter(id: string, label: string | undefined): string;
  readonly param: Readonly<Record<ProvenanceParam, string>>;
  otherParam(name: string): string;
  /** The requirement (the value) of the condition. */
  readonly requirement: string;
  readonly unit: Readonly<Record<FactUnitWording, string>>;
  /** "… nâng yêu cầu từ 1 lên 2 sáng kiến, theo …"; `unit` is "" or the unit word. */
  changed(who: string, direction: 'up' | 'down' | 'change', what: string, from: string, to: string, unit: string, by: string): string;
}

/** Vietnamese provenance words (default). */
export const PROVENANCE_VI: ProvenanceWords = deepFreeze<ProvenanceWords>({
  by: (instrument, illustrative) => `theo ${instrument}${illustrative ? ' (minh họa)' : ''}`,
  delegation: (dg, kind) => ` (nội dung được giao quy định chi tiết tại ${dg.point ? `điểm ${dg.point} ` : ''}${dg.clause ? `khoản ${dg.clause} ` : ''}Điều ${dg.article} ${kind} ${dg.document})`,
  add: (who, by, deleg) => `${who} bổ sung điều kiện này, ${by}${deleg}`,
  remove: (who, by) => `${who} bỏ bớt trường hợp của điều kiện này, ${by}`,
  addAlternative: (who, by, deleg) => `${who} bổ sung trường hợp cho điều kiện này, ${by}${deleg}`,
  replaceStricter: (who, by) => `${who} thay thế điều kiện này bằng điều kiện chặt hơn, ${by}`,
  replace: (who, by) => `${who} thay thế điều kiện này, ${by}`,
  change: (who, by) => `${who} điều chỉnh điều kiện này, ${by}`,
  parameter: (_id, label) => `tham số «${label ?? 'của bộ quy tắc'}»`,
  param: {
    years: 'số năm tính',
    minScope: 'phạm vi công nhận tối thiểu',
    kinds: 'loại thành tích được tính',
    awardIds: 'danh hiệu được tính',
    ratings: 'mức xếp loại được tính',
  },
  otherParam: () => 'cách tính của điều kiện',
  requirement: 'yêu cầu',
  unit: { initiatives: 'sáng kiến', years: 'năm', times: 'lần' },
  changed: (who, d, what, from, to, unit, by) => {
    const verb = d === 'up' ? 'nâng' : d === 'down' ? 'hạ' : 'đổi';
    const prep = d === 'up' ? 'lên' : d === 'down' ? 'xuống' : 'thành';
    return `${who} ${verb} ${what} từ ${from} ${prep} ${to}${unit}, ${by}`;
  },
});

/** English provenance words. */
export const PROVENANCE_EN: ProvenanceWords = deepFreeze<ProvenanceWords>({
  by: (instrument, illustrative) => `by ${instrument}${illustrative ? ' (illustrative)' : ''}`,
  delegation: (dg, kind) => ` (a clause delegated by ${kind} ${dg.document} Art. ${dg.article}${dg.clause ? `.${dg.clause}` : ''}${dg.point ? `(${dg.point})` : ''})`,
  add: (who, by, deleg) => `${who} added this condition, ${by}${deleg}`,
  remove: (who, by) => `${who} removed an alternative of this condition, ${by}`,
  addAlternative: (who, by, deleg) => `${who} added an alternative to this condition, ${by}${deleg}`,
  replaceStricter: (who, by) => `${who} replaced this condition by a stricter one, ${by}`,
  replace: (who, by) => `${who} replaced this condition, ${by}`,
  change: (who, by) => `${who} changed this condition, ${by}`,
  parameter: (id, label) => `parameter ${id}${label ? ` ("${label}")` : ''}`,
  param: {
    years: 'the number of years counted',
    minScope: 'the minimum scope of recognition',
    kinds: 'the kinds counted',
    awardIds: 'the awards counted',
    ratings: 'the ratings counted',
  },
  otherParam: (name) => `how the condition is counted (${name})`,
  requirement: 'the requirement',
  unit: { initiatives: 'initiatives', years: 'years', times: 'times' },
  changed: (who, d, what, from, to, unit, by) => `${who} ${d === 'up' ? 'raised' : d === 'down' ? 'lowered' : 'changed'} ${what} from ${from} to ${to}${unit}, ${by}`,
});

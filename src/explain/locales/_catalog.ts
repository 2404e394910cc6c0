import { NATIONAL_RULE_FILES } from '../../_generated/national-rules.js';
import type { LocalizedText } from '../../model/rule-book.js';

/** Award titles of the embedded catalogue (vi/en), for gap wording. @internal */
export const AWARD_TITLES: ReadonlyMap<string, LocalizedText> = new Map(
  ((NATIONAL_RULE_FILES['awards.json'] as { awards?: { id: string; title: LocalizedText }[] } | undefined)?.awards ?? []).map((a) => [a.id, a.title]),
);

/** Short labels of the national parameters (every regime; ids are shared), for explanations. @internal */
export const PARAMETER_LABELS: ReadonlyMap<string, LocalizedText> = (() => {
  const out = new Map<string, LocalizedText>();
  for (const [path, file] of Object.entries(NATIONAL_RULE_FILES).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!path.endsWith('/parameters.json')) continue;
    for (const p of (file as { parameters?: { id: string; label?: LocalizedText }[] }).parameters ?? []) if (p.label && !out.has(p.id)) out.set(p.id, p.label);
  }
  return out;
})();

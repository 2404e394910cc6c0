import type { AwardGraph } from '../rule-book/award-hierarchy.js';
import { assertArg, isObject } from '../_internal/args.js';
import { assertOptions } from '../_internal/options.js';
import { localeOf, type LangOption } from './locales/index.js';
import { localText } from './locales/locale.js';

/** Options of {@link hierarchyToMermaid}. */
export interface MermaidOptions {
  /** Language of node titles and edge labels (default vi). */
  readonly lang?: LangOption | undefined;
  /** Leave out awards that no edge touches (default true). */
  readonly connectedOnly?: boolean | undefined;
}

const mermaidId = (id: string): string => id.replace(/-/g, '_');
const text = (s: string): string => s.replace(/"/g, '#quot;');

/**
 * A Mermaid flowchart of an award graph. Solid arrows are CONFIRMED national prerequisites;
 * dotted arrows are PROBABLE/UNCONFIRMED, sector-only, quota-base or consumes edges.
 * Deterministic: nodes and edges keep the order of the graph.
 * @param graph the result of {@link awardHierarchy}.
 * @param options language and node filter.
 * @returns the Mermaid source (no code fence), ending with a newline.
 */
export function hierarchyToMermaid(graph: AwardGraph, options: MermaidOptions = {}): string {
  assertArg(isObject(graph) && Array.isArray(graph.nodes) && Array.isArray(graph.edges), 'graph must come from awardHierarchy');
  assertOptions('mermaid', options, true);
  const L = localeOf(options.lang);
  const used = new Set(graph.edges.flatMap((e) => [e.from, e.to]));
  const nodes = options.connectedOnly === false ? graph.nodes : graph.nodes.filter((n) => used.has(n.id));
  const lines = ['flowchart LR'];
  for (const n of nodes) {
    const title = n.abbreviation ? `${n.abbreviation}: ${localText(L, n.title)}` : localText(L, n.title);
    lines.push(n.kind === 'award' ? `  ${mermaidId(n.id)}["${text(title)}"]` : `  ${mermaidId(n.id)}(["${text(title)}"])`);
  }
  for (const e of graph.edges) {
    const solid = e.marker === 'CONFIRMED' && e.scope === 'national' && e.kind !== 'quota-base' && e.kind !== 'consumes';
    const label = text(`${e.ref}: ${localText(L, e.label)}`);
    lines.push(solid ? `  ${mermaidId(e.from)} -- "${label}" --> ${mermaidId(e.to)}` : `  ${mermaidId(e.from)} -. "${label}" .-> ${mermaidId(e.to)}`);
  }
  return `${lines.join('\n')}\n`;
}

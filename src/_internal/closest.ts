/** Levenshtein distance (small strings). @internal */
export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Up to three candidates closest to `word`, nearest first, ties by code unit. @internal */
export function closest(word: string, candidates: Iterable<string>, max = 3): string[] {
  const lw = word.toLowerCase();
  const scored: [number, string][] = [];
  for (const c of candidates) {
    const d = editDistance(lw, c.toLowerCase());
    const limit = Math.max(2, Math.floor(Math.max(word.length, c.length) / 3));
    if (d <= limit || c.toLowerCase().includes(lw) || lw.includes(c.toLowerCase())) scored.push([d, c]);
  }
  scored.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  const best = scored[0]?.[0] ?? 0;
  return scored.filter((x) => x[0] <= best + 1).slice(0, max).map((x) => x[1]);
}

/**
 * Suggestions for an unknown id: the close ones, else (when none is close) every valid id, so a
 * person always sees what to type. Issue params `suggestions` and `valid`.
 * @internal
 */
export function suggest(word: string, candidates: Iterable<string>, maxValid = 60): { suggestions: string[]; valid?: string[] } {
  const all = [...candidates];
  const near = closest(word, all);
  if (near.length || all.length > maxValid) return { suggestions: near };
  return { suggestions: [], valid: [...new Set(all)].sort() };
}

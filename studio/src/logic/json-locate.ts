/**
 * Where a JSON path (as in a library issue: ["decision", "number"], ["operations", 0, "value"])
 * sits in JSON text, so the raw view can underline it. A small recursive-descent reader that
 * records the span of every value; it gives up (undefined) on text that is not valid JSON.
 */
export interface Span {
  readonly from: number;
  readonly to: number;
}

interface Node {
  readonly span: Span;
  /** Span of the key naming this value in its parent object. */
  readonly keySpan?: Span | undefined;
  readonly members?: ReadonlyMap<string, Node> | undefined;
  readonly items?: readonly Node[] | undefined;
}

class Reader {
  i = 0;
  constructor(readonly s: string) {}
  ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i]!)) this.i++;
  }
  str(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.s.length && this.s[this.i] !== '"') this.i += this.s[this.i] === '\\' ? 2 : 1;
    this.i++;
    return JSON.parse(this.s.slice(start, this.i)) as string;
  }
  value(keySpan?: Span): Node {
    this.ws();
    const from = this.i;
    const c = this.s[this.i];
    if (c === '{') {
      this.i++;
      const members = new Map<string, Node>();
      this.ws();
      if (this.s[this.i] === '}') this.i++;
      else
        for (;;) {
          this.ws();
          const kFrom = this.i;
          const key = this.str();
          const kSpan = { from: kFrom, to: this.i };
          this.ws();
          this.i++; // :
          members.set(key, this.value(kSpan));
          this.ws();
          if (this.s[this.i++] === '}') break;
        }
      return { span: { from, to: this.i }, keySpan, members };
    }
    if (c === '[') {
      this.i++;
      const items: Node[] = [];
      this.ws();
      if (this.s[this.i] === ']') this.i++;
      else
        for (;;) {
          items.push(this.value());
          this.ws();
          if (this.s[this.i++] === ']') break;
        }
      return { span: { from, to: this.i }, keySpan, items };
    }
    if (c === '"') {
      this.str();
      return { span: { from, to: this.i }, keySpan };
    }
    while (this.i < this.s.length && /[-+.eE0-9a-z]/.test(this.s[this.i]!)) this.i++;
    return { span: { from, to: this.i }, keySpan };
  }
}

/**
 * The span of the deepest existing value on a path (a missing key points at its parent object).
 * @param text JSON text.
 * @param path keys and indices.
 * @returns the span, or undefined when the text is not valid JSON.
 */
export function locateJsonPath(text: string, path: readonly (string | number)[]): Span | undefined {
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  let node = new Reader(text).value();
  for (const k of path) {
    const next = typeof k === 'number' ? node.items?.[k] : node.members?.get(k);
    if (!next) break;
    node = next;
  }
  return node.keySpan && (node.members || node.items) ? node.keySpan : node.span;
}

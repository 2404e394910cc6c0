/**
 * Splits a JSON array, as its text arrives, into the texts of its elements, so that a large array
 * of subjects is parsed one element at a time (each element with JSON.parse) and never held whole.
 * The scanner tracks only strings, escapes and bracket depth; the elements' own syntax is checked
 * by JSON.parse afterwards. Node-free.
 */

/** A structural problem of the array itself (not of one element). */
export class ArrayStructureError extends Error {
  constructor(
    message: string,
    readonly kind: 'trailing' | 'too_large' | 'unterminated' | 'not_array' | 'empty',
  ) {
    super(message);
  }
}

/**
 * Incremental splitter of a top-level JSON array. Feed the decoded text with {@link push} (the first
 * non-blank character must be `[`) and call {@link end} at the end of the input.
 */
export class JsonArraySplitter {
  private started = false;
  private closed = false;
  private depth = 0;
  private inString = false;
  private escape = false;
  private carry: string[] = [];
  private carryLength = 0;

  /** @param maxRecord the longest element accepted, in characters. */
  constructor(private readonly maxRecord: number) {}

  /**
   * Scan a piece of text.
   * @returns the complete element texts it closes, in order (blank when an element is empty, e.g. `[1,,2]`).
   */
  push(chunk: string): string[] {
    const out: string[] = [];
    let start = 0;
    const n = chunk.length;
    let i = 0;
    if (!this.started) {
      while (i < n && isBlank(chunk.charCodeAt(i))) i++;
      if (i === n) return out;
      if (chunk.charCodeAt(i) !== 0x5b) throw new ArrayStructureError('not a JSON array', 'not_array');
      this.started = true;
      i++;
      start = i;
    }
    if (this.closed) {
      this.checkTrailing(chunk, i);
      return out;
    }
    for (; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 0x5c) this.escape = true;
        else if (c === 0x22) this.inString = false;
        continue;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if ((c === 0x7d || c === 0x5d) && this.depth > 0) this.depth--;
      else if (this.depth === 0 && (c === 0x2c || c === 0x5d)) {
        const text = this.take(chunk, start, i);
        // `[]` closes without an element; `[1,]` gives a blank last element (reported by the caller)
        if (!(c === 0x5d && out.length === 0 && this.isFirst && text.trim() === '')) out.push(text);
        this.isFirst = false;
        start = i + 1;
        if (c === 0x5d) {
          this.closed = true;
          this.checkTrailing(chunk, i + 1);
          return out;
        }
      }
    }
    if (start < n) {
      this.carry.push(chunk.slice(start));
      this.carryLength += n - start;
    }
    if (this.carryLength > this.maxRecord) throw new ArrayStructureError(`an element is longer than ${this.maxRecord} characters`, 'too_large');
    return out;
  }

  private isFirst = true;

  /** Check the end of the input: the array must have been closed. */
  end(): void {
    if (!this.closed) throw new ArrayStructureError(this.started ? 'the array is not closed (truncated input?)' : 'empty input', this.started ? 'unterminated' : 'empty');
  }

  private take(chunk: string, start: number, end: number): string {
    const piece = chunk.slice(start, end);
    if (this.carry.length === 0) {
      if (piece.length > this.maxRecord) throw new ArrayStructureError(`an element is longer than ${this.maxRecord} characters`, 'too_large');
      return piece;
    }
    this.carry.push(piece);
    const text = this.carry.join('');
    this.carry = [];
    this.carryLength = 0;
    if (text.length > this.maxRecord) throw new ArrayStructureError(`an element is longer than ${this.maxRecord} characters`, 'too_large');
    return text;
  }

  private checkTrailing(chunk: string, from: number): void {
    for (let i = from; i < chunk.length; i++) {
      if (!isBlank(chunk.charCodeAt(i))) throw new ArrayStructureError(`unexpected text after the closing ] of the array`, 'trailing');
    }
  }
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

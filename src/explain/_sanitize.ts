/**
 * Output escaping of the renderers (issue 19.9). Input strings (subject and member names, ids, keys,
 * file paths, overlay titles) may hold newlines, terminal escape sequences or markup; what reaches a
 * terminal or a document must not act on it.
 * @internal
 */

/** C0 and C1 control characters, DEL, and the Unicode bidirectional overrides/isolates. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A control character as a visible escape: "\u001b". */
const visible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * One-line plain text: every control character (newlines included) written as a visible `\uXXXX`,
 * so a value can neither start a new line nor send a terminal escape sequence.
 * @internal
 */
export function inlineText(s: string): string {
  return String(s).replace(CONTROLS, visible);
}

/**
 * Multi-line text: control characters other than the newline written visibly. For assembled
 * outputs whose line breaks are the renderer's own.
 * @internal
 */
export function safeLines(s: string): string {
  return s.replace(CONTROLS, (c) => (c === '\n' ? c : visible(c)));
}

/** Markdown-significant characters of inline text. */
const MARKDOWN = /[\\`*_[\]<>&#|!~]/g;
const MD_ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Inline Markdown text: control characters as in {@link inlineText}, `<`, `>`, `&` as HTML entities
 * (Markdown passes raw HTML through) and the other markup characters backslash-escaped, so a value
 * can open no tag, link, emphasis, heading or table.
 * @internal
 */
export function markdownText(s: string): string {
  return inlineText(s).replace(MARKDOWN, (c) => MD_ENTITIES[c] ?? `\\${c}`);
}

/**
 * An HTML class-name token: the value when it is a plain token ([a-z0-9-]), else "invalid". Values
 * in class attributes (a verdict, a status) come from data a caller may have built by hand.
 * @internal
 */
export function classToken(v: unknown): string {
  return typeof v === 'string' && /^[a-z0-9-]{1,64}$/.test(v) ? v : 'invalid';
}

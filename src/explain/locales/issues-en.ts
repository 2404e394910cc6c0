// Over 300 lines on purpose: one table per language holds the words of every issue code, so a
// translator reads and checks one file (a new language is one such file).
// English messages of every issue code and of the sub-codes they carry (expectations, formats,
// overlay problems…). A missing code is a type error (IssueMessages).
import type { CellProblem, CompositionProblem, Expectation, ExpectedCode, FileKind, FormatCode, Issue, LoosenProblem, OverlayProblem, ReceivedKind, NotImpliedReason } from '../../model/issue.js';
import { instrumentKindEn } from './_citation.js';
import type { IssueMessages } from './locale.js';

const list = (xs: readonly unknown[] | undefined, sep = ', '): string => (xs ?? []).map(String).join(sep);
const hint = (p: { readonly suggestions?: readonly string[] | undefined; readonly valid?: readonly string[] | undefined }): string =>
  p.suggestions?.length ? ` Did you mean: ${list(p.suggestions)}?` : p.valid?.length ? ` Valid ids: ${list(p.valid)}.` : '';
const cite = (p: { readonly document: string; readonly article: string; readonly clause?: string | undefined; readonly point?: string | undefined }): string =>
  `${instrumentKindEn(p.document)} ${p.document} Art. ${p.article}${p.clause ? `.${p.clause}` : ''}${p.point ? `(${p.point})` : ''}`;
const show = (v: unknown): string => (Array.isArray(v) ? `[${v.map(show).join(', ')}]` : v === undefined || v === null ? 'none' : String(v));
const lower = (s: string): string => (s ? s[0]!.toLowerCase() + s.slice(1) : s).replace(/\.$/, '');

const EXPECTED: { readonly [K in ExpectedCode]: (v: readonly string[]) => string } = {
  string: () => 'a string',
  number: () => 'a number',
  integer: () => 'an integer',
  boolean: () => 'a boolean',
  object: () => 'an object',
  array: () => 'an array',
  null: () => 'null',
  undefined: () => 'no value',
  bigint: () => 'a bigint',
  symbol: () => 'a symbol',
  function: () => 'a function',
  date: () => 'a date',
  nan: () => 'a not-a-number value',
  'unknown-type': () => 'another type',
  'rule-book': () => 'a rule book from loadRuleBook',
  year: () => 'an integer year between 1945 and 2100',
  'real-date': () => 'a real date YYYY-MM-DD',
  'period-end': () => 'a real date YYYY-MM-DD in the achievement year or the next (school years)',
  'regime-id': () => 'a regime id',
  'award-id': () => 'an award id',
  id: () => 'an id',
  'award-ids': () => 'a list of award ids',
  'province-key': () => 'a province key such as "lao-cai"',
  overlays: () => 'a list of overlays',
  'parameters-object': () => 'an object of parameter id → value',
  horizon: () => 'a whole number of years from 0 to 50',
  'unit-id': () => 'the id of the awarding unit',
  'count-from-0': () => 'a whole number ≥ 0',
  'council-members': () => 'a whole number of council members, at least 1',
  'approvals-count': () => 'a whole number of approvals, at least 0',
  'list-filter': () => '{ award?: string, regime?: string }',
  'regime-filter': () => '{ regime?: string }',
  proposals: () => 'the proposals from proposeAwards',
  ranking: () => 'a ranking from rankCluster',
  'eligibility-report': () => 'an eligibility report (evaluateEligibility)',
  'eligibility-reports': () => 'an array of eligibility reports (evaluateEligibility)',
  'non-empty-array': () => 'a non-empty array',
  'files-object': () => 'an object of file path → content',
  'positive-amount': () => 'a positive amount',
  share: () => 'a share between 0 and 1',
  'root-group': () => 'a group (all, any or not) at the root',
  'proposal-key': () => 'a proposed member and award',
  'one-group-operator': () => 'exactly one of all, any, not',
  'null-with-derived-from': () => 'null when derivedFrom is given',
  'allowed-shape': () => 'one of the allowed shapes',
  'distinct-selection': () => 'distinct keys ending with subject-id-asc',
  'distinct-columns': () => 'each column at most once',
  decimal: () => 'a decimal string such as "0.70" (JSON numbers are not accepted)',
  'boolean-or-string': () => 'a boolean or a string',
  'non-empty-string-list': () => 'a non-empty list of strings',
  'string-list': () => 'a list of strings',
  'no-duplicates': () => 'a list without duplicates',
  'enum-list': () => 'a list of allowed values',
  'count-record': () => 'an object of keys and whole numbers from 0',
  'file-names': () => 'a list of file names',
  'one-of': (v) => `one of: ${list(v)}`,
  'lang-or-locale': (v) => `a shipped language tag (${list(v)}) or a complete Locale object (docs/architecture.md, "Adding a language")`,
  'contains-leader': (v) => `a list containing the current leader "${v[0] ?? ''}"`,
  'entry-without-derived-from': (v) => `an entry of ${v[0] ?? ''} without derivedFrom`,
  'at-most-max': (v) => `≤ max (${v[0] ?? ''})`,
  'same-period': (v) => `the period ${v[0] ?? ''}`,
  'same-province': (v) => `province "${v[0] ?? ''}"`,
  'contiguous-rows': (v) => `${v[0] ?? ''} (the day before values[${v[1] ?? ''}] starts: no gap between rows)`,
};

/** English words of an expectation. */
export const expectationEn = (e: Expectation): string => EXPECTED[e.expected](e.values ?? []);

const RECEIVED: { readonly [K in ReceivedKind]: string } = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
  undefined: 'nothing',
  bigint: 'a bigint',
  symbol: 'a symbol',
  function: 'a function',
  nan: 'not a number',
  date: 'a date',
  'unknown-type': 'another type',
};

const FORMAT: { readonly [K in FormatCode]: (p: { readonly pattern?: string | undefined; readonly values?: readonly string[] | undefined; readonly line?: number | undefined }) => string } = {
  'kebab-case': () => 'must be ASCII kebab-case (a-z, 0-9, single hyphens)',
  decimal: () => 'must be a decimal string such as "0.70"',
  date: () => 'must be a date YYYY-MM-DD',
  'real-date': () => 'is not a real calendar date',
  'overlay-target': () => 'must be "<rule-id>", "<rule-id>#<condition-name>", "param:<id>", "regime:<id>" or "awards"',
  positive: () => 'must be greater than 0',
  'source-needs-citation': () => 'a source needs a citation or a note',
  'non-zero': () => 'must not be 0',
  'parameter-id': () => 'must be a dotted camelCase parameter id such as "ballot.minShare"',
  pattern: (p) => `must match the pattern ${p.pattern ?? ''}`,
  'csv-not-utf8': () => 'the CSV file is not UTF-8',
  'csv-syntax': (p) => `the CSV file is malformed${p.line !== undefined ? ` at line ${p.line}` : ''}`,
  'csv-no-header': () => 'the CSV file has no header row',
  'xlsx-unreadable': () => 'not a readable .xlsx workbook',
  'xlsx-no-sheet': (p) => `no sheet named "${p.values?.[0] ?? ''}" (${p.values?.[1] ?? ''}) or "${p.values?.[2] ?? ''}" (${p.values?.[3] ?? ''})`,
  other: () => 'the value has the wrong format',
};

const FILE_KIND: { readonly [K in FileKind]: string } = { directory: 'a directory', fifo: 'a FIFO', 'character-device': 'a character device', 'block-device': 'a block device', socket: 'a socket', other: 'not a regular file' };

const ERRNO: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EEXIST: 'the file already exists',
  'no-stdin': 'no standard input',
};

const CELL: { readonly [K in CellProblem]: (p: { readonly part?: string | undefined; readonly other?: string | number | undefined; readonly values?: readonly string[] | undefined; readonly options?: readonly { readonly vi: string; readonly en: string }[] | undefined }) => string } = {
  'unknown-column': (p) => `is not a column of this sheet; columns: ${(p.options ?? []).map((o) => `${o.vi} (${o.en})`).join(', ')}`,
  'duplicate-column': () => 'the column appears twice',
  'missing-column': () => 'required column missing',
  'empty-required': () => 'required cell is empty',
  'missing-id': () => 'missing id',
  'id-on-other-sheet': (p) => `id already used on sheet ${String(p.other ?? '')}`,
  'year-repeated': (p) => `this year is already on row ${String(p.other ?? '')} for the same id`,
  'differs-from-row': (p) => `differs from row ${String(p.other ?? '')} (${list(p.values)}) for the same id`,
  'initiative-needs-scope': () => 'the recognition scope is needed when an initiative is given',
  'discipline-needs-level-and-start': () => 'a discipline needs its level and start date',
  'bad-id': () => 'an id is lower-case ASCII letters, digits and hyphens (e.g. nguyen-van-a)',
  'text-too-long': () => 'longer than 300 characters',
  'bad-year': () => 'is not a year (1945–2100)',
  'bad-count': () => 'is not a whole number from 0 to 10,000,000',
  'bad-bool': () => 'is not one of: yes, no (có, không)',
  'bad-date': () => 'is not a date YYYY-MM-DD',
  'bad-enum': (p) => `is not one of ${(p.options ?? []).map((o) => o.en).join(', ')} (${(p.options ?? []).map((o) => o.vi).join(', ')})`,
  'unknown-award': (p) => `${p.part !== undefined ? `the part "${p.part}" ` : ''}is not an award id or title of the catalogue`,
  'bad-vote': (p) => `${p.part !== undefined ? `the part "${p.part}" ` : ''}is not "award-id: approvals/members" (an award id of the catalogue)`,
  'vote-out-of-range': (p) => `${p.part !== undefined ? `the part "${p.part}" ` : ''}approvals must be from 0 to the number of members (≥ 1)`,
};

type IssueParamsOf<C extends Issue['code']> = Extract<Issue, { code: C }>['params'];
type OverlayP = IssueParamsOf<'overlay_invalid_operation'>;

const NOT_IMPLIED_EN: { readonly [K in NotImpliedReason]: string } = {
  'fact-differs': 'the two conditions read different facts',
  'params-differ': 'the same fact is counted with different parameters',
  'bound-weaker': 'the new threshold lets through values the old one refused',
  'set-wider': 'the new list accepts values the old one did not',
  'operators-unrelated': 'the operators cannot be compared',
  'value-not-comparable': 'a threshold is not an exact number',
  'condition-missing': 'no part of the new condition implies the old one',
  'alternative-uncovered': 'an alternative of the new condition implies none of the old ones',
  negation: 'negated groups are compared only when identical',
};
const QUOTA_FIELD_EN = { maxShare: 'maximum share', mode: 'mode' } as const;
const DELEGATED_TO_EN: Readonly<Record<string, string>> = { province: 'provincial People\'s Committees', ministry: 'ministries and sectors' };

const OVERLAY: { readonly [K in OverlayProblem]: (p: OverlayP, render: (i: Issue) => string) => string } = {
  'add-awards-needs-award': () => 'adding to "awards" needs an "award"',
  'state-award-by-province': () => 'a province cannot create a state-level award',
  'add-regime-needs-rule': () => 'adding to a regime needs a "rule"',
  'national-state-award': (p) => `the criteria of ${p.award ?? ''} are set by national law; add conditions to its rule instead`,
  'national-award': (p) =>
    `${p.award ?? ''} is a national award: its criteria come from the national book (add conditions to its rules where they exist; where the national book has none for this regime or period, a province cannot create them)`,
  'award-of-other-province': (p) => `${p.award ?? ''} is an award of ${p.province ?? ''}`,
  'add-target': () => 'add a condition into a group ("<rule-id>#<group>") or a rule into "regime:<id>"',
  'add-into-all-or-any': () => 'conditions are added into an "all" or "any" group',
  'add-group-needs-condition': () => 'adding to a group needs a "condition"',
  'param-add': () => 'parameters are changed with set, not added',
  'replace-target': () => 'replace targets a condition ("<rule-id>#<name>") or a rule ("<rule-id>")',
  'replace-needs-rule': () => 'replacing a rule needs a "rule"',
  'replace-keep-id': (p) => `the new rule must keep the id ${p.id ?? ''}`,
  'replace-needs-condition': () => 'replacing a condition needs a "condition"',
  'root-stays-group': () => 'the root must stay a group',
  'engine-setting': () => 'engine settings (how history is counted) hold for the whole regime and cannot be changed by an overlay',
  'set-target': () => 'set targets a parameter ("param:<id>") or a leaf condition ("<rule-id>#<name>")',
  'set-group': () => 'set changes a leaf condition; this is a group',
  'fact-param-literal': () => 'a fact param is set to a literal value',
  'remove-target': () => 'remove targets a condition ("<rule-id>#<name>") or a rule ("<rule-id>")',
  'remove-root': () => 'the root group cannot be removed; remove the rule instead',
  'group-left-empty': (p) => `group ${p.group ?? ''} would be left empty`,
  'fact-takes-no-params': (p) => `${p.node ? `${p.node}: ` : ''}fact ${p.fact ?? ''} takes no params`,
  'fact-params': (p, r) => `${p.node ? `${p.node}: ` : ''}invalid params for fact ${p.fact ?? ''}${p.cause ? ` (${lower(r(p.cause))})` : ''}`,
  'fact-param-unknown-award': (p) => `${p.node ? `${p.node}: ` : ''}unknown award ${p.award ?? ''}${p.suggestions?.length ? ` (did you mean ${list(p.suggestions)}?)` : ''}`,
  'quota-outside-overlay': (p) => `quota ${p.id ?? ''} (achievement years ${p.from ?? ''}..${p.to ?? ''}) does not apply during the overlay (${p.ruleFrom ?? ''}..${p.ruleTo ?? ''})`,
  'quota-needs-set': () => 'a quota is changed with "set" (field "maxShare" or "mode")',
  'sheet-needs-add': () => 'a score sheet takes "add" of a deduction (adjustment) or a veto (disqualifier)',
  'rule-not-in-force': (p) => `rule ${p.rule ?? ''} (${p.ruleFrom ?? ''}..${p.ruleTo ?? ''}) is not in force during the overlay (${p.from ?? ''}..${p.to ?? ''})`,
};

type LoosenP = IssueParamsOf<'overlay_loosens_statute'>;
const LOOSEN: { readonly [K in LoosenProblem]: (p: LoosenP) => string } = {
  'new-alternative': (p) => `a new alternative in the statutory "any" group ${p.group ?? ''} loosens it`,
  'replace-statutory': () => 'a statutory node cannot be replaced',
  'holds-statutory': (p) => `it holds the statutory condition ${p.condition ?? ''}`,
  'remove-statutory': () => 'a statutory condition cannot be removed',
  'rule-holds-statutory': (p) => `rule ${p.rule ?? ''} holds the statutory condition ${p.condition ?? ''}`,
  'not-comparable': (p) => `${p.operator ?? ''}: cannot compare ${show(p.from)} and ${show(p.to)}`,
  'wrong-way': (p) => `${p.operator ?? ''}: ${show(p.from)} → ${show(p.to)} ${p.direction === 'raises' ? 'raises' : 'lowers'} the bar the wrong way`,
  'expected-lists': (p) => `${p.operator ?? ''}: expected lists`,
  'not-subset': (p) => `${p.operator ?? ''}: ${show(p.from)} → ${show(p.to)} must be a subset${p.inverted ? ' (inverted by a not group)' : ''}`,
  'not-superset': (p) => `${p.operator ?? ''}: ${show(p.from)} → ${show(p.to)} must be a superset${p.inverted ? ' (inverted by a not group)' : ''}`,
  'not-shown-tighter': (p) => `${p.operator ?? ''}: ${JSON.stringify(p.from)} → ${JSON.stringify(p.to)} cannot be shown to tighten the condition`,
  'param-not-shown-tighter': (p) => `${p.fact ?? ''} ${p.param ?? ''}: ${JSON.stringify(p.from)} → ${JSON.stringify(p.to)} cannot be shown to tighten the condition`,
  'param-easier': (p) => `${p.fact ?? ''} ${p.param ?? ''}: ${JSON.stringify(p.from)} → ${JSON.stringify(p.to)} makes the condition easier to meet`,
};

const COMPOSITION: { readonly [K in CompositionProblem]: (p: IssueParamsOf<'overlay_composition'>) => string } = {
  'province-after-others': (p) => `a province overlay applies directly to the national book, but ${list(p.sources)} is already applied`,
  'province-with-unit': () => 'a province overlay has no "unit"',
  'layer-without-province': (p) => `a ${p.layer ?? ''} overlay of ${p.province ?? ''} applies on top of the ${p.province ?? ''} province overlay`,
  'other-province': (p) => `${p.source ?? ''} is of another province`,
  'already-applied': (p) => `${p.source ?? ''} is already applied`,
};

const DETAIL_WHAT: Readonly<Record<string, string>> = { criteria: 'criteria in a score sheet', digits: 'digits in a decimal value', entries: 'entries over all member reports', files: 'files', conditions: 'conditions per rule' };
const ORIGIN_MIN: Readonly<Record<string, (n: string) => string>> = {
  string: (n) => `at least ${n} characters`,
  array: (n) => `at least ${n} items`,
  set: (n) => `at least ${n} items`,
  'eligible-members': (n) => `at least ${n} eligible members`,
};
const ORIGIN_MAX: Readonly<Record<string, (n: string) => string>> = {
  string: (n) => `at most ${n} characters`,
  array: (n) => `at most ${n} items`,
  set: (n) => `at most ${n} items`,
};
const PART: Readonly<Record<string, (i: number | undefined) => string>> = {
  element: (i) => ` (element ${i ?? ''})`,
  'record-line': (i) => ` (line of record ${i ?? ''})`,
  'whole-document': () => ' (a JSON document that is not an array is read whole)',
};
const REPORTS: Readonly<Record<string, (p: IssueParamsOf<'inconsistent_reports'>) => string>> = {
  year: (p) => `year ${String(p.received ?? '')} ≠ ${String(p.expected ?? '')}`,
  'rule-book': () => 'evaluated with another rule book',
  regime: (p) => `regime ${String(p.received ?? '')} ≠ ${String(p.expected ?? '')}`,
};
const TIE: Readonly<Record<string, (p: IssueParamsOf<'invalid_tie_break_chain'>) => string>> = {
  'must-end-with-member-id': () => 'the chain must end with {"kind":"member-id"}',
  'member-id-not-last': () => 'the member-id key must be the last step',
  'group-twice': (p) => `group "${p.group ?? ''}" is listed twice`,
  'female-preference-twice': () => 'female-preference is listed twice',
};
const JSON_PROBLEM: Readonly<Record<string, string>> = { 'not-utf8': 'not UTF-8', 'empty-file': 'empty file', 'empty-element': 'empty element', trailing: 'unexpected data after the JSON array', unterminated: 'the array is not closed (truncated input?)', 'not-array': 'not a JSON array' };
const where = (p: { readonly line?: number | undefined; readonly column?: number | undefined; readonly position?: number | undefined }): string =>
  p.line !== undefined ? ` (line ${p.line}${p.column !== undefined ? `, column ${p.column}` : ''})` : p.position !== undefined ? ` (position ${p.position})` : '';

/** English messages of every issue code. */
export function issueMessagesEn(render: (i: Issue) => string): IssueMessages {
  return {
    invalid_json: (p) => (p.problem === 'syntax' ? `The file is not valid JSON: syntax error${where(p)}.` : `The file is not valid JSON: ${JSON_PROBLEM[p.problem] ?? ''}.`),
    duplicate_key: (p) => `Key "${p.key}" appears twice in one JSON object (JSON.parse would silently keep the last).`,
    file_too_large: (p) => `File "${p.file}" is too large: ${String(p.size)} bytes, at most ${p.maximum}${p.part ? (PART[p.part]?.(p.index) ?? '') : ''}.`,
    not_regular_file: (p) => `"${p.file}" is not a regular file (${FILE_KIND[p.kind]}); streams are read only from stdin, given as "-".`,
    invalid_cell: (p) => `Sheet '${p.sheet}', row ${p.row}, column '${p.column}': ${p.value !== undefined ? `'${p.value}' ` : ''}${CELL[p.problem](p)}.`,
    invalid_type: (p) => `Wrong type: expected ${EXPECTED[p.expected]([])}, received ${RECEIVED[p.received]}${p.sample !== undefined ? ` "${p.sample}"` : ''}.`,
    missing_field: (p) => `Required field "${p.key}" is missing${p.expected?.length ? `; allowed values: ${list(p.expected)}` : ''}.`,
    unrecognized_key: (p) => `Unknown key "${p.key}".${hint(p)}`,
    invalid_value: (p) => `Invalid value${p.received !== undefined ? ` "${String(p.received)}"` : p.receivedKind ? ` (${RECEIVED[p.receivedKind]})` : ''}; expected ${expectationEn(p)}.`,
    invalid_format: (p) => `Invalid format${p.received !== undefined ? ` "${p.received}"` : ''}: ${FORMAT[p.format](p)}.`,
    too_small: (p) => `Too small: ${(ORIGIN_MIN[p.origin ?? ''] ?? ((n: string) => `the minimum is ${n}`))(String(p.minimum))}.`,
    too_big: (p) => `Too big: ${(ORIGIN_MAX[p.origin ?? ''] ?? ((n: string) => `the maximum is ${n}`))(String(p.maximum))}.`,
    duplicate_id: (p) => `Duplicate id "${p.id}" (already at ${p.other}).`,
    duplicate_year: (p) => `Year ${p.year} appears more than once in the history.`,
    unknown_fact: (p) => `Fact "${p.fact}" is not in the fact catalogue.${hint(p)}`,
    unknown_operator: (p) => `Operator "${p.operator}" is not supported.${hint(p)}`,
    operator_fact_mismatch: (p) =>
      `Operator "${p.operator}" cannot be used with fact "${p.fact}" of type ${p.type}${p.expected ? ` (${p.value !== undefined ? `"${p.value}" is invalid; ` : ''}expected ${expectationEn({ expected: p.expected, values: p.values })})` : ''}.`,
    unknown_award: (p) => `Award "${p.award}" is not in the award catalogue.${hint(p)}`,
    unknown_parameter: (p) => `Parameter "${p.parameter}" is not declared in the rule book.${hint(p)}`,
    parameter_type_mismatch: (p) =>
      `Parameter "${p.parameter}"${p.node ? ` (used at ${p.node})` : ''} has a value of the wrong kind${p.value !== undefined ? ` ("${p.value}" is invalid)` : ''}: ${p.expected ? `expected ${expectationEn({ expected: p.expected, values: p.values })}` : p.cause ? lower(render(p.cause)) : ''}.`,
    invalid_fact_params: (p) => `Invalid params for fact "${p.fact}": ${p.cause ? lower(render(p.cause)) : 'this fact takes no params'}.`,
    undeclared_fact: (p) => `The rule reads fact "${p.fact}" but does not declare it in "facts".`,
    unused_declared_fact: (p) => `Fact "${p.fact}" is declared in "facts" but never read.`,
    missing_citation: () => 'Missing legal citation (document and article).',
    invalid_effective_period: (p) => `Invalid effective period: end ${p.to} is before start ${p.from}.`,
    overlapping_effective_periods: (p) =>
      `Effective period overlaps "${p.other}"${p.award ? ` (${p.award}${p.regime ? ` in ${p.regime}` : ''})` : p.from ? ` (${p.from}..${p.to ?? '∞'})` : ''}.`,
    effective_outside_regime: (p) => `Effective period lies outside the window of regime "${p.regime}".`,
    subject_kind_mismatch: (p) => `The rule's subject (${p.received}) does not match "${p.award}", which is for: ${list(p.expected)}.`,
    unsupported_path: (p) => `Path "${p.path}" is not supported (use $.a.b or $[0] only).`,
    depth_exceeded: (p) =>
      p.what === 'json' ? `Nested too deep: at most ${p.limit} levels of objects/arrays.` : p.what === 'sheet' ? `Criteria groups nested too deep: at most ${p.limit} levels.` : `Condition tree too deep: at most ${p.limit} levels.`,
    size_exceeded: (p) => `Input too large: at most ${p.limit}${p.what ? ` ${DETAIL_WHAT[p.what] ?? ''}` : ''}.`,
    forbidden_key: (p) => `Forbidden key "${p.key}".`,
    missing_file: (p) => `Required file "${p.file}" is missing.`,
    unknown_file: (p) => `File "${p.file}" is not part of the rule-book layout.`,
    unknown_regime: (p) => `Regime "${p.regime}" does not exist.${hint(p)}`,
    regime_disabled: (p) => `Regime "${p.regime}" is disabled (not confirmed).`,
    no_regime_in_force: (p) =>
      `No regime is in force on ${p.date}${p.covered?.length ? `; the rule book covers: ${p.covered.map((c) => { const [f, t] = c.split('–'); return t ? `${f} to ${t}` : `${f} onwards`; }).join('; ')}` : ''}.`,
    invalid_option: (p) => `Invalid option "${p.option}": expected ${expectationEn(p)}.`,
    file_read_error: (p) => `Cannot read file "${p.file}": ${ERRNO[p.reason] ?? `system error ${p.reason}`}.`,
    cyclic_prerequisite: (p) => `The award hierarchy has a cycle of prerequisites: ${list(p.cycle, ' → ')} (regimes: ${list(p.regimes)}).`,
    no_base_salary: (p) => `No base salary is configured for ${p.date}; no amount can be computed.`,
    approvals_exceed_members: (p) => `Approvals (${p.approvals}) exceed the number of council members (${p.members}).`,
    inconsistent_reports: (p) => `The reports do not belong together: ${REPORTS[p.problem]!(p)}.`,
    overlay_target_missing: (p) => `Operation "${p.operation}": no node "${p.target}"${p.regime ? ` in regime "${p.regime}"` : ''}.${hint(p)}`,
    overlay_loosens_statute: (p) =>
      `Operation "${p.operation}" loosens the statutory condition "${p.target}" (${p.node ? `${p.node}: ` : ''}${LOOSEN[p.problem](p)}); an overlay of a province, ministry or sector may tighten it, never loosen it (${cite(p)}).`,
    overlay_regime_mismatch: (p) =>
      p.from !== undefined
        ? `The overlay's period (${p.from}..${p.to ?? ''}) does not meet the period of regime "${p.expected}" (${p.regimeFrom ?? ''}..${p.regimeTo ?? ''}).`
        : `The overlay applies to "${p.received}" but the rule book is "${p.expected}".${hint(p)}`,
    overlay_version_mismatch: (p) => `The overlay applies to rule-book versions ${list(p.expected)}, not to version ${p.received}.`,
    overlay_invalid_operation: (p) => `Operation "${p.operation}" on "${p.target}" is invalid: ${OVERLAY[p.problem](p, render)}.`,
    overlay_stale_label: (p) =>
      `Operation "${p.operation}" changes the value of "${p.target}" without a new label; the current label "${p.label.en}" would state the old requirement. Add a "label" (vi, en) stating the requirement after the change.`,
    overlay_not_implied: (p) =>
      `Operation "${p.operation}" on "${p.target}" cannot be shown to tighten the statutory condition: ${NOT_IMPLIED_EN[p.reason]} ("${p.from}" against "${p.to}"). A local overlay may replace or narrow a statutory condition only by one that implies it (${cite(p)}).`,
    overlay_delegation_layer: (p) =>
      `Operation "${p.operation}" adds an alternative to "${p.target}", a clause the law delegates to ${p.allowed.map((a) => DELEGATED_TO_EN[a] ?? a).join(', ')}, not to a ${p.layer} overlay (${cite(p)}).`,
    overlay_delegation_declared: (p) => `Operation "${p.operation}": only the national rule book marks delegated clauses; an overlay condition cannot carry "delegation".`,
    overlay_loosens_quota: (p) =>
      `Operation "${p.operation}" loosens the quota "${p.target}" (${QUOTA_FIELD_EN[p.field]}: ${p.from} → ${p.to}); an overlay of a province, ministry or sector may only make a quota stricter (a lower share, or a cap instead of a report).`,
    overlay_loosens_sheet: (p) =>
      `Operation "${p.operation}" on the score sheet "${p.target}" adds a ${p.kind} criterion that can raise a member's standing; an overlay of a province, ministry or sector may only add a deduction (an adjustment with negative points and a maximum of 0) or a veto (a disqualifier).`,
    unknown_option: (p) => `Unknown option "${p.option}"; the options are: ${list(p.allowed)}.`,
    unknown_agency: (p) => `Ministry, sector or agency "${p.agency}" is not in the agency register (rules/agencies.json).${hint(p)}`,
    agency_without_overlay: (p) =>
      `Agency "${p.agency}" is in the agency register but the package ships no overlay for it; use --overlay FILE to apply your own. Agencies with an overlay: ${list(p.available)}.`,
    agency_not_in_existence: (p) =>
      p.from
        ? `Agency "${p.agency}" exists only from ${(p.from ?? '')}; an overlay in force from ${(p.received ?? '')} cannot belong to it.`
        : `Agency "${p.agency}" existed until ${(p.to ?? '')} and has no successor in the register; the overlay cannot stay in force ${(p.received ?? '') === '…' ? 'indefinitely' : `until ${(p.received ?? '')}`}.${hint(p)}`,
    overlay_jurisdiction: (p) =>
      p.expected === 'agency'
        ? `An overlay of layer "${p.layer}" names its ministry or sector in "agency" (and has no "province").`
        : `An overlay of layer "${p.layer}" names its province in "province" (and has no "agency").`,
    overlay_order: (p) =>
      ({
        date: `Overlay "${p.source}" takes effect on ${(p.from ?? '')}, not after the overlay of the same jurisdiction already applied (in force from ${(p.previousFrom ?? '')}); overlays of one jurisdiction apply in date order.`,
        jurisdiction: `Overlay "${p.source}" cannot apply on top of "${(p.previous ?? '')}", an overlay of another jurisdiction.`,
        base: `Overlay "${p.source}" of a department or district applies only after the overlay of its own province.`,
        lower: `Overlay "${p.source}" of a province or agency applies before the department or district overlay "${(p.previous ?? '')}".`,
      } as Record<string, string>)[p.reason] ?? `Overlay "${p.source}" is applied out of order.`,
    overlay_declaration_conflict: (p) =>
      p.kind === 'fact'
        ? `Fact "${p.id}" declared by the overlay already exists (in the national catalogue or declared by another overlay); choose another id.`
        : `Parameter "${p.id}" declared by the overlay already exists in regime "${(p.regime ?? '')}"; to change an existing parameter use a set operation on "param:${p.id}".`,
    overlay_declaration_invalid: (p) =>
      ({
        'enum-values-required': `Fact "${p.id}" of type enum must list its allowed values in "enumValues".`,
        'enum-values-unexpected': `Fact "${p.id}" of type ${(p.type ?? '')} takes no "enumValues" (enum facts only).`,
        'parameter-value': `The value of parameter "${p.id}" does not fit its declared type ${(p.type ?? '')}.`,
        'fact-params': `Fact "${p.id}" declared by the overlay takes no "params".`,
        carrier: `Fact "${p.id}" cannot be named directly: declare the overlay's fact in "facts" and use the declared id.`,
        'enum-value': `Value "${(p.received ?? '')}" is not one of the declared values of fact "${p.id}" (${list(p.expected)}).`,
        subject: `Fact "${p.id}" is declared for ${list(p.expected)} only and cannot be used in a rule for ${(p.received ?? '')}.`,
      } as Record<string, string>)[p.reason] ?? `Declaration "${p.id}" is invalid.`,
    unknown_extra_fact: (p) =>
      p.where === 'year'
        ? `"extraFacts.${p.fact}" of a year is not declared as a per-year fact by any overlay in use.${hint(p)}`
        : `"extraFacts.${p.fact}" is not declared as a subject-level fact by any overlay in use.${hint(p)}`,
    extra_fact_type_mismatch: (p) =>
      `The value of "extraFacts.${p.fact}" must be ${({ boolean: 'true or false', integer: 'an integer', decimal: 'a decimal written as a string, e.g. "0.85"', fraction: 'a share written as a string, e.g. "7/9" or "0.8"', enum: `one of: ${list(p.expected)}` } as Record<string, string>)[(p.type ?? '')] ?? (p.type ?? '')}.`,
    stable_id_missing: (p) =>
      `Stable id "${p.stableId}" is declared for regime "${(p.regime ?? '')}" but ${p.node ? `rule "${p.rule}" has no condition "${(p.node ?? '')}"` : `that regime has no rule "${p.rule}"`}.${hint(p)}`,
    overlay_composition: (p) => `Invalid overlay order: ${COMPOSITION[p.problem](p)}.`,
    unknown_source: (p) => `Source "${p.source}" is not declared in the rule book's source register (national/book.json).${hint(p)}`,
    unknown_province: (p) =>
      p.formedOn
        ? `Province "${p.province}" in the current list exists only from ${p.formedOn} (merged from: ${list(p.suggestions)}); the overlay must take effect from that date, or end before it and use a former province's key.`
        : `Province "${p.province}" is not in the province list${p.mergedInto ? ` (merged into "${p.mergedInto}" after ${p.until ?? ''})` : ''}.${hint(p)}`,
    province_without_overlay: (p) =>
      `Province "${p.province}" is in the province list but the package ships no overlay for it; use --overlay FILE to apply your own. Provinces with an overlay: ${list(p.available)}.`,
    unknown_member: (p) => `"${p.member}" is not a member of the cluster in ${p.period}.${hint(p)}`,
    duplicate_member: (p) => `Member "${p.member}" appears more than once.`,
    role_not_member: (p) => `The ${p.role === 'leader' ? 'leader' : 'deputy leader'} "${p.member}" is not a member of the cluster in ${p.period}.`,
    leader_is_deputy: (p) => `"${p.member}" cannot be both leader and deputy leader in the same period.`,
    missing_member_report: (p) => `The score report of member "${p.member}" is missing.`,
    unknown_criterion: (p) => `Criterion "${p.criterion}" is not in the score sheet.${hint(p)}`,
    criterion_input_mismatch: (p) => `Criterion "${p.criterion}" of kind ${p.kind} does not take "${p.field}".`,
    missing_criterion_input: (p) => `Member "${p.member}" has no data or score for criterion "${p.criterion}" (one of: ${list(p.expected)}).`,
    missing_target: (p) => `Member "${p.member}" registered no target for the quantitative criterion "${p.criterion}".`,
    target_not_scorable: (p) => `Criterion "${p.criterion}" of "${p.member}" cannot be scored: the registered target is ${p.target} (it must be above 0).`,
    score_above_max: (p) => `Score ${p.score} is above the maximum ${p.maximum}.`,
    group_max_mismatch: (p) => `The maximum of "${p.group}" is ${p.declared} but its criteria add up to ${p.sum}.`,
    invalid_tie_break_chain: (p) => `Invalid tie-break chain: ${TIE[p.problem]!(p)}.`,
    district_cluster_abolished: (p) => `District-level clusters no longer exist for ${p.period}: the district level ended on 1 Jul 2025.`,
    district_cluster_partial_year: (p) => `${p.period}: district-level clusters existed only until 30 Jun 2025; results are for reference only.`,
    unknown_period: (p) => `The cluster has no membership for ${p.period}.`,
  };
}

/**
 * The studio page: plain DOM (no UI framework: three panels of native form controls do not need
 * one), CodeMirror 6 for the raw JSON view. All rule logic comes from the library (./thidua.ts);
 * the studio's own logic lives in ./logic/*.ts (pure, tested in test/studio-*.test.ts).
 */
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';
import { t, type Lang, type StudioKey } from './locales.js';
import { awardsOf, readAward, regimeForYear, sheetOfFile, sheetTargets, tightenTargets } from './logic/book-view.js';
import { caseFromReport, checkOperation, checkOverlay, diffAgainstNational, evaluateSample, readCaseFile, runCases, serializeCases, type OperationCheck, type OverlayCheck, type SampleEvaluation } from './logic/check.js';
import { locateJsonPath } from './logic/json-locate.js';
import { casesFolder, jurisdictionOf, newAgencyOverlay, newOverlay, operationsOf, parseOverlayText, serializeOverlay, withField, withoutOperation, withOperation, type AgencyInfo, type OverlayJson, type ProvinceInfo } from './logic/overlay-draft.js';
import { addConditionOp, addSheetCriterionOp, parseList, parseValueLike, restatedLabel, setFactParamOp, setParameterOp, setQuotaOp, setValueOp } from './logic/operations.js';
import { overlayPreview, withDeclaredFacts } from './logic/preview.js';
import {
  FACTS,
  OPERATORS,
  agenciesFile,
  agencyOverlay,
  agencyOverlayKeys,
  en as libEn,
  loadNationalRuleBook,
  provinceOverlay,
  provinceOverlayKeys,
  provincesFile,
  renderDiff,
  renderExplanation,
  vi as libVi,
  type CaseOutcome,
  type Issue,
  type OverlayTarget,
  type RuleBook,
  type ScoreSheet,
  type TestCase,
  issueMessage,
} from './thidua.js';

// ---------------------------------------------------------------- data

const loaded = loadNationalRuleBook();
if (!loaded.ok) throw new Error(loaded.issues.map((i) => issueMessage(i, 'en')).join('\n'));
const national: RuleBook = loaded.value;
const PROVINCES: readonly ProvinceInfo[] = (provincesFile() as { provinces: ProvinceInfo[] }).provinces;
const SHIPPED = new Set(provinceOverlayKeys());
/** Ministries, sectors and central agencies (rules/agencies.json): the other jurisdiction layer. */
const AGENCIES: readonly AgencyInfo[] = (agenciesFile() as { agencies: AgencyInfo[] }).agencies;
const SHIPPED_AGENCIES = new Set(agencyOverlayKeys());
/** Test cases shipped with the package's province and agency overlays (rules/{provinces,agencies}/<key>/tests/*.json), read at build time. */
const SHIPPED_CASES = {
  ...import.meta.glob('../../rules/provinces/*/tests/*.json', { eager: true, import: 'default' }),
  ...import.meta.glob('../../rules/agencies/*/tests/*.json', { eager: true, import: 'default' }),
} as Record<string, unknown>;

const today = new Date().toISOString().slice(0, 10);
const thisYear = Number(today.slice(0, 4));
const enabledRegimes = national.regimes.filter((r) => r.enabled);
const defaultRegime = regimeForYear(national, thisYear) ?? [...enabledRegimes].sort((a, b) => (a.effective.from < b.effective.from ? 1 : -1))[0]!.id;

function sampleSubject(year: number): string {
  return JSON.stringify({ kind: 'individual', id: 'mau-01', name: 'Nguyễn Văn A', history: [{ year, taskRating: 'good', hasGoodConduct: true, isLawAbiding: true }] }, null, 2);
}

// ---------------------------------------------------------------- state

interface State {
  lang: Lang;
  tab: 'read' | 'tighten' | 'check';
  regime: string;
  awardId: string;
  overlay: OverlayJson;
  target: string;
  extraCases: TestCase[];
  sampleText: string;
  sampleYear: number;
  evaluation?: SampleEvaluation | undefined;
  /** The score sheet of an imported cluster file: its `sheet:` addresses join the targets. */
  sheet?: ScoreSheet | undefined;
  status: string;
}

const firstAward = (regime: string): string => awardsOf(national, regime).find((a) => a.awardId === 'lao-dong-tien-tien')?.awardId ?? awardsOf(national, regime)[0]?.awardId ?? '';

const state: State = {
  lang: 'vi',
  tab: 'read',
  regime: defaultRegime,
  awardId: firstAward(defaultRegime),
  overlay: newOverlay({ province: PROVINCES[0]!, regime: defaultRegime, ruleBook: national, today }),
  target: '',
  extraCases: [],
  sampleText: sampleSubject(thisYear),
  sampleYear: thisYear,
  status: '',
};

const tr = (key: StudioKey, params?: Readonly<Record<string, string | number>>): string => t(state.lang, key, params);
const L = () => (state.lang === 'en' ? libEn : libVi);
/** The layer (province or agency) and key of the overlay being edited. */
const jur = () => jurisdictionOf(state.overlay);
/** The case field naming the overlay a recorded case runs under. */
const caseOwner = (): { province: string } | { agency: string } => (jur().layer === 'agency' ? { agency: jur().key } : { province: jur().key });

// ---------------------------------------------------------------- DOM helpers

type Child = Node | string | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, unknown> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v as EventListener);
    else if (k === 'value') (el as HTMLInputElement).value = String(v);
    else if (k === 'checked') (el as HTMLInputElement).checked = Boolean(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== undefined && c !== false) el.append(c);
  return el;
}
let uid = 0;
/** A labelled control: the label's for= points at the control's id. */
function field(label: string, control: HTMLElement): HTMLElement {
  const id = control.id || `f${++uid}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}
function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  return h('option', { value, selected: selected || undefined }, text);
}
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
function issueList(issues: readonly Issue[], cls = 'issues'): HTMLElement {
  const where = (i: Issue) => i.path.slice(1).map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
  return h('ul', { class: cls }, ...issues.map((i) => h('li', {}, h('code', {}, i.code), where(i) ? ` ${where(i)}: ` : ' ', issueMessage(i, state.lang))));
}
function setStatus(text: string): void {
  state.status = text;
  const s = document.getElementById('status');
  if (s) s.textContent = text;
}

// ---------------------------------------------------------------- app shell

const app = document.getElementById('app')!;

function render(focusId?: string): void {
  document.documentElement.lang = state.lang;
  document.title = tr('appTitle');
  app.replaceChildren(
    h(
      'header',
      {},
      h('div', {}, h('h1', {}, tr('appTitle')), h('p', { class: 'sub' }, tr('appSubtitle'))),
      h('button', { id: 'lang', type: 'button', 'aria-label': tr('langToggleLabel'), onclick: () => ((state.lang = state.lang === 'vi' ? 'en' : 'vi'), render('lang')) }, tr('langToggle')),
    ),
    tabs(),
    h('main', {}, state.tab === 'read' ? readPanel() : state.tab === 'tighten' ? tightenPanel() : checkPanel()),
    h('p', { id: 'status', role: 'status', 'aria-live': 'polite' }, state.status),
    h('footer', {}, `${tr('footerBook')}: ${national.id} ${national.version} · sha256 ${national.hash.slice(0, 16)}… · ${tr('offlineNote')}`),
  );
  if (state.tab === 'tighten') mountEditor();
  if (state.tab === 'check') void refreshCheck();
  if (focusId) document.getElementById(focusId)?.focus();
}

function tabs(): HTMLElement {
  const items: [State['tab'], StudioKey][] = [
    ['read', 'tabRead'],
    ['tighten', 'tabTighten'],
    ['check', 'tabCheck'],
  ];
  const select = (tab: State['tab']) => {
    state.tab = tab;
    render(`tab-${tab}`);
  };
  return h(
    'nav',
    { role: 'tablist', 'aria-label': tr('tabsLabel') },
    ...items.map(([id, key], i) =>
      h(
        'button',
        {
          id: `tab-${id}`,
          type: 'button',
          role: 'tab',
          'aria-selected': String(state.tab === id),
          'aria-controls': 'panel',
          tabindex: state.tab === id ? '0' : '-1',
          onclick: () => select(id),
          onkeydown: (e: KeyboardEvent) => {
            const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
            if (d) select(items[(i + d + items.length) % items.length]![0]);
          },
        },
        `${i + 1}. ${tr(key)}`,
      ),
    ),
  );
}

function regimeControls(onChange: () => void): HTMLElement {
  const regimeSel = h('select', { id: 'regime', onchange: (e: Event) => ((state.regime = (e.target as HTMLSelectElement).value), (state.awardId = firstAward(state.regime)), onChange()) }, ...national.regimes.map((r) => option(r.id, `${r.title[state.lang]} (${r.id})${r.enabled ? '' : ` — ${tr('regimeDisabled')}`}`, r.id === state.regime)));
  const year = h('input', { id: 'year', type: 'number', min: '1945', max: '2100', value: String(state.sampleYear), inputmode: 'numeric' });
  const byYear = h('button', {
    type: 'button',
    id: 'by-year',
    onclick: () => {
      const id = regimeForYear(national, Number(year.value));
      if (id) {
        state.regime = id;
        state.awardId = firstAward(id);
        onChange();
      } else setStatus(`${tr('regime')}: —`);
    },
  }, tr('yearApply'));
  const awardSel = h('select', { id: 'award', onchange: (e: Event) => ((state.awardId = (e.target as HTMLSelectElement).value), (state.target = ''), onChange()) }, ...awardsOf(national, state.regime).map((a) => option(a.awardId, `${a.title[state.lang]}${a.abbreviation ? ` (${a.abbreviation})` : ''}`, a.awardId === state.awardId)));
  return h('div', { class: 'row' }, field(tr('regime'), regimeSel), h('div', { class: 'field inline' }, field(tr('orYear'), year), byYear), field(tr('award'), awardSel));
}

// ---------------------------------------------------------------- Read

function readPanel(): HTMLElement {
  const readings = readAward(national, state.regime, state.awardId, state.lang);
  const refresh = () => render(document.activeElement?.id);
  return h(
    'section',
    { id: 'panel', role: 'tabpanel', 'aria-labelledby': 'tab-read' },
    regimeControls(refresh),
    readings.length === 0 ? h('p', {}, tr('noRules')) : h('div', {}, ...readings.map((r) => ruleCard(r))),
  );
}

function ruleCard(r: ReturnType<typeof readAward>[number]): HTMLElement {
  const eff = `${tr('effective')} ${tr('from')} ${r.rule.effective.from}${r.rule.effective.to ? ` ${tr('to')} ${r.rule.effective.to}` : ''}`;
  return h(
    'article',
    { class: 'rule', 'data-rule': r.id },
    h('h2', {}, r.title),
    h('p', { class: 'meta' }, h('span', { class: 'cite' }, r.citation), ' · ', h('span', { class: `marker m-${r.marker}` }, r.marker), ' · ', eff, ' · ', tr('nodeId'), ' ', h('code', {}, r.id)),
    h(
      'ul',
      { class: 'tree' },
      ...r.lines.map((l) =>
        h(
          'li',
          { class: `crit ${l.kind}`, style: `--depth:${l.depth}`, 'data-target': l.target },
          h('span', { class: 'text' }, l.text),
          ' ',
          h('span', { class: 'notes' }, `[${[l.citation, ...l.notes].join('; ')}]`),
          ' ',
          h('span', { class: l.statutory ? 'badge statutory' : 'badge local' }, l.statutory ? tr('statutory') : tr('notStatutory')),
          ' ',
          h('code', { class: 'node-id', title: tr('nodeId') }, l.target),
        ),
      ),
    ),
    r.parameters.length
      ? h(
          'table',
          { class: 'params' },
          h('caption', {}, tr('parameters')),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr('nodeId')), h('th', { scope: 'col' }, tr('parameterValue')), h('th', { scope: 'col' }, tr('marker')), h('th', { scope: 'col' }, ''))),
          h('tbody', {}, ...r.parameters.map((p) => h('tr', {}, h('td', {}, h('code', {}, p.id)), h('td', {}, L().value(p.value as string | boolean | readonly string[])), h('td', {}, p.marker), h('td', {}, p.description[state.lang])))),
        )
      : undefined,
  );
}

// ---------------------------------------------------------------- Tighten

let editor: EditorView | undefined;
let syncingEditor = false;
let lastCheck: OverlayCheck = checkOverlay(national, state.overlay);

/** The overlay changed (form, raw view or import): update every view of it except the source. */
function overlayChanged(source: 'form' | 'raw' | 'load'): void {
  lastCheck = checkOverlay(national, state.overlay);
  if (source !== 'raw' && editor) {
    const text = serializeOverlay(state.overlay);
    if (editor.state.doc.toString() !== text) {
      syncingEditor = true;
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
      syncingEditor = false;
    }
  }
  if (source !== 'form') {
    // the raw view or an import changed fields the form shows: rebuild the form
    if (state.tab === 'tighten') {
      const formEl = document.getElementById('overlay-form');
      formEl?.replaceWith(overlayForm());
    }
  }
  document.getElementById('ops')?.replaceWith(opsList());
  document.getElementById('validity')?.replaceWith(validity());
}

function mountEditor(): void {
  const host = document.getElementById('raw');
  if (!host) return;
  const schemaLint = linter((view) => {
    const text = view.state.doc.toString();
    const parsed = parseOverlayText(text);
    if (!parsed.ok) return [];
    const r = checkOverlay(national, parsed.overlay);
    if (r.ok) return [];
    return r.issues.map((i): Diagnostic => {
      const span = locateJsonPath(text, i.path.slice(1)) ?? { from: 0, to: 1 };
      return { from: span.from, to: Math.max(span.to, span.from + 1), severity: 'error', message: `${i.code}: ${issueMessage(i, state.lang)}` };
    });
  });
  editor = new EditorView({
    parent: host,
    doc: serializeOverlay(state.overlay),
    extensions: [
      basicSetup,
      json(),
      linter(jsonParseLinter()),
      schemaLint,
      lintGutter(),
      EditorView.contentAttributes.of({ 'aria-label': tr('rawJson'), 'aria-describedby': 'raw-help' }),
      EditorView.updateListener.of((u) => {
        if (!u.docChanged || syncingEditor) return;
        const parsed = parseOverlayText(u.state.doc.toString());
        const v = document.getElementById('validity');
        if (!parsed.ok) {
          v?.replaceWith(h('div', { id: 'validity', class: 'bad' }, h('strong', {}, tr('jsonSyntax')), ': ', parsed.detail));
          return;
        }
        state.overlay = parsed.overlay;
        overlayChanged('raw');
      }),
    ],
  });
}

function validity(): HTMLElement {
  if (lastCheck.ok) return h('div', { id: 'validity', class: 'ok' }, '✓ ', tr('valid'));
  return h('div', { id: 'validity', class: 'bad' }, h('strong', {}, `✗ ${tr('invalid')}`), issueList(lastCheck.issues));
}

function opsList(): HTMLElement {
  const ops = operationsOf(state.overlay);
  return h(
    'div',
    { id: 'ops' },
    h('h3', {}, tr('operations')),
    ops.length === 0
      ? h('p', {}, tr('noOperations'))
      : h(
          'ul',
          { class: 'ops' },
          ...ops.map((o) =>
            h(
              'li',
              { 'data-op': String(o['id']) },
              h('code', {}, String(o['id'])),
              ` ${String(o['op'])} `,
              h('code', {}, String(o['target'])),
              o['field'] ? ` ${String(o['field'])}` : '',
              'value' in o ? ` = ${JSON.stringify(o['value'])}` : '',
              ' ',
              h('button', { type: 'button', 'aria-label': `${tr('removeOperation')} ${String(o['id'])}`, onclick: () => ((state.overlay = withoutOperation(state.overlay, String(o['id']))), overlayChanged('form')) }, tr('removeOperation')),
            ),
          ),
        ),
  );
}

function textInput(path: string[], label: string, attrs: Record<string, unknown> = {}): HTMLElement {
  let cur: unknown = state.overlay;
  for (const k of path) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  const input = h('input', { id: `f-${path.join('-')}`, type: 'text', value: typeof cur === 'string' ? cur : '', ...attrs, oninput: (e: Event) => ((state.overlay = withField(state.overlay, path, (e.target as HTMLInputElement).value)), overlayChanged('form')) });
  return field(label, input);
}

function loadOverlay(o: OverlayJson): void {
  state.overlay = o;
  const regimes = (o['appliesTo'] as { regimes?: unknown } | undefined)?.regimes;
  if (Array.isArray(regimes) && typeof regimes[0] === 'string' && national.regimes.some((r) => r.id === regimes[0])) {
    state.regime = regimes[0];
    if (!awardsOf(national, state.regime).some((a) => a.awardId === state.awardId)) state.awardId = firstAward(state.regime);
  }
  state.target = '';
  lastCheck = checkOverlay(national, state.overlay);
}

function overlayForm(): HTMLElement {
  const { layer, key } = jur();
  const province = layer === 'province' ? key : '';
  const agency = layer === 'agency' ? key : '';
  const startAgency = (a: AgencyInfo) => loadOverlay(newAgencyOverlay({ agency: a, regime: state.regime, ruleBook: national, today }));
  const startProvince = (p: ProvinceInfo) => loadOverlay(newOverlay({ province: p, regime: state.regime, ruleBook: national, today }));
  const layerSel = h(
    'select',
    {
      id: 'layer',
      onchange: (e: Event) => {
        if ((e.target as HTMLSelectElement).value === 'agency') startAgency(AGENCIES.find((a) => SHIPPED_AGENCIES.has(a.key)) ?? AGENCIES[0]!);
        else startProvince(PROVINCES[0]!);
        render('layer');
      },
    },
    option('province', tr('layerProvince'), layer === 'province'),
    option('agency', tr('layerAgency'), layer === 'agency'),
  );
  const agencySel = h(
    'select',
    {
      id: 'agency',
      onchange: (e: Event) => {
        startAgency(AGENCIES.find((x) => x.key === (e.target as HTMLSelectElement).value)!);
        render('agency');
      },
    },
    ...AGENCIES.map((a) => option(a.key, `${a.name[state.lang]} (${a.key})`, a.key === agency)),
  );
  const provSel = h(
    'select',
    {
      id: 'province',
      onchange: (e: Event) => {
        const p = PROVINCES.find((x) => x.key === (e.target as HTMLSelectElement).value)!;
        loadOverlay(newOverlay({ province: p, regime: state.regime, ruleBook: national, today }));
        render('province');
      },
    },
    ...PROVINCES.map((p) => option(p.key, `${p.name[state.lang]} (${p.key})`, p.key === province)),
  );
  const illustrative = h('input', { id: 'f-illustrative', type: 'checkbox', checked: state.overlay['illustrative'] === true, onchange: (e: Event) => ((state.overlay = withField(state.overlay, ['illustrative'], (e.target as HTMLInputElement).checked)), overlayChanged('form')) });
  return h(
    'form',
    { id: 'overlay-form', onsubmit: (e: Event) => e.preventDefault() },
    h(
      'div',
      { class: 'row' },
      field(tr('layer'), layerSel),
      layer === 'agency' ? field(tr('agency'), agencySel) : field(tr('province'), provSel),
      h(
        'button',
        {
          type: 'button',
          id: 'new-overlay',
          onclick: () => (layer === 'agency' ? startAgency(AGENCIES.find((a) => a.key === agency) ?? AGENCIES[0]!) : startProvince(PROVINCES.find((p) => p.key === province) ?? PROVINCES[0]!), render('new-overlay')),
        },
        tr('newOverlay'),
      ),
      layer === 'province' && SHIPPED.has(province) ? h('button', { type: 'button', id: 'open-shipped', onclick: () => (loadOverlay(structuredClone(provinceOverlay(province)) as OverlayJson), render('open-shipped')) }, tr('openShipped')) : undefined,
      layer === 'agency' && SHIPPED_AGENCIES.has(agency) ? h('button', { type: 'button', id: 'open-shipped', onclick: () => (loadOverlay(structuredClone(agencyOverlay(agency)) as OverlayJson), render('open-shipped')) }, tr('openShippedAgency')) : undefined,
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, tr('decision')),
      h('div', { class: 'row' }, textInput(['decision', 'number'], tr('decisionNumber'), { placeholder: '12/2026/QĐ-UBND', required: true }), textInput(['decision', 'date'], tr('decisionDate'), { type: 'date' }), textInput(['basis', 'article'], tr('basisArticle')), textInput(['basis', 'clause'], tr('basisClause'))),
      h('div', { class: 'row' }, textInput(['effective', 'from'], tr('effectiveFrom'), { type: 'date' }), textInput(['effective', 'to'], tr('effectiveTo'), { type: 'date' }), h('div', { class: 'field check' }, illustrative, h('label', { for: 'f-illustrative' }, tr('illustrative')))),
      h('details', {}, h('summary', {}, `${tr('signerVi')} · ${tr('titleVi')}`), h('div', { class: 'row' }, textInput(['decision', 'signer', 'vi'], tr('signerVi')), textInput(['decision', 'signer', 'en'], tr('signerEn'))), h('div', { class: 'row' }, textInput(['title', 'vi'], tr('titleVi')), textInput(['title', 'en'], tr('titleEn')))),
    ),
  );
}

/** The overlay's regime and the regime of the criteria shown must agree: operations are bound to it. */
function alignRegime(): void {
  const regimes = (state.overlay['appliesTo'] as { regimes?: unknown } | undefined)?.regimes;
  const first = Array.isArray(regimes) && typeof regimes[0] === 'string' ? regimes[0] : undefined;
  if (first === state.regime) return;
  if (operationsOf(state.overlay).length === 0 || first === undefined) {
    state.overlay = withField(state.overlay, ['appliesTo', 'regimes'], [state.regime]);
    lastCheck = checkOverlay(national, state.overlay);
  } else if (national.regimes.some((r) => r.id === first)) {
    state.regime = first;
    if (!awardsOf(national, first).some((a) => a.awardId === state.awardId)) state.awardId = firstAward(first);
    state.status = tr('regimeBound', { regime: first });
  }
}

function tightenPanel(): HTMLElement {
  alignRegime();
  const fileInput = h('input', {
    id: 'import-overlay',
    type: 'file',
    accept: 'application/json,.json',
    onchange: async (e: Event) => {
      const f = (e.target as HTMLInputElement).files?.[0];
      if (!f) return;
      const parsed = parseOverlayText(await f.text());
      if (!parsed.ok) return setStatus(`${tr('importFailed')}: ${parsed.detail}`);
      loadOverlay(parsed.overlay);
      state.status = `${tr('imported')}: ${f.name}`;
      render('import-overlay');
    },
  });
  return h(
    'section',
    { id: 'panel', role: 'tabpanel', 'aria-labelledby': 'tab-tighten' },
    overlayForm(),
    h('h2', {}, tr('criterion')),
    regimeControls(() => ((state.target = ''), render(document.activeElement?.id))),
    field(tr('importSheet'), sheetInput()),
    criterionPicker(),
    h('div', { id: 'edit-area' }, state.target ? editArea(state.target) : undefined),
    opsList(),
    h('h3', {}, tr('rawJson')),
    h('p', { id: 'raw-help', class: 'help' }, tr('rawJsonHelp')),
    h('div', { id: 'raw', class: 'raw' }),
    validity(),
    h('div', { class: 'row actions' }, h('button', { type: 'button', id: 'export-overlay', onclick: () => download('overlay.json', serializeOverlay(state.overlay)) }, tr('exportOverlay')), field(tr('importOverlay'), fileInput)),
  );
}

function targetsNow(): OverlayTarget[] {
  return [...tightenTargets(national, state.regime, state.awardId), ...(state.sheet ? sheetTargets(national, state.sheet) : [])];
}

/**
 * A file input that reads one JSON file and hands it to `use` (file name and parsed data); a file
 * that is not JSON, or whose data `use` refuses (it returns issues), is reported in the status line.
 */
function jsonFileInput(id: string, use: (name: string, data: unknown) => readonly Issue[] | undefined): HTMLElement {
  return h('input', {
    id,
    type: 'file',
    accept: 'application/json,.json',
    onchange: async (e: Event) => {
      const f = (e.target as HTMLInputElement).files?.[0];
      if (!f) return;
      let data: unknown;
      try {
        data = JSON.parse(await f.text());
      } catch (err) {
        return setStatus(`${tr('importFailed')}: ${String(err)}`);
      }
      const issues = use(f.name, data);
      if (issues?.length) setStatus(`${tr('importFailed')}: ${issues.map((i) => issueMessage(i, state.lang)).join(' ')}`);
    },
  });
}

/** Import a cluster file (or a bare score sheet): its sheet's addresses join the targets. */
function sheetInput(): HTMLElement {
  return jsonFileInput('import-sheet', (_name, data) => {
    const r = sheetOfFile(data);
    if (!r.ok) return r.issues;
    state.sheet = r.sheet;
    state.status = tr('sheetLoaded', { id: r.sheet.id });
    render('import-sheet');
    return undefined;
  });
}

function targetLabel(tg: OverlayTarget): string {
  const n = tg.node;
  if (tg.kind === 'parameter') return `${tr('parameters')}: ${tg.target}`;
  if (tg.kind === 'quota') return `${tr('quota')}: ${tg.quota?.title[state.lang] ?? ''} — ${tg.target}`;
  if (tg.kind === 'sheet' || tg.kind === 'sheet-group') return `${tr('scoreSheet')}: ${'· '.repeat(tg.depth)}${tg.sheetGroup?.title[state.lang] ?? state.sheet?.title[state.lang] ?? ''} — ${tg.target}`;
  const label = n?.label?.[state.lang] ?? (n?.type === 'leaf' ? (FACTS.find((f) => f.id === n.fact)?.label[state.lang] ?? n.fact) : n?.name);
  return `${'· '.repeat(tg.depth)}${label} — ${tg.target}`;
}

function criterionPicker(): HTMLElement {
  const sel = h(
    'select',
    {
      id: 'criterion',
      onchange: (e: Event) => {
        state.target = (e.target as HTMLSelectElement).value;
        document.getElementById('edit-area')!.replaceChildren(...(state.target ? [editArea(state.target)] : []));
      },
    },
    option('', tr('chooseCriterion'), state.target === ''),
    ...targetsNow().map((tg) => option(tg.target, targetLabel(tg), tg.target === state.target)),
  );
  return field(tr('criterion'), sel);
}

/** The editor of one target: builds the operation from its inputs and checks it on every change. */
function editArea(target: string): HTMLElement {
  const tg = targetsNow().find((x) => x.target === target);
  if (!tg) return h('p', {}, tr('noAction'));
  const guard = h('div', { id: 'guard', role: 'status', 'aria-live': 'polite' });
  const addBtn = h('button', { type: 'button', id: 'add-op', disabled: true }, tr('addOperation'));
  const opId = h('input', { id: 'op-id', type: 'text', placeholder: 'auto' });
  const clause = h('input', { id: 'op-clause', type: 'text' });
  const note = h('input', { id: 'op-note', type: 'text' });
  let build: () => Record<string, unknown> | undefined = () => undefined;
  let current: Record<string, unknown> | undefined;
  const extras = () => ({ id: opId.value, clause: clause.value, noteVi: note.value });
  const update = () => {
    current = build();
    if (!current) {
      guard.replaceChildren();
      addBtn.disabled = true;
      return;
    }
    const c: OperationCheck = checkOperation(national, state.overlay, current);
    addBtn.disabled = c.status !== 'accepted';
    guard.className = c.status === 'accepted' ? 'ok' : 'bad';
    guard.replaceChildren(c.status === 'accepted' ? h('p', {}, `✓ ${tr('accepted')}`) : h('div', {}, h('strong', {}, `✗ ${c.status === 'refused' ? tr('refused') : tr('invalid')}`), issueList(c.issues, 'issues refusal')));
  };
  addBtn.addEventListener('click', () => {
    if (!current) return;
    state.overlay = withOperation(state.overlay, current);
    overlayChanged('form');
    setStatus(`${tr('operations')}: + ${String(current['id'])}`);
  });

  const rows: HTMLElement[] = [];
  const n = tg.node;
  const cite = tg.citation ? L().citation(tg.citation) : '';
  if (tg.kind === 'quota') {
    const q = tg.quota!;
    rows.push(h('p', {}, tr('quotaCurrent', { share: L().formatDecimal(q.maxShare), mode: q.mode }), ` [${cite}]`));
    const fieldSel = h('select', { id: 'quota-field' }, option('maxShare', tr('quotaShare'), true), ...(tg.actions.includes('set-quota-mode') ? [option('mode', tr('quotaCap'), false)] : []));
    const input = h('input', { id: 'new-value', type: 'text', value: q.maxShare, oninput: update });
    fieldSel.addEventListener('change', () => ((input.disabled = fieldSel.value === 'mode'), update()));
    rows.push(h('div', { class: 'row' }, field(tr('change'), fieldSel), field(tr('newValue'), input)));
    build = () => (fieldSel.value === 'mode' ? setQuotaOp(state.overlay, q.id, 'mode', 'cap', extras()) : input.value.trim() ? setQuotaOp(state.overlay, q.id, 'maxShare', input.value, extras()) : undefined);
    queueMicrotask(update);
  } else if (tg.kind === 'sheet' || tg.kind === 'sheet-group') {
    const points = h('input', { id: 'sheet-points', type: 'text', value: '-1', oninput: update });
    const min = h('input', { id: 'sheet-min', type: 'text', value: '-5', oninput: update });
    const kind = h('select', { id: 'sheet-kind', onchange: () => ((points.disabled = min.disabled = kind.value !== 'adjustment'), update()) }, option('adjustment', tr('deduction'), true), option('disqualifier', tr('veto'), false));
    const cid = h('input', { id: 'sheet-criterion-id', type: 'text', value: 'diem-tru-van-ban', oninput: update });
    const tvi = h('input', { id: 'sheet-title-vi', type: 'text', oninput: update });
    const ten = h('input', { id: 'sheet-title-en', type: 'text', oninput: update });
    rows.push(h('div', { class: 'row' }, field(tr('sheetKind'), kind), field(tr('criterionId'), cid), field(tr('titleVi'), tvi), field(tr('titleEn'), ten)));
    rows.push(h('div', { class: 'row' }, field(tr('pointsPerOccurrence'), points), field(tr('minPoints'), min)));
    build = () => (tvi.value.trim() && cid.value.trim() ? addSheetCriterionOp(state.overlay, target, { kind: kind.value as 'adjustment' | 'disqualifier', id: cid.value, titleVi: tvi.value, titleEn: ten.value, points: points.value, min: min.value }, extras()) : undefined);
    queueMicrotask(update);
  } else if (tg.kind === 'parameter') {
    const p = tg.parameter!;
    rows.push(h('p', {}, `${tr('actionSetParameter')} — ${tr('current')}: `, h('code', {}, JSON.stringify(p.value)), ` — ${p.description[state.lang]} [${cite}]`));
    const input = h('input', { id: 'new-value', type: 'text', value: Array.isArray(p.value) ? p.value.join(', ') : String(p.value), oninput: update });
    rows.push(field(tr('newValue'), input));
    build = () => {
      const v = parseValueLike(input.value, p.value);
      return v === undefined ? undefined : setParameterOp(state.overlay, p.id, v, extras());
    };
  } else if (n && n.type === 'leaf') {
    // a labelled leaf whose value changes gets a label that states the new requirement (never stale)
    const relabel = (v: unknown) => (n.label ? { label: restatedLabel(n.label, { vi: libVi.value(v as never), en: libEn.value(v as never) }) } : {});
    rows.push(h('p', {}, `${tr('current')}: `, `${n.label?.[state.lang] ?? n.fact}: ${L().words.required} ${L().operator(n.operator, L().value(n.value))} [${cite}]`));
    const actionSel = h('select', { id: 'action' }, option('set-value', tr('actionSetValue'), true), ...(tg.settableParams.length ? [option('set-param', tr('actionSetParam'), false)] : []));
    rows.push(field(tr('change'), actionSel));
    const valueBox = h('div', { id: 'value-box' });
    rows.push(valueBox);
    const drawValue = () => {
      if (actionSel.value === 'set-param') {
        const pSel = h('select', { id: 'fact-param', onchange: () => ((pInput.value = show(n.params?.[pSel.value])), update()) }, ...tg.settableParams.map((p) => option(p, p, false)));
        const pInput = h('input', { id: 'new-value', type: 'text', value: show(n.params?.[tg.settableParams[0]!]), oninput: update });
        valueBox.replaceChildren(field(tr('factParam'), pSel), field(tr('newValue'), pInput));
        build = () => {
          const v = parseValueLike(pInput.value, n.params?.[pSel.value]);
          return v === undefined ? undefined : setFactParamOp(state.overlay, target, pSel.value, v, { ...extras(), ...(n.label ? { label: restatedLabel(n.label, { vi: `${pSel.value} = ${libVi.value(v as never)}`, en: `${pSel.value} = ${libEn.value(v as never)}` }) } : {}) });
        };
      } else if (Array.isArray(n.value)) {
        const boxes = (n.value as string[]).map((v) => h('input', { type: 'checkbox', id: `keep-${v}`, value: v, checked: true, onchange: update }));
        const more = h('input', { id: 'add-members', type: 'text', oninput: update });
        valueBox.replaceChildren(
          h('fieldset', { class: 'members' }, h('legend', {}, tr('keepMembers')), ...boxes.map((b) => h('span', { class: 'check' }, b, h('label', { for: b.id }, L().value(b.value))))),
          field(tr('addMember'), more),
        );
        build = () => {
          const kept = boxes.filter((b) => b.checked).map((b) => b.value);
          const next = [...kept, ...parseList(more.value).filter((x) => !kept.includes(x))];
          return setValueOp(state.overlay, target, next, { ...extras(), ...relabel(next) });
        };
      } else {
        const input = h('input', { id: 'new-value', type: 'text', value: show(n.value), oninput: update });
        valueBox.replaceChildren(field(tr('newValue'), input));
        build = () => {
          const v = parseValueLike(input.value, n.value);
          return v === undefined ? undefined : setValueOp(state.overlay, target, v, { ...extras(), ...relabel(v) });
        };
      }
      update();
    };
    actionSel.addEventListener('change', drawValue);
    queueMicrotask(drawValue);
  } else if (n) {
    const name = h('input', { id: 'cond-name', type: 'text', value: 'dieu-kien-tinh', oninput: update });
    const fact = h('select', { id: 'cond-fact', onchange: update }, ...FACTS.map((f) => option(f.id, `${f.label[state.lang]} (${f.id})`, f.id === 'isLawAbiding')));
    const operator = h('select', { id: 'cond-operator', onchange: update }, ...[...OPERATORS.keys()].map((o) => option(o, o, o === 'equal')));
    const value = h('input', { id: 'cond-value', type: 'text', value: 'true', oninput: update });
    const lv = h('input', { id: 'cond-label-vi', type: 'text', oninput: update });
    const le = h('input', { id: 'cond-label-en', type: 'text', oninput: update });
    const params = h('input', { id: 'cond-params', type: 'text', placeholder: '{"years": 2}', oninput: update });
    rows.push(h('p', {}, `${tr('actionAdd')}: ${n.label?.[state.lang] ?? n.name} (${L().words[n.op === 'any' ? 'anyOf' : n.op === 'not' ? 'noneOf' : 'allOf']}) [${cite}]`));
    rows.push(h('div', { class: 'row' }, field(tr('conditionName'), name), field(tr('fact'), fact), field(tr('operator'), operator), field(tr('newValue'), value)));
    rows.push(h('div', { class: 'row' }, field(tr('labelVi'), lv), field(tr('labelEn'), le), field(tr('factParams'), params)));
    build = () => {
      const r = addConditionOp(state.overlay, target, { name: name.value, fact: fact.value, operator: operator.value, value: value.value, list: operator.value === 'in' || operator.value === 'notIn', labelVi: lv.value, labelEn: le.value, params: params.value }, extras());
      return r.op;
    };
    queueMicrotask(update);
  }
  [opId, clause, note].forEach((x) => x.addEventListener('input', update));
  if (tg.kind === 'parameter') queueMicrotask(update);
  return h('div', { class: 'edit' }, h('h3', {}, h('code', {}, target)), ...rows, h('div', { class: 'row' }, field(tr('operationId'), opId), field(tr('opClause'), clause), field(tr('noteVi'), note)), guard, addBtn);
}

function show(v: unknown): string {
  return Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v);
}

// ---------------------------------------------------------------- Check

function casesNow(): { cases: TestCase[]; issues: Issue[] } {
  const folder = casesFolder(jur());
  const cases: TestCase[] = [];
  const issues: Issue[] = [];
  for (const [path, data] of Object.entries(SHIPPED_CASES).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!path.includes(`/${folder}`)) continue;
    const r = readCaseFile(path.slice(path.indexOf(folder)), data);
    cases.push(...r.cases);
    issues.push(...r.issues);
  }
  cases.push(...state.extraCases);
  return { cases, issues };
}

let checkRun = 0;
async function refreshCheck(): Promise<void> {
  const run = ++checkRun;
  const exportCases = document.getElementById('export-cases') as HTMLButtonElement | null;
  if (exportCases) exportCases.disabled = state.extraCases.length === 0;
  const diffBox = document.getElementById('diff');
  const casesBox = document.getElementById('cases-out');
  if (!diffBox || !casesBox) return;
  if (!lastCheck.ok) {
    diffBox.replaceChildren(h('div', { class: 'bad' }, h('strong', {}, `✗ ${tr('invalid')}`), issueList(lastCheck.issues)));
    document.getElementById('declarations')?.replaceWith(h('div', { id: 'declarations' }));
    casesBox.replaceChildren();
    return;
  }
  const book = lastCheck.book;
  const d = renderDiff(diffAgainstNational(national, book), { lang: state.lang });
  diffBox.replaceChildren(h('pre', { class: 'diff' }, d));
  document.getElementById('declarations')?.replaceWith(declarationsView(book));
  const { cases, issues } = casesNow();
  if (cases.length === 0 && issues.length === 0) {
    casesBox.replaceChildren(h('p', {}, tr('noCases')));
    return;
  }
  const outcomes: CaseOutcome[] = await runCases(book, cases);
  if (run !== checkRun) return;
  const passed = outcomes.filter((o) => o.passed).length;
  casesBox.replaceChildren(
    h('p', { id: 'cases-summary', class: passed === outcomes.length && !issues.length ? 'ok' : 'bad' }, tr('casesSummary', { passed, failed: outcomes.length - passed })),
    issues.length ? issueList(issues) : '',
    h(
      'ul',
      { class: 'cases' },
      ...outcomes.map((o, i) => {
        const c = cases[i]!;
        return h('li', { class: o.passed ? 'pass' : 'fail' }, `${o.passed ? '✓' : '✗'} ${state.lang === 'en' && c.nameEn ? c.nameEn : c.name} — ${o.passed ? tr('casePassed') : tr('caseFailed')}`, o.mismatches.length ? h('ul', {}, ...o.mismatches.map((m) => h('li', {}, m))) : '');
      }),
    ),
  );
}

/** The facts and parameters the overlay declares, and its operations on cluster score sheets. */
function declarationsView(book: RuleBook): HTMLElement {
  const p = overlayPreview(book, state.overlay);
  if (!p.facts.length && !p.parameters.length && !p.sheetOperations.length) return h('div', { id: 'declarations' }, h('p', {}, tr('noDeclarations')));
  const quote = (x: { vi: string; en: string }) => (state.lang === 'vi' ? `«${x.vi}»` : `"${x.en}"`);
  return h(
    'div',
    { id: 'declarations' },
    p.facts.length
      ? h('div', {}, h('h3', {}, tr('declaredFacts')), h('ul', { class: 'declared-facts' }, ...p.facts.map((f) => h('li', { 'data-fact': f.id }, h('code', {}, f.id), ` (${f.type}${f.enumValues.length ? `: ${f.enumValues.join(', ')}` : ''}) — ${f.label[state.lang]} — ${tr('factWhere')} `, h('code', {}, f.where)))))
      : '',
    p.parameters.length
      ? h('div', {}, h('h3', {}, tr('declaredParameters')), h('ul', { class: 'declared-parameters' }, ...p.parameters.map((x) => h('li', { 'data-parameter': x.id }, h('code', {}, x.id), ` = ${L().value(x.value as string | boolean | readonly string[])} — ${(x.label ?? x.description)[state.lang]}`))))
      : '',
    p.sheetOperations.length
      ? h(
          'div',
          {},
          h('h3', {}, tr('sheetOperations')),
          h(
            'ul',
            { class: 'sheet-operations' },
            ...p.sheetOperations.map((o) =>
              h(
                'li',
                { 'data-op': o.operationId },
                h('code', {}, o.operationId),
                ` ${L().cluster.provinceSheet.kind[o.kind]} ${quote(o.title)} → `,
                h('code', {}, o.target),
                o.pointsPerOccurrence !== undefined ? ` — ${tr('perOccurrence', { points: L().formatDecimal(o.pointsPerOccurrence), min: L().formatDecimal(o.min ?? '0'), max: L().formatDecimal(o.max ?? '0') })}` : '',
              ),
            ),
          ),
        )
      : '',
  );
}

function evaluationView(ev: SampleEvaluation | undefined): HTMLElement {
  if (!ev) return h('div', { id: 'evaluation' });
  if (ev.issues.length && !ev.national) return h('div', { id: 'evaluation', class: 'bad' }, h('strong', {}, tr('invalidSubject')), issueList(ev.issues));
  const verdicts = (r: SampleEvaluation['national']) => h('ul', {}, ...(r?.awards ?? []).map((a) => h('li', { 'data-award': a.awardId, 'data-verdict': a.verdict }, `${a.title[state.lang]}: ${L().verdict(a.verdict)}`)));
  const shown = ev.local ?? ev.national!;
  const explanation = h('div', { class: 'explanation', lang: state.lang });
  explanation.innerHTML = renderExplanation(shown, { lang: state.lang, format: 'html' }); // the library escapes every text in its HTML
  const caseName = h('input', { id: 'case-name', type: 'text', value: `${jur().key}: ${ev.national!.subject.id} ${ev.national!.year}` });
  return h(
    'div',
    { id: 'evaluation' },
    h('div', { class: 'row verdicts' }, h('div', { id: 'verdict-national' }, h('h4', {}, tr('nationalVerdict')), verdicts(ev.national)), h('div', { id: 'verdict-local' }, h('h4', {}, tr('localVerdict')), ev.local ? verdicts(ev.local) : h('p', { class: 'bad' }, tr('overlayInvalidForCheck')))),
    explanation,
    ev.local
      ? h(
          'div',
          { class: 'row' },
          field(tr('caseName'), caseName),
          h(
            'button',
            {
              type: 'button',
              id: 'save-case',
              onclick: () => {
                const basis = (state.overlay['basis'] ?? {}) as Record<string, unknown>;
                const checks = Object.fromEntries(Object.entries(basis).filter(([k]) => ['document', 'article', 'clause', 'point', 'issuer'].includes(k)));
                state.extraCases.push(caseFromReport(ev.local!, JSON.parse(state.sampleText), { name: caseName.value, ...caseOwner(), checks }));
                setStatus(tr('caseSaved'));
                void refreshCheck();
              },
            },
            tr('saveAsCase'),
          ),
        )
      : '',
  );
}

function checkPanel(): HTMLElement {
  const subject = h('textarea', { id: 'subject', rows: '10', spellcheck: 'false', 'aria-describedby': 'subject-help', oninput: (e: Event) => (state.sampleText = (e.target as HTMLTextAreaElement).value) }, state.sampleText);
  const year = h('input', { id: 'sample-year', type: 'number', value: String(state.sampleYear), oninput: (e: Event) => (state.sampleYear = Number((e.target as HTMLInputElement).value)) });
  const caseFile = jsonFileInput('import-cases', (name, data) => {
    const r = readCaseFile(name, data);
    if (r.issues.length) return r.issues;
    state.extraCases.push(...r.cases);
    setStatus(`${tr('imported')}: ${name}`);
    void refreshCheck();
    return undefined;
  });
  const evaluate = async () => {
    let data: unknown;
    try {
      data = JSON.parse(state.sampleText);
    } catch (err) {
      document.getElementById('evaluation')?.replaceWith(h('div', { id: 'evaluation', class: 'bad' }, h('strong', {}, tr('invalidSubject')), ': ', String(err)));
      return;
    }
    state.evaluation = await evaluateSample(national, lastCheck.ok ? lastCheck.book : undefined, data, state.sampleYear, state.awardId ? [state.awardId] : undefined);
    document.getElementById('evaluation')?.replaceWith(evaluationView(state.evaluation));
  };
  return h(
    'section',
    { id: 'panel', role: 'tabpanel', 'aria-labelledby': 'tab-check' },
    h('h2', {}, tr('diff')),
    h('div', { id: 'diff' }),
    h('div', { id: 'declarations' }),
    h('h2', {}, tr('cases')),
    h('div', { id: 'cases-out' }),
    h('div', { class: 'row actions' }, field(tr('importCases'), caseFile), h('button', { type: 'button', id: 'export-cases', onclick: () => download(`${jur().key}-studio.json`, serializeCases(state.extraCases)), disabled: state.extraCases.length === 0 }, tr('exportCases'))),
    h('h2', {}, tr('sample')),
    h('p', { id: 'subject-help', class: 'help' }, tr('sampleHelp')),
    regimeControls(() => render(document.activeElement?.id)),
    field(tr('sample'), subject),
    h(
      'div',
      { class: 'row' },
      field(tr('sampleYear'), year),
      h('button', { type: 'button', id: 'evaluate', onclick: evaluate }, tr('evaluate')),
      lastCheck.ok && overlayPreview(lastCheck.book, state.overlay).facts.length
        ? h(
            'button',
            {
              type: 'button',
              id: 'add-declared-facts',
              onclick: () => {
                if (!lastCheck.ok) return;
                try {
                  state.sampleText = JSON.stringify(withDeclaredFacts(JSON.parse(state.sampleText), overlayPreview(lastCheck.book, state.overlay).facts, state.sampleYear), null, 2);
                } catch (err) {
                  return setStatus(`${tr('invalidSubject')}: ${String(err)}`);
                }
                subject.value = state.sampleText;
              },
            },
            tr('addDeclaredFacts'),
          )
        : undefined,
    ),
    evaluationView(state.evaluation),
  );
}

render();

/**
 * thidua evaluate / explain: subjects from a JSON document, a JSON array or NDJSON (streamed, also
 * from stdin `-`) or a spreadsheet (.xlsx/.csv); reports as text/markdown/html/json (one document,
 * sorted by id, all or nothing) or streamed per subject in input order (--format ndjson, --out
 * results.xlsx|.csv|.ndjson), where a bad subject is reported on its own line and never stops the
 * others. Method and limits: docs/cli.md.
 */
import { createWriteStream } from 'node:fs';
import { issueWithMessages } from '../explain/issue-message.js';
import { localeOf, type Lang } from '../explain/locales/index.js';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { compareCodeUnits } from '../_internal/canonical-json.js';
import { compileRuleBook } from '../compile/compile-rule-book.js';
import { evaluatePreparedSync, prepareEvaluation, type EvaluateOptions } from '../evaluate/evaluate-eligibility.js';
import type { EligibilityReport } from '../model/outcome.js';
import type { RuleBook } from '../model/rule-book.js';
import { applyQuotas } from '../rank/apply-quotas.js';
import { renderExplanation } from '../explain/render-explanation.js';
import { renderIssues } from '../explain/render-issues.js';
import { makeIssue, type Issue } from '../model/issue.js';
import type { CommandKit } from './award-commands.js';
import { countLine, errorRow, Progress, renderQuotas, resultHeader, resultRows, VerdictTally } from './batch-output.js';
import { readSheets, sheetFormatOf, openTableWriter, type TableWriter } from './sheet-io.js';
import { subjectsFromSheets } from './sheet-layout.js';
import { openJsonSource, type SourceItem, type SubjectSource } from './subject-source.js';

/** Help of evaluate and explain. */
export const EVALUATE_HELP: Readonly<Record<'evaluate' | 'explain', string>> = {
  evaluate: `Usage: thidua evaluate <input> [options]

The input is a JSON file (a subject, {"year"?, "regime"?, "subjects": [...]}, a JSON array of
subjects or NDJSON, one subject per line), "-" for stdin, or a spreadsheet staff.xlsx / staff.csv
(layout: thidua template; docs/cli.md#spreadsheets). Arrays and NDJSON are streamed.
Schema: thidua schema input

Options:
  --year Y          achievement year (required unless the input has "year"; a spreadsheet
                    defaults to its latest year)
  --regime ID       regime override (e.g. vn-tdkt-2022-nd98) for boundary cases
  --rules DIR       rules folder to use instead of the embedded national rule book
  --province KEY    apply the province overlay (rules/provinces/KEY/overlay.json)
  --agency KEY      apply the overlay of a ministry, sector or central agency instead
                    (rules/agencies/KEY/overlay.json; keys: thidua list agencies)
  --overlay FILE    apply a further overlay file after the province or agency (repeatable, in order)
  --award ID        only this award (repeatable)
  --lang vi|en      language of the text output (default vi)
  --format text|json|markdown|html|ndjson  output format (default text); ndjson: one line per
                    subject in input order, {"index","id","ok","report"|"issues"}
  --detail full|verdicts   full explanations (default) or verdicts only
  --out FILE        write one row per subject and award to results.xlsx / results.csv (verdict,
                    failing criteria, gap, citation in --lang), or NDJSON to results.ndjson
  --summary         verdicts per award and the unit's quota outcome (applyQuotas)
  --unit ID         the awarding unit named in the quota outcome (default "unit")

Exit codes: 0 ok; 1 when any subject (or the input) is bad — with --format ndjson or --out the
good subjects are still reported and the last stderr line counts evaluated and rejected subjects.`,
  explain: `Usage: thidua explain <input> --award ID [--year Y] [--regime ID] [--rules DIR] [--province KEY | --agency KEY] [--overlay FILE] [--lang vi|en] [--format text|json|markdown|html|ndjson] [--detail full|verdicts]`,
};


/** Where per-subject results go, in input order. */
interface Sink {
  good(item: SourceItem, report: EligibilityReport): Promise<void>;
  bad(item: SourceItem, issues: readonly Issue[]): Promise<void>;
  close(): Promise<void>;
}

/** A text sink: a file write stream (awaiting drain) or the CLI's stdout. */
function textSink(k: CommandKit, path: string | undefined): { write(t: string): Promise<void>; close(): Promise<void> } {
  if (path === undefined) {
    let n = 0;
    return {
      write: async (t) => {
        k.stdout(t);
        if (++n % 256 === 0) await k.flush?.();
      },
      close: async () => {
        await k.flush?.();
      },
    };
  }
  const out = createWriteStream(path);
  return {
    write: async (t) => {
      if (!out.write(t)) await once(out, 'drain');
    },
    close: async () => {
      out.end();
      await once(out, 'finish');
    },
  };
}

function ndjsonSink(k: CommandKit, path: string | undefined): Sink {
  const s = textSink(k, path);
  return {
    good: (it, report) => s.write(`${JSON.stringify({ index: it.index, id: report.subject.id, ok: true, report })}\n`),
    bad: (it, issues) => s.write(`${JSON.stringify({ index: it.index, id: it.id ?? null, ok: false, issues: issues.map(issueWithMessages) })}\n`),
    close: () => s.close(),
  };
}

function tableSink(w: TableWriter, lang: Lang, book: RuleBook, year: number): Sink {
  return {
    good: async (_it, report) => {
      for (const row of resultRows(report, lang, book)) await w.row(row);
    },
    bad: (it, issues) => w.row(errorRow(it.id ?? null, year, issues, lang)),
    close: () => w.close(),
  };
}

/** thidua evaluate / explain. */
export async function cmdEvaluate(k: CommandKit, explain: boolean): Promise<number> {
  const lang = k.choice('lang', ['vi', 'en'], 'vi') as Lang;
  const formatGiven = k.one('format') !== undefined;
  const format = k.choice('format', ['text', 'json', 'markdown', 'html', 'ndjson'], 'text');
  const detailFlag = k.one('detail');
  const detail = detailFlag === undefined ? undefined : (k.choice('detail', ['full', 'verdicts'], 'full') as 'full' | 'verdicts');
  if (k.positionals.length !== 1) k.usage('evaluate-one-file');
  const awards = k.all('award');
  if (explain && !awards.length) k.usage('explain-award');
  const yearFlag = k.one('year');
  if (yearFlag !== undefined && !/^[0-9]{4}$/.test(yearFlag)) k.usage('year-format', { got: yearFlag });
  const outFlag = k.one('out');
  const outKind = outFlag === undefined ? undefined : (sheetFormatOf(outFlag) ?? (/\.(ndjson|jsonl)$/i.test(outFlag) ? 'ndjson' : undefined));
  if (outFlag !== undefined && !outKind) k.usage('out-kind', { got: outFlag });
  if (outFlag !== undefined && formatGiven) k.usage('out-with-format');
  const unit = k.one('unit') ?? 'unit';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(unit) || unit.length > 120) k.usage('unit-format', { got: unit });
  const summary = k.has('summary');
  // a format that is one document (sorted by id, all or nothing) or a stream in input order
  const streamed = format === 'ndjson' || outKind !== undefined;
  const issueFormat = format === 'json' ? 'json' : 'text';

  const inputPath = k.positionals[0]!;
  const sheet = inputPath === '-' ? undefined : sheetFormatOf(inputPath);
  let source: SubjectSource | undefined;
  if (!sheet) {
    const opened = await openJsonSource(inputPath === '-' ? '-' : resolve(k.cwd, inputPath), inputPath, k.stdin);
    if (!opened.source) return k.printIssues(opened.issues, lang, issueFormat);
    source = opened.source;
  }
  try {
    return await evaluateSource(k, source, { lang, format, detail, awards, yearFlag, outFlag, outKind, unit, summary, streamed, issueFormat, inputPath, sheet });
  } finally {
    await source?.close?.();
  }
}

interface EvaluateSettings {
  readonly lang: Lang;
  readonly format: string;
  readonly detail: 'full' | 'verdicts' | undefined;
  readonly awards: string[];
  readonly yearFlag: string | undefined;
  readonly outFlag: string | undefined;
  readonly outKind: 'xlsx' | 'csv' | 'ndjson' | undefined;
  readonly unit: string;
  readonly summary: boolean;
  readonly streamed: boolean;
  readonly issueFormat: string;
  readonly inputPath: string;
  readonly sheet: 'xlsx' | 'csv' | undefined;
}

/** Evaluate an opened JSON source (or read the spreadsheet) and write the results. */
async function evaluateSource(k: CommandKit, opened: SubjectSource | undefined, o: EvaluateSettings): Promise<number> {
  const { lang, format, detail, awards, yearFlag, outFlag, outKind, unit, summary, streamed, issueFormat, inputPath, sheet } = o;
  let source = opened;
  const loaded = k.loadEffectiveBook();
  if (!loaded.book) return k.printIssues(loaded.issues, lang, issueFormat);
  const book = loaded.book;
  let sheetYear: number | undefined;
  if (sheet) {
    const read = await readSheets(resolve(k.cwd, inputPath), inputPath);
    if (!read.sheets) return k.printIssues(read.issues, lang, issueFormat);
    const built = subjectsFromSheets(inputPath, read.sheets, book);
    if (built.issues.length) return k.printIssues(built.issues, lang, issueFormat);
    for (const s of built.subjects) {
      for (const h of ((s.value as { history?: { year: number }[] } | undefined)?.history ?? [])) sheetYear = Math.max(sheetYear ?? 0, h.year);
    }
    const subjects = built.subjects;
    source = {
      shape: 'sheet',
      items: (async function* () {
        for (let i = 0; i < subjects.length; i++) {
          const s = subjects[i]!;
          yield { index: i, id: s.id, base: s.base, ...(s.value !== undefined ? { value: s.value } : {}), ...(s.issues.length ? { issues: s.issues } : {}) };
        }
      })(),
      progress: () => ({ done: 0 }),
    };
  }
  const header = source!.header ?? {};
  const year = yearFlag !== undefined ? Number(yearFlag) : ((header['year'] as number | undefined) ?? sheetYear);
  if (year === undefined) k.usage('year-required');
  const regime = k.one('regime') ?? (header['regime'] as string | undefined);
  const options: EvaluateOptions = { year, ...(detail ? { detail } : {}), ...(regime ? { regime } : {}), ...(awards.length ? { awards } : {}) };
  const prep = prepareEvaluation(book, options);
  // option-level issues (regime, year) are the same for every subject: report them once
  if (prep.optionIssues.length) return k.printIssues(prep.optionIssues, lang, issueFormat);
  compileRuleBook(book);

  const tally = summary ? new VerdictTally() : undefined;
  const kept: EligibilityReport[] = [];
  const collected: EligibilityReport[] = [];
  const collectedIssues: Issue[] = [];
  let sink: Sink | undefined;
  if (streamed) {
    const outPath = outFlag === undefined ? undefined : resolve(k.cwd, outFlag);
    if (outKind === 'xlsx' || outKind === 'csv') {
      try {
        sink = tableSink(await openTableWriter(outPath!, localeOf(lang).cli.resultsSheet, resultHeader(lang)), lang, book, year);
      } catch (e) {
        return k.printIssues([makeIssue('file_read_error', [outFlag!], { file: outFlag!, reason: (e as NodeJS.ErrnoException).code ?? 'EIO' })], lang, 'text');
      }
    } else sink = ndjsonSink(k, outPath);
  }
  const progress = k.progress ? new Progress(k.stderr) : undefined;
  const ids = new Map<string, number>();
  let evaluated = 0;
  let rejected = 0;
  const rejectItem = async (it: SourceItem, issues: readonly Issue[]): Promise<void> => {
    rejected++;
    if (sink) await sink.bad(it, issues);
    else collectedIssues.push(...issues);
  };
  for await (const it of source!.items) {
    if (it.issues) await rejectItem(it, it.issues);
    else {
      const r = evaluatePreparedSync(prep, it.value);
      if (!r.ok) {
        await rejectItem(
          it,
          r.issues.map((is) => (is.path[0] === 'subject' ? { ...is, path: [...it.base, ...is.path.slice(1)] } : is)),
        );
      } else {
        const id = r.value.subject.id;
        const prev = ids.get(id);
        if (prev !== undefined) await rejectItem(it, [makeIssue('duplicate_id', [...it.base, 'id'], { id, other: `#${prev}` })]);
        else {
          ids.set(id, it.index);
          evaluated++;
          tally?.add(r.value);
          if (summary) kept.push(r.value);
          if (sink) await sink.good(it, r.value);
          else collected.push(r.value);
        }
      }
    }
    if (progress) {
      const p = source!.progress();
      progress.tick(evaluated + rejected, p.done, p.total);
    }
  }
  progress?.end();

  const summaryText = (): string => {
    if (!tally) return '';
    const parts = [tally.render(lang, book)];
    const q = applyQuotas(book, kept, { year, unit });
    parts.push(q.ok ? renderQuotas(q.value, lang) : renderIssues(q.issues, { lang }));
    return `${parts.join('\n')}\n`;
  };

  if (sink) {
    await sink.close();
    const text = summaryText();
    if (text) (outFlag !== undefined ? k.stdout : k.stderr)(text);
    k.stderr(countLine(evaluated, rejected, lang));
    return rejected ? 1 : 0;
  }
  if (collectedIssues.length) return k.printIssues(collectedIssues, lang, issueFormat);
  collected.sort((a, b) => compareCodeUnits(a.subject.id, b.subject.id));
  if (format === 'json') {
    // one report at a time: a single JSON.stringify of thousands of reports exceeds V8's string limit
    k.stdout('{\n  "ok": true,\n  "reports": [');
    collected.forEach((r, i) => k.stdout(`${i ? ',' : ''}\n${JSON.stringify(r, null, 2).replace(/^/gm, '    ')}`));
    k.stdout(collected.length ? '\n  ]\n}\n' : ']\n}\n');
    const text = summaryText();
    if (text) k.stderr(text);
  } else {
    const fmt = format as 'text' | 'markdown' | 'html';
    k.stdout(`${collected.map((r) => renderExplanation(r, { lang, format: fmt, ...(awards.length ? { awards } : {}) }).trimEnd()).join('\n\n')}\n`);
    const text = summaryText();
    if (text) k.stdout(`\n${text}`);
  }
  return 0;
}

import type { NetworkFile } from '../networkFile';
import type { NotationName } from '../notation';
import { firstNonFinite, traceToJson, type TraceJson } from '../traceJson';
import type { Trace } from '../types';
import { toLatex } from './latex';
import { toMarkdown } from './markdown';
import { oneLine, workedExample } from './workedExample';

export type ReportFormat = 'markdown' | 'latex';

/** The title of a worked example: the network file's `name` on one line, else (none, or blank) a plain description. */
export function reportTitle(file: NetworkFile): string {
  return (typeof file.name === 'string' && oneLine(file.name)) || 'One step of backpropagation';
}

/**
 * The whole worked example as Markdown or a LaTeX document. One function for the command line
 * (`--format markdown|latex`) and the app's Export menu, so both write the same text for the same view.
 */
export function workedExampleText(
  file: NetworkFile,
  trace: Trace,
  format: ReportFormat,
  notation: NotationName,
  digits: number,
): string {
  const sections = workedExample(trace, notation, digits);
  const title = reportTitle(file);
  return format === 'markdown' ? toMarkdown(title, sections) : toLatex(title, sections);
}

/** The trace JSON of ../shared/design.md as the command line prints it (two-space indent, final newline). */
export function traceJsonText(trace: Trace): string {
  return jsonText(traceToJson(trace));
}

const jsonText = (json: TraceJson): string => `${JSON.stringify(json, null, 2)}\n`;

/**
 * The trace JSON text, or why it cannot be written: a number past double precision (JSON has no Infinity or NaN,
 * and JSON.stringify would write null where design.md needs a number). One function for the command line
 * (`--format json`) and the app's Export menu, so both refuse the same traces in the same words.
 */
export function traceJsonOutput(trace: Trace): { ok: true; text: string } | { ok: false; error: string } {
  const json = traceToJson(trace);
  const at = firstNonFinite(json);
  if (at === null) return { ok: true, text: jsonText(json) };
  return {
    ok: false,
    error: `the trace overflows double precision at ${at}: JSON has no Infinity or NaN, so the trace format cannot hold it; expected weights, input and target small enough for every number to be finite`,
  };
}

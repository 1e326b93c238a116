import type { NetworkFile } from '../networkFile';
import type { NotationName } from '../notation';
import { traceToJson } from '../traceJson';
import type { Trace } from '../types';
import { toLatex } from './latex';
import { toMarkdown } from './markdown';
import { workedExample } from './workedExample';

export type ReportFormat = 'markdown' | 'latex';

/** The title of a worked example: the network file's `name`, else a plain description. */
export function reportTitle(file: NetworkFile): string {
  return typeof file.name === 'string' ? file.name : 'One step of backpropagation';
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
  return `${JSON.stringify(traceToJson(trace), null, 2)}\n`;
}

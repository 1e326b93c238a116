import { traceJsonOutput, workedExampleText, type ReportFormat } from '../../engine/report/workedExampleText';
import { PRESETS } from '../../presets';
import type { DeltascopeState } from '../../store/store';

/** A file the Export menu offers: its name, type and contents. */
export interface ExportFile {
  readonly filename: string;
  readonly type: string;
  readonly text: string;
}

/** What an export file is named after: the preset, else the file's `name`, else the architecture. */
export function exportBaseName(state: Pick<DeltascopeState, 'file' | 'trace'>): string {
  const preset = PRESETS.find((p) => p.file === state.file);
  const named = typeof state.file.name === 'string' ? state.file.name : '';
  const base = preset?.name ?? named;
  const slug = base
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // Übung → ubung: the accents NFKD split off, not a dash for each
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `deltascope-${slug || state.trace.network.layers.join('-')}`;
}

/** The graph's picture is named for the step it shows: `deltascope-dyda-step-07.svg` (00 = the start). */
export function graphFilename(state: DeltascopeState, extension: 'svg' | 'png'): string {
  const width = String(state.trace.steps.length).length;
  return `${exportBaseName(state)}-step-${String(state.cursor + 1).padStart(width, '0')}.${extension}`;
}

/** The worked example, exactly as `npm run trace -- --format markdown|latex --notation N --digits D` prints it. */
export function workedExampleFile(state: DeltascopeState, format: ReportFormat): ExportFile {
  const text = workedExampleText(state.file, state.trace, format, state.notation, state.digits);
  return format === 'markdown'
    ? { filename: `${exportBaseName(state)}-worked-example.md`, type: 'text/markdown', text }
    : { filename: `${exportBaseName(state)}-worked-example.tex`, type: 'application/x-tex', text };
}

/**
 * The trace JSON of ../shared/design.md, as `npm run trace` prints it. A trace that overflows double precision
 * has no such file (JSON would write null for Infinity): this throws the command line's message, naming the first
 * number that overflowed, for the Export menu to show.
 */
export function traceJsonFile(state: DeltascopeState): ExportFile {
  const output = traceJsonOutput(state.trace);
  if (!output.ok) throw new Error(output.error);
  return { filename: `${exportBaseName(state)}-trace.json`, type: 'application/json', text: output.text };
}

/** The network graph's <svg> inside `root` (the graph area), or null while no graph is drawn. */
export function findGraphSvg(root: ParentNode): SVGSVGElement | null {
  // Two queries, not one selector list: a list matches in document order, and the legend's icons are SVGs too.
  return (
    root.querySelector<SVGSVGElement>('.graph-area svg.network-graph') ??
    root.querySelector<SVGSVGElement>('.graph-area svg')
  );
}

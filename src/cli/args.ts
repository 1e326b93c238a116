import { NOTATIONS, type NotationName } from '../engine/notation';

export const FORMATS = ['json', 'markdown', 'latex'] as const;
export type Format = (typeof FORMATS)[number];

/** Where the network file comes from. */
export type Source = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'preset'; name: string };

export interface CliOptions {
  readonly source: Source;
  readonly format: Format;
  readonly digits: number;
  readonly notation: NotationName;
}

export type ParsedArgs =
  { ok: true; help: true } | { ok: true; help: false; options: CliOptions } | { ok: false; error: string };

/** The largest --digits: beyond 17 decimals a double has nothing more to say. */
export const MAX_DIGITS = 17;

export const USAGE = `Usage: npm run --silent trace -- [FILE | - | --preset NAME] [options]

Prints one forward and backward pass of a network file (../shared/design.md) as the trace JSON, or the whole
worked example in the style of Dyda's handout.

  FILE                 a network file (JSON); - reads it from stdin
  --preset NAME        a built-in network instead of a file
  --format FORMAT      json (default; full precision), markdown ($$ blocks) or latex (a complete document)
  --digits N           decimals in markdown and latex (default 8, 0–${MAX_DIGITS})
  --notation NAME      symbols in markdown and latex: boughammoura (default), dyda, lecture or cheng
  -h, --help           this text`;

/** Parses the command line (without node and the script). Flags take `--flag value` or `--flag=value`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let source: Source | undefined;
  let format: Format = 'json';
  let digits = 8;
  let notation: NotationName = 'boughammoura';
  const setSource = (next: Source): string | undefined => {
    if (source) return 'expected one network (a FILE, - or --preset NAME), got more than one';
    source = next;
    return undefined;
  };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    if (arg === '-h' || arg === '--help') return { ok: true, help: true };
    if (arg === '-' || !arg.startsWith('-')) {
      const error = setSource(arg === '-' ? { kind: 'stdin' } : { kind: 'file', path: arg });
      if (error) return { ok: false, error };
      continue;
    }
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (!['--preset', '--format', '--digits', '--notation'].includes(flag))
      return {
        ok: false,
        error: `unknown option ${flag}; expected --preset, --format, --digits, --notation or --help`,
      };
    const value = inline ?? argv[++k];
    if (value === undefined || value === '') return { ok: false, error: `${flag}: expected a value` };
    if (flag === '--preset') {
      const error = setSource({ kind: 'preset', name: value });
      if (error) return { ok: false, error };
    } else if (flag === '--format') {
      if (!(FORMATS as readonly string[]).includes(value))
        return { ok: false, error: `--format: expected one of ${FORMATS.join(', ')}, got "${value}"` };
      format = value as Format;
    } else if (flag === '--digits') {
      if (!/^\d+$/.test(value) || Number(value) > MAX_DIGITS)
        return {
          ok: false,
          error: `--digits: expected a whole number from 0 to ${MAX_DIGITS}, got "${value}"`,
        };
      digits = Number(value);
    } else {
      if (!(NOTATIONS as readonly string[]).includes(value))
        return { ok: false, error: `--notation: expected one of ${NOTATIONS.join(', ')}, got "${value}"` };
      notation = value as NotationName;
    }
  }
  if (!source)
    return { ok: false, error: 'expected a network: a FILE, - for stdin, or --preset NAME (see --help)' };
  return { ok: true, help: false, options: { source, format, digits, notation } };
}

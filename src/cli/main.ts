import { networkFromFile, sampleFromFile } from '../engine/network';
import { traceJsonText, workedExampleText } from '../engine/report/workedExampleText';
import { trace } from '../engine/trace';
import { firstNonFinite, traceToJson } from '../engine/traceJson';
import { parseArgs, USAGE, type CliOptions } from './args';
import { readNetwork } from './read';

/** The output for a command line, or the one-line message of what is wrong with it. */
function run(argv: readonly string[]): { ok: true; text: string } | { ok: false; error: string } {
  const args = parseArgs(argv);
  if (!args.ok) return args;
  if (args.help) return { ok: true, text: `${USAGE}\n` };
  const options: CliOptions = args.options;
  const read = readNetwork(options.source);
  if (!read.ok) return read;
  const { file } = read;
  const result = trace(networkFromFile(file), sampleFromFile(file));
  if (options.format === 'json') {
    const nonFinite = firstNonFinite(traceToJson(result));
    if (nonFinite !== null)
      return {
        ok: false,
        error: `the trace overflows double precision at ${nonFinite}: JSON has no Infinity or NaN, so the trace format cannot hold it; expected weights, input and target small enough for every number to be finite`,
      };
    return { ok: true, text: traceJsonText(result) };
  }
  return {
    ok: true,
    text: workedExampleText(file, result, options.format, options.notation, options.digits),
  };
}

try {
  const result = run(process.argv.slice(2));
  if (result.ok) process.stdout.write(result.text);
  else {
    process.stderr.write(`trace: ${result.error.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exitCode = 1;
  }
} catch (error) {
  // Anything unforeseen still gets one line and exit code 1, not a stack trace.
  process.stderr.write(
    `trace: ${error instanceof Error ? error.message : String(error)}\n`.replace(/\n(?!$)/g, ' '),
  );
  process.exitCode = 1;
}

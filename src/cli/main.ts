import { networkFromFile, sampleFromFile } from '../engine/network';
import { traceJsonOutput, workedExampleText } from '../engine/report/workedExampleText';
import { trace } from '../engine/trace';
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
  if (options.format === 'json') return traceJsonOutput(result); // refuses a trace that overflows
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

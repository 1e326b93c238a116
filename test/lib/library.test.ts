import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { dyda } from '../../src/presets/dyda';

// The library build of issue 5, built here the way `npm run build:lib` builds it (vite.lib.config.ts, then the
// declarations of tsconfig.lib.json), so `npm test` proves the artefact a course page imports.
const root = resolve(__dirname, '../..');
const outDir = join(root, 'dist-lib');

/** tsc -p tsconfig.lib.json, in process; returns its error messages. */
function emitDeclarations(): string[] {
  const configPath = join(root, 'tsconfig.lib.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.lib.json could not be read');
  const program = ts.createProgram(config.fileNames, config.options);
  const result = program.emit();
  return [...ts.getPreEmitDiagnostics(program), ...result.diagnostics].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
}

describe('library build (dist-lib)', () => {
  beforeAll(async () => {
    await build({ configFile: join(root, 'vite.lib.config.ts'), root, logLevel: 'silent' });
    expect(emitDeclarations()).toEqual([]);
  }, 120_000);

  it('imports as an ES module and traces Dyda to the handout’s digits', async () => {
    const lib = (await import(
      /* @vite-ignore */ pathToFileURL(join(outDir, 'deltascope.js')).href
    )) as typeof import('../../src/engine');
    const file = JSON.parse(JSON.stringify(dyda)) as unknown;
    const checked = lib.validateNetworkFile(file);
    if (!checked.ok) throw new Error(checked.error);
    const t = lib.trace(lib.networkFromFile(checked.file), lib.sampleFromFile(checked.file));
    expect(lib.formatNumber(t.layers[1]!.X[0]!, 8)).toBe('0.47502081');
    expect(lib.narrate(t, t.steps[0]!, 'boughammoura')).toMatch(/^Y¹ = W¹ X̂⁰/);
    const markdown = lib.workedExampleText(checked.file, t, 'markdown', 'dyda', 8);
    expect(markdown).toContain('0.47502081');
    expect(JSON.parse(lib.traceJsonText(t)).loss).toBeCloseTo(t.loss, 15);
    expect(readFileSync(join(outDir, 'deltascope.js'), 'utf8')).not.toMatch(/from ['"](react|d3|katex)/);
  });

  it('ships declarations a TypeScript consumer can compile against', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deltascope-lib-'));
    try {
      const consumer = join(dir, 'consumer.ts');
      const types = join(outDir, 'types', 'index').replace(/\\/g, '/');
      writeFileSync(
        consumer,
        `import { trace, networkFromFile, sampleFromFile, type NetworkFile, type Trace } from '${types}';\n` +
          `declare const file: NetworkFile;\n` +
          `const t: Trace = trace(networkFromFile(file), sampleFromFile(file));\n` +
          `const n: number = t.loss;\n` +
          `// @ts-expect-error the loss is a number, not a string\n` +
          `const s: string = t.loss;\n` +
          `export { n, s };\n`,
      );
      const program = ts.createProgram([consumer], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        lib: ['lib.es2022.d.ts'],
        types: [],
      });
      const errors = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

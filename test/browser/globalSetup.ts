// Global setup for the `browser` Vitest project (see vite.config.ts).
//
// 1. Builds the app once into dist/, as `npm run build` does (production; skip with DELTASCOPE_NO_BUILD=1 when
//    dist/ is already fresh).
// 2. Starts `vite preview` on 127.0.0.1 at a free port, waits until it answers.
// 3. Provides the base URL to the tests: `inject('baseUrl')` (browser.ts does this for you).
// Teardown stops the preview server.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the preview server, with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
    baseUrl: string;
  }
}

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const VITE_BIN = resolve(ROOT, 'node_modules/vite/bin/vite.js');
const STARTUP_TIMEOUT_MS = 30_000;
/** Where the app is built and served from: dist/, or DELTASCOPE_DIST so that parallel runs do not share one. */
const DIST = resolve(ROOT, process.env.DELTASCOPE_DIST ?? 'dist');

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not determine a free port'));
        return;
      }
      server.close(() => resolvePort(address.port));
    });
  });
}

function build(): void {
  if (process.env.DELTASCOPE_NO_BUILD === '1') {
    if (!existsSync(resolve(DIST, 'index.html'))) {
      throw new Error(
        `DELTASCOPE_NO_BUILD=1 but ${DIST}/index.html does not exist; run \`npx vite build\` first.`,
      );
    }
    return;
  }
  const result = spawnSync(
    process.execPath,
    [VITE_BIN, 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'],
    {
      cwd: ROOT,
      // Vitest runs with NODE_ENV=test, and Vite builds what NODE_ENV says: left to it, the tests got React's
      // development build (its dev JSX runtime, 538 kB of app chunk) and the bundle budget weighed that, not the
      // app that `npm run build` ships.
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (result.status !== 0) {
    throw new Error(
      `vite build failed (exit ${String(result.status ?? result.signal)}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

interface Preview {
  child: ChildProcess;
  url: string;
}

async function startPreview(): Promise<Preview> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    process.execPath,
    [VITE_BIN, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', DIST],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(`vite preview exited early (code ${String(child.exitCode)}):\n${output}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { child, url };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await stopServer(child);
  throw new Error(`vite preview did not answer on ${url} within ${STARTUP_TIMEOUT_MS} ms:\n${output}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(5_000).then(() => true)]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  build();

  // The port is probed then released before vite binds it; retry in the unlikely case it was taken meanwhile.
  let preview: Preview | undefined;
  let lastError: unknown;
  for (let attempt = 0; attempt < 3 && preview === undefined; attempt++) {
    try {
      preview = await startPreview();
    } catch (error) {
      lastError = error;
    }
  }
  if (preview === undefined) throw lastError;

  const { child, url } = preview;
  // If Vitest dies without running teardown, do not leave the server behind.
  const killOnExit = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  project.provide('baseUrl', url);

  return async () => {
    process.off('exit', killOnExit);
    await stopServer(child);
  };
}

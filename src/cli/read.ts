import { readFileSync, statSync } from 'node:fs';
import { NETWORK_FILE_LIMITS, parseNetworkFile, type NetworkFileResult } from '../engine/networkFile';
import { findPreset, PRESET_NAMES } from '../presets';
import type { Source } from './args';

const tooLarge = `the network file is larger than the limit of ${NETWORK_FILE_LIMITS.maxTextLength / 1024 / 1024} MB`;

/** Reads text from a file, refusing one past the size limit before reading it. */
function readText(path: string): { ok: true; text: string } | { ok: false; error: string } {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, error: `${path}: is a directory, expected a network file` };
    if (stat.size > NETWORK_FILE_LIMITS.maxTextLength) return { ok: false, error: `${path}: ${tooLarge}` };
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    return { ok: false, error: `${path}: ${reason}` };
  }
}

/** The validated network file of a source: a file, stdin (fd 0) or a preset by name. */
export function readNetwork(source: Source): NetworkFileResult {
  if (source.kind === 'preset') {
    const preset = findPreset(source.name);
    if (!preset)
      return { ok: false, error: `unknown preset "${source.name}"; valid names: ${PRESET_NAMES.join(', ')}` };
    return parseNetworkFile(preset.file);
  }
  const path = source.kind === 'stdin' ? '/dev/stdin' : source.path;
  const label = source.kind === 'stdin' ? 'stdin' : source.path;
  const text = source.kind === 'stdin' ? readStdin() : readText(path);
  if (!text.ok) return text;
  const result = parseNetworkFile(text.text);
  return result.ok ? result : { ok: false, error: `${label}: ${result.error}` };
}

function readStdin(): { ok: true; text: string } | { ok: false; error: string } {
  try {
    const text = readFileSync(0, 'utf8');
    return text.length > NETWORK_FILE_LIMITS.maxTextLength
      ? { ok: false, error: `stdin: ${tooLarge}` }
      : { ok: true, text };
  } catch (error) {
    return {
      ok: false,
      error: `stdin: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
}

import { parseNetworkFile, type NetworkFileResult } from '../../engine/networkFile';
import { presetEqualTo } from '../../presets';
import { computeFromFile } from '../../store/store';

/**
 * A network file from JSON text, or one message naming where (`source`: the file name or "pasted JSON"), the
 * JSON path and what was expected, as the CLI prints it.
 */
export function importNetworkText(source: string, text: string): NetworkFileResult {
  const parsed = parseNetworkFile(text);
  if (!parsed.ok) return { ok: false, error: `${source}: ${parsed.error}` };
  try {
    computeFromFile(parsed.file); // the sample must fit the network too (the engine's message)
  } catch (error) {
    return { ok: false, error: `${source}: ${error instanceof Error ? error.message : String(error)}` };
  }
  // A file that is a preset exactly (one saved from it, say) is that preset, so its link stays ?preset=.
  const preset = presetEqualTo(parsed.file);
  return preset === undefined ? parsed : { ok: true, file: preset.file };
}

/** The first file of a drop or a file picker, read as text. */
export async function readFirstFile(files: FileList | null): Promise<{ name: string; text: string } | null> {
  const file = files?.[0];
  if (file === undefined) return null;
  return { name: file.name, text: await file.text() };
}

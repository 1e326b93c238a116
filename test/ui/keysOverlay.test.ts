// The Keys list (`?`) names every key the README's table of keys does: a reader who presses ? sees them all.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { KEYS } from '../../src/ui/KeysOverlay';

test('the Keys list names every key of the README’s table', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| key '));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  const documented = rows.flatMap((row) =>
    row
      .split('|')[1]!
      .split(/,| or |\//)
      .map((key) => key.trim())
      .filter((key) => key !== ''),
  );
  expect(documented).toContain('Ctrl+Y');
  const listed = new Set(KEYS.flatMap(([keys]) => keys.split(/\s+/)));
  expect(documented.filter((key) => !listed.has(key))).toEqual([]);
});

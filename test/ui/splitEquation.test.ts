// workingParts: the pieces presentation mode's working wraps between never part a left-hand side from its "=".
import { describe, expect, test } from 'vitest';
import { stepEquation } from '../../src/engine/formula';
import { NOTATIONS } from '../../src/engine/notation';
import { PRESETS } from '../../src/presets';
import { createDeltascopeStore } from '../../src/store/store';
import { splitEquation, workingParts } from '../../src/ui/present/splitEquation';

const everyEquation = PRESETS.flatMap((preset) => {
  const { trace } = createDeltascopeStore({ file: preset.file }).getState();
  return NOTATIONS.flatMap((notation) =>
    trace.steps.map((step) => ({
      name: `${preset.name}, ${notation}, step ${step.index}`,
      tex: stepEquation(trace, step, notation, 8).substituted,
    })),
  );
});

describe('workingParts(tex)', () => {
  test('Dyda’s δup⁽⁰⁾: each left-hand side in one piece with its "=", the rule’s right-hand sides apart', () => {
    const { trace } = createDeltascopeStore().getState();
    const pieces = workingParts(stepEquation(trace, trace.steps[11]!, 'dyda', 8).substituted);
    // Split at every top-level "=", "∂L/∂a⁽⁰⁾" ended a line at 1280×720 and "= [−0.01556547; …]" began the next.
    expect(pieces).toHaveLength(3);
    expect(pieces[0]).toMatch(
      /^\\frac\{\\partial L\}\{\\partial X\^\{\[1\]\}\} = \\left\(\\begin\{bmatrix\}/,
    );
    expect(pieces[1]).toMatch(/^= \\begin\{bmatrix\} \\textcolor\{gray\}\{0\.01132848\}/);
    expect(pieces[2]).toBe(
      '\\;\\Rightarrow\\; \\frac{\\partial L}{\\partial a^{[0]}} = \\begin{bmatrix} -0.01556547 \\\\ 0.01980247 \\end{bmatrix}',
    );
  });

  test('every preset, notation and step: no piece is a bare left-hand side; joined, the equation', () => {
    for (const { name, tex } of everyEquation) {
      const pieces = workingParts(tex);
      const parts = splitEquation(tex);
      expect(pieces.join(' '), name).toBe(parts.join(' '));
      for (const piece of pieces) {
        // A piece is a right-hand side going on (=, a sign), the lecture's braced second statement after a
        // \quad, or a statement with its own "=" in it.
        if (!/^(=|[-+]|\\quad)/.test(piece))
          expect(splitEquation(piece)[1]?.startsWith('='), `${name}: ${piece}`).toBe(true);
      }
      // Nothing else is joined: a right-hand side after another stays a piece of its own, to wrap between.
      const goingOn = (p: string, k: number) =>
        p.startsWith('=') && (k === 0 || /^(=|[-+])/.test(parts[k - 1]!));
      expect(pieces.filter((p) => p.startsWith('=')).length, name).toBe(parts.filter(goingOn).length);
    }
  });
});

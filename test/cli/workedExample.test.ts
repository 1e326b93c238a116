import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { NOTATIONS, networkFromFile, sampleFromFile, trace } from '../../src/engine';
import { toLatex } from '../../src/engine/report/latex';
import { toMarkdown } from '../../src/engine/report/markdown';
import { workedExample } from '../../src/engine/report/workedExample';
import { PRESETS } from '../../src/presets';

describe('the worked example', () => {
  it.each(PRESETS.flatMap((p) => NOTATIONS.map((n) => [p.name, n, p.file] as const)))(
    '%s in %s notation: every display is TeX that KaTeX accepts',
    (_, notation, file) => {
      const t = trace(networkFromFile(file), sampleFromFile(file));
      const sections = workedExample(t, notation, 8);
      const equations = sections.flatMap((s) => s.equations);
      expect(equations.length).toBe(t.steps.length + file.layers.length); // W of each layer + the sample + steps
      for (const tex of equations)
        expect(() => katex.renderToString(tex, { throwOnError: true, displayMode: true })).not.toThrow();
      const markdown = toMarkdown('Title', sections);
      expect(markdown.match(/^\$\$$/gm)).toHaveLength(2 * equations.length);
      const latex = toLatex('Title', sections);
      expect(latex.match(/\\\[\n/g)).toHaveLength(equations.length);
    },
  );
});

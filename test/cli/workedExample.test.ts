import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { NOTATIONS, networkFromFile, sampleFromFile, trace } from '../../src/engine';
import { escapeLatex, toLatex } from '../../src/engine/report/latex';
import { toMarkdown } from '../../src/engine/report/markdown';
import { workedExample } from '../../src/engine/report/workedExample';
import { workedExampleText } from '../../src/engine/report/workedExampleText';
import { mulberry32 } from '../../src/engine/random';
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

/**
 * The text TeX prints for LaTeX text as escapeLatex writes it, read the way TeX reads it: a control symbol (`\{`)
 * prints its character, a control word is one of the few escapeLatex writes (its `{}` an empty group), and a
 * special character standing alone is an error, as it would be for TeX (a stray `{`, `$`, `#`, `^` ...).
 */
function printedText(tex: string): string {
  const words: Record<string, string> = { textbackslash: '\\', textasciitilde: '~', textasciicircum: '^' };
  let out = '';
  for (let k = 0; k < tex.length; k++) {
    const c = tex[k] as string;
    if (c === '\\') {
      const word = /^[a-zA-Z]+/.exec(tex.slice(k + 1))?.[0];
      if (word === undefined) {
        out += tex[++k]; // \{ \} \$ \& \% \# \_
        continue;
      }
      if (!(word in words)) throw new Error(`unexpected \\${word}`);
      out += words[word];
      k += word.length;
      if (tex.startsWith('{}', k + 1)) k += 2;
      else while (tex[k + 1] === ' ') k++; // as TeX does: a control word eats the spaces after it
    } else if ('{}$&%#_^~'.includes(c)) throw new Error(`unescaped ${c} at ${k} of ${tex}`);
    else out += c;
  }
  return out;
}

describe('escapeLatex', () => {
  it('escapes each of TeX’s special characters once', () => {
    expect(escapeLatex('\\ { } $ & % # _ ^ ~')).toBe(
      '\\textbackslash{} \\{ \\} \\$ \\& \\% \\# \\_ \\textasciicircum{} \\textasciitilde{}',
    );
    expect(escapeLatex('C:\\nets\\{a}')).toBe('C:\\textbackslash{}nets\\textbackslash{}\\{a\\}');
    expect(escapeLatex('δ = ½‖y − a‖², §4 …')).toBe(
      '$\\delta$ = $\\frac12$$\\|$y - a$\\|$$^2$, \\S{}4 \\ldots{}',
    );
  });

  it('keeps Unicode letters and folds whitespace (a newline, a blank line) to one space', () => {
    expect(escapeLatex('Übung 3: café, Straße')).toBe('Übung 3: café, Straße');
    expect(escapeLatex('  Week 3\n\nBackprop\r\n\tby hand  ')).toBe('Week 3 Backprop by hand');
    expect(escapeLatex('bell\u0007 and del\u007f')).toBe('bell? and del?');
  });

  it('what TeX prints is the text, for every mix of special characters, Unicode and whitespace', () => {
    const alphabet = [...'\\{}$&%#_^~ab Üéß', '\n', '\n\n', '\t', '{}', '\\\\'];
    const random = mulberry32(7);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => {
        return alphabet[Math.floor(random() * alphabet.length)] as string;
      }).join('');
      expect(printedText(escapeLatex(text)), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('the report’s title', () => {
  const file = PRESETS[0]!.file;
  const t = trace(networkFromFile(file), sampleFromFile(file));
  const named = (name: unknown) => ({ ...file, name });

  it('LaTeX: a name with TeX’s special characters, accented letters and a newline, as its own text', () => {
    const tex = workedExampleText(
      named('Übung 3 \\ {Café} 50% & $x_1^2$ #1 ~ß é\nzweite Zeile'),
      t,
      'latex',
      'dyda',
      8,
    );
    expect(tex).toContain(
      '\n\\title{Übung 3 \\textbackslash{} \\{Café\\} 50\\% \\& \\$x\\_1\\textasciicircum{}2\\$ \\#1 \\textasciitilde{}ß é zweite Zeile}\n',
    );
    // pdflatex reads the accented letters as UTF-8 into T1 fonts; lualatex and xelatex as they are.
    const preamble = tex.slice(0, tex.indexOf('\\begin{document}'));
    expect(preamble).toContain('\\ifPDFTeX');
    expect(preamble).toMatch(/\\usepackage\[utf8\]\{inputenc\}\n\s*\\usepackage\[T1\]\{fontenc\}/);
    // Only the name brings characters past ASCII: the report's own text stays ASCII.
    expect(tex.replace(/\\title\{.*\}\n/, '')).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('Markdown: the name on one line, so that the # heading holds all of it', () => {
    const markdown = workedExampleText(named('Week 3:\n\n  Übung\tzwei\n'), t, 'markdown', 'dyda', 8);
    expect(markdown.startsWith('# Week 3: Übung zwei\n\n## Given\n')).toBe(true);
    expect(toMarkdown('a\r\nb', [])).toBe('# a b\n');
  });

  it('a blank name is no name', () => {
    expect(workedExampleText(named(' \n '), t, 'markdown', 'dyda', 8)).toMatch(
      /^# One step of backpropagation\n/,
    );
  });
});

import { oneLine, type Section } from './workedExample';

/**
 * What a character becomes in LaTeX text: TeX's special characters escaped, and the symbols of the report's own
 * prose (δ, σ, ½, →, ...) written as TeX commands, which every engine and font setup prints alike.
 */
const LATEX_TEXT: ReadonlyMap<string, string> = new Map([
  ['\\', '\\textbackslash{}'],
  ['{', '\\{'],
  ['}', '\\}'],
  ['#', '\\#'],
  ['$', '\\$'],
  ['%', '\\%'],
  ['&', '\\&'],
  ['_', '\\_'],
  ['~', '\\textasciitilde{}'],
  ['^', '\\textasciicircum{}'],
  ['−', '-'],
  ['δ', '$\\delta$'],
  ['σ', '$\\sigma$'],
  ['α', '$\\alpha$'],
  ['½', '$\\frac12$'],
  ['‖', '$\\|$'],
  ['§', '\\S{}'],
  ['…', '\\ldots{}'],
  ['→', '$\\to$'],
  ['²', '$^2$'],
  ['φ', '$\\varphi$'],
  ['Δ', '$\\Delta$'],
]);

// eslint-disable-next-line no-control-regex -- control characters are what TeX refuses in text
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Text for a LaTeX title, heading or paragraph, each character written once (so that no escape is escaped
 * again): TeX's special characters escaped, the report's symbols spelled out, whitespace runs folded to one
 * space (a blank line would be a paragraph break, which \title and \section* refuse), control characters `?`.
 * Other Unicode is kept as it is: the document reads UTF-8 (see toLatex).
 */
export function escapeLatex(text: string): string {
  return Array.from(oneLine(text), (c) => LATEX_TEXT.get(c) ?? (CONTROL.test(c) ? '?' : c)).join('');
}

/**
 * The worked example as a complete LaTeX document (amsmath; xcolor for the dropped bias coordinate). Its text is
 * UTF-8: lualatex and xelatex read it as it is; for pdflatex the preamble asks for UTF-8 input and T1 fonts
 * (Latin Modern), so a name in accented Latin letters (Übung, é, ß, ő) compiles; other scripts need lualatex
 * or xelatex with a font that has them.
 */
export function toLatex(title: string, sections: readonly Section[]): string {
  const body: string[] = [];
  for (const section of sections) {
    body.push(`\\${section.level === 2 ? 'section' : 'subsection'}*{${escapeLatex(section.heading)}}`);
    if (section.text) body.push(escapeLatex(section.text));
    for (const equation of section.equations) body.push(`\\[\n${equation}\n\\]`);
  }
  return `\\documentclass[10pt]{article}
\\usepackage{iftex}
\\ifPDFTeX % pdflatex: UTF-8 input, accented Latin letters from T1 fonts (lualatex and xelatex read UTF-8 as is)
  \\usepackage[utf8]{inputenc}
  \\usepackage[T1]{fontenc}
  \\usepackage{lmodern}
\\fi
\\usepackage[margin=1.5cm,landscape]{geometry}
\\usepackage{amsmath,amssymb}
\\usepackage{xcolor}
\\setcounter{MaxMatrixCols}{20}
\\title{${escapeLatex(title)}}
\\date{}
\\begin{document}
\\maketitle

${body.join('\n\n')}

\\end{document}
`;
}

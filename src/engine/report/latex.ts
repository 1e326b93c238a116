import type { Section } from './workedExample';

/** Text for a LaTeX paragraph: the characters TeX treats specially escaped, Unicode symbols spelled out. */
export function escapeLatex(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([#$%&_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/−/g, '-')
    .replace(/δ/g, '$\\delta$')
    .replace(/σ/g, '$\\sigma$')
    .replace(/α/g, '$\\alpha$')
    .replace(/½/g, '$\\frac12$')
    .replace(/‖/g, '$\\|$')
    .replace(/§/g, '\\S{}')
    .replace(/…/g, '\\ldots{}')
    .replace(/→/g, '$\\to$')
    .replace(/²/g, '$^2$')
    .replace(/φ/g, '$\\varphi$')
    .replace(/Δ/g, '$\\Delta$')
    .replace(/[^\x20-\x7e\n]/g, '?');
}

/** The worked example as a complete LaTeX document (amsmath; xcolor for the dropped bias coordinate). */
export function toLatex(title: string, sections: readonly Section[]): string {
  const body: string[] = [];
  for (const section of sections) {
    body.push(`\\${section.level === 2 ? 'section' : 'subsection'}*{${escapeLatex(section.heading)}}`);
    if (section.text) body.push(escapeLatex(section.text));
    for (const equation of section.equations) body.push(`\\[\n${equation}\n\\]`);
  }
  return `\\documentclass[10pt]{article}
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

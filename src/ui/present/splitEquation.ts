/**
 * Splits a typeset equation at its top-level `=`, `\Rightarrow` and binary `+`/`-` (outside braces,
 * environments and \left…\right), each part starting with its operator. Presentation mode lays the parts out
 * in a wrapping row, so a long substitution breaks into lines instead of shrinking below a readable size.
 */
export function splitEquation(tex: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  const cut = (at: number) => {
    const part = tex.slice(start, at).trim();
    if (part !== '') parts.push(part);
    start = at;
  };
  while (i < tex.length) {
    const rest = tex.slice(i);
    const opener = /^(\\begin\{|\\left\b|\{)/.exec(rest);
    const closer = /^(\\end\{|\\right\b|\})/.exec(rest);
    if (opener !== null) {
      depth++;
      // \begin{bmatrix}: the environment name's own braces must not count twice.
      i += opener[0] === '\\begin{' ? rest.indexOf('}') + 1 : opener[0].length;
      continue;
    }
    if (closer !== null) {
      depth--;
      i += closer[0] === '\\end{' ? rest.indexOf('}') + 1 : closer[0].length;
      continue;
    }
    if (depth === 0 && i > start) {
      if (rest.startsWith('\\;\\Rightarrow\\;') || /^ [=+-] /.test(rest)) cut(i);
    }
    i += rest.startsWith('\\;\\Rightarrow\\;') ? '\\;\\Rightarrow\\;'.length : 1;
  }
  cut(tex.length);
  return parts;
}

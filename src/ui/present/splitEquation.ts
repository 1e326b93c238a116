/**
 * Splits a typeset equation at its top-level `=`, `\Rightarrow`, `\quad` and binary `+`/`-` (outside braces,
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
      // (and before a \quad: the lecture's second statement, ", \quad {∂C/∂b = Δ = […]}", on a line of its own)
      if (rest.startsWith('\\;\\Rightarrow\\;') || rest.startsWith('\\quad') || /^ [=+-] /.test(rest)) cut(i);
    }
    i += rest.startsWith('\\;\\Rightarrow\\;') ? '\\;\\Rightarrow\\;'.length : 1;
  }
  cut(tex.length);
  return parts;
}

/**
 * The pieces presentation mode's working wraps between: splitEquation's parts, with each bare left-hand side
 * (a part with no operator in front, or one after ⇒: Dyda's ∂L/∂X⁽²⁾ and "⇒ ∂L/∂a⁽¹⁾") kept with the `= …` after
 * it. As parts of their own, a line could end with "⇒ ∂L/∂a⁽⁰⁾" and the next start with its "= [−0.01556547; …]".
 */
export function workingParts(tex: string): string[] {
  const parts: string[] = [];
  let bare = false; // whether the last part is a left-hand side still waiting for its "="
  for (const part of splitEquation(tex)) {
    if (bare && part.startsWith('=')) {
      parts[parts.length - 1] += ` ${part}`;
      bare = false;
    } else {
      parts.push(part);
      bare = !/^(=|[-+]|\\quad)/.test(part); // (after \quad: a braced statement of its own, whole)
    }
  }
  return parts;
}

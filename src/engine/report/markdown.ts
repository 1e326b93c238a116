import { oneLine, type Section } from './workedExample';

/**
 * The worked example as Markdown: headings, prose, and `$$…$$` display blocks (KaTeX/MathJax read them). The
 * title and headings are folded onto one line, since a newline would end the `#` heading.
 */
export function toMarkdown(title: string, sections: readonly Section[]): string {
  const parts = [`# ${oneLine(title)}`];
  for (const section of sections) {
    parts.push(`${'#'.repeat(section.level)} ${oneLine(section.heading)}`);
    if (section.text) parts.push(section.text);
    for (const equation of section.equations) parts.push(`$$\n${equation}\n$$`);
  }
  return `${parts.join('\n\n')}\n`;
}

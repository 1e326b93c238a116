import { useKatex } from './katexLoader';

/**
 * TeX typeset by KaTeX (display style); a TeX error shows the source instead of breaking the page. KaTeX loads
 * lazily: until it is there the box is empty and marked busy.
 */
export function Tex({ tex, className }: { tex: string; className?: string }) {
  const katex = useKatex();
  if (!katex) return <div className={className} aria-busy="true" />;
  const html = katex.renderToString(tex, { displayMode: true, throwOnError: false, output: 'html' });
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

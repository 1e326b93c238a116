import katex from 'katex';
import 'katex/dist/katex.min.css';

/** TeX typeset by KaTeX (display style); a TeX error shows the source instead of breaking the page. */
export function Tex({ tex, className }: { tex: string; className?: string }) {
  const html = katex.renderToString(tex, { displayMode: true, throwOnError: false, output: 'html' });
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

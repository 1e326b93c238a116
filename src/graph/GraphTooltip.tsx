import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useKatex } from '../ui/katexLoader';
import { useDeltascope } from '../ui/StoreContext';
import { explain } from './explain';
import { frameAt } from './frame';

/** Where the tooltip points: an element id and its box in the graph box's coordinates. */
export interface TipAnchor {
  readonly id: string;
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
}

/** Inline TeX as HTML once KaTeX has loaded (it loads lazily: katexLoader.ts), the source until then. */
const typeset = (katex: ReturnType<typeof useKatex>, tex: string) =>
  katex
    ? katex.renderToString(tex, { displayMode: false, throwOnError: false, output: 'html' })
    : tex.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * "Where did this number come from?": the formula of what the hovered or focused element shows, numbers
 * substituted, in the current notation (KaTeX). Follows the cursor while open; Escape closes it.
 */
export function GraphTooltip({ anchor, onClose }: { anchor: TipAnchor; onClose: () => void }) {
  const katex = useKatex();
  const trace = useDeltascope((s) => s.trace);
  const cursor = useDeltascope((s) => s.cursor);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  const amplification = useDeltascope((s) => s.amplificationOutput);
  const { tex, note } = explain(trace, frameAt(trace, cursor), anchor.id, notation, digits, amplification);
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  // The element explained is marked on the graph (a weight's line as well as its label box), in every svg of the
  // step slots (graphSlots.ts), so it stays marked when a step shows another one.
  useEffect(() => {
    const box = ref.current?.parentElement;
    const marked = box ? [...box.querySelectorAll(`.graph-svg [data-id="${anchor.id}"]`)] : [];
    for (const element of marked) element.classList.add('explained');
    return () => {
      for (const element of marked) element.classList.remove('explained');
    };
  }, [anchor.id]);

  // Below the element, or above when there is no room; never past the graph box's sides.
  useLayoutEffect(() => {
    const tip = ref.current;
    const box = tip?.parentElement;
    if (!tip || !box) return;
    const { width, height } = tip.getBoundingClientRect();
    const left = Math.max(4, Math.min(box.clientWidth - width - 4, anchor.x - width / 2));
    const below = anchor.bottom + 8;
    const top =
      below + height <= box.clientHeight || anchor.top - height - 8 < 0 ? below : anchor.top - height - 8;
    setPlace({ left, top });
  }, [anchor, tex.length, note]);

  if (tex.length === 0 && note === null) return null;
  return (
    <div
      ref={ref}
      className="graph-tooltip"
      role="tooltip"
      data-testid="graph-tooltip"
      style={place ? { left: place.left, top: place.top } : { visibility: 'hidden', left: 0, top: 0 }}
    >
      {tex.map((t) => (
        <div key={t} className="formula" dangerouslySetInnerHTML={{ __html: typeset(katex, t) }} />
      ))}
      {note && <div className="note">{note}</div>}
    </div>
  );
}

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useStoreApi } from '../StoreContext';

type Item = 'svg' | 'png' | 'markdown' | 'latex' | 'json';

const ITEMS: readonly { readonly item: Item; readonly label: string }[] = [
  { item: 'svg', label: 'Graph as SVG' },
  { item: 'png', label: 'Graph as PNG' },
  { item: 'markdown', label: 'Worked example as Markdown' },
  { item: 'latex', label: 'Worked example as LaTeX' },
  { item: 'json', label: 'Trace as JSON' },
];

/** The page colour behind the graph, so an exported picture reads the same outside the app (dark theme too). */
function backgroundOf(svg: SVGSVGElement): string {
  const app = svg.closest('.app') ?? svg.ownerDocument.body;
  const colour = getComputedStyle(app).getPropertyValue('--panel').trim();
  return colour || '#ffffff';
}

/**
 * Export ▾: the graph as SVG or PNG, the worked example as Markdown or LaTeX (the command line's text) and
 * the trace as JSON, each a download named for the network (and the step, for pictures). The code that makes
 * the files is loaded on first use, so it costs the app's first load nothing.
 */
export function ExportMenu() {
  const store = useStoreApi();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const run = async (item: Item) => {
    close();
    const state = store.getState();
    try {
      const files = await import('./exportFiles');
      const { download, serializeSvg, svgToPng } = await import('../../graph/exportSvg');
      if (item === 'markdown' || item === 'latex' || item === 'json') {
        const file = item === 'json' ? files.traceJsonFile(state) : files.workedExampleFile(state, item);
        download(new Blob([file.text], { type: `${file.type};charset=utf-8` }), file.filename);
        return;
      }
      const svg = files.findGraphSvg(document);
      if (svg === null) throw new Error('there is no graph on screen to export (open the Step view)');
      const background = backgroundOf(svg);
      // A big network's edges are on a canvas under the svg: they go into the file too.
      const underlay = svg
        .closest('.graph-box')
        ?.querySelector<HTMLCanvasElement>('canvas.graph-edges-canvas:not([hidden])');
      const options = { background, underlay: underlay ?? null };
      const blob =
        item === 'svg'
          ? new Blob([serializeSvg(svg, options)], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(svg, 2, options);
      download(blob, files.graphFilename(state, item));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      state.showMessage(`Export failed: ${reason.replace(/\.$/, '')}.`);
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      close();
    } else if (event.key in moves) {
      event.preventDefault();
      items[((moves[event.key] as number) + items.length) % items.length]?.focus();
    }
    // The app's step keys (←/→, Space, Home/End) must not fire while the menu has focus.
    event.stopPropagation();
  };

  return (
    <div className="share-item">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title="Download the graph, the worked example or the trace"
      >
        Export ▾
      </button>
      {open && (
        <div
          ref={menu}
          role="menu"
          aria-label="Export"
          className="share-popover export-menu"
          onKeyDown={onMenuKey}
        >
          {ITEMS.map(({ item, label }) => (
            <button key={item} type="button" role="menuitem" tabIndex={-1} onClick={() => void run(item)}>
              {label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

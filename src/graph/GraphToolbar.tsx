import type { GraphZoom } from './graphZoom';
import { AmplificationControl } from './Amplification';
import { GraphLegend } from './GraphLegend';

/** The zoom toolbar: what each button shows, says, its key, and what it does. */
export const ZOOM_BUTTONS: readonly {
  text: string;
  label: string;
  key: string;
  act: (z: GraphZoom) => void;
}[] = [
  { text: '+', label: 'Zoom in', key: '+', act: (z) => z.zoomBy(1.25) },
  { text: '−', label: 'Zoom out', key: '−', act: (z) => z.zoomBy(0.8) },
  { text: 'Fit', label: 'Fit to view', key: '0', act: (z) => z.fit() },
];

/**
 * Above the graph: the legend, the amplification choice, and the zoom buttons, with Follow where the drawing is
 * too small to read whole and a narrow panel follows the steps (followStep.ts), and Fold layers once a
 * "+N neurons" handle has shown a layer whole (A[784,…]'s input layer shrinks the rest of the drawing to specks).
 */
export function GraphToolbar({
  followable,
  following,
  onFollow,
  onFold,
  onZoom,
}: {
  followable: boolean;
  following: boolean;
  onFollow: () => void;
  /** Folds the layers shown whole back to their "+N neurons" handles; null when none is (no button). */
  onFold: (() => void) | null;
  /** A zoom button pressed: the reader's view from then on, no longer the steps'. */
  onZoom: (act: (zoom: GraphZoom) => void) => void;
}) {
  return (
    <div className="graph-toolbar">
      <GraphLegend />
      <AmplificationControl />
      <div className="graph-zoom buttons" role="group" aria-label="Zoom">
        {followable && (
          <button
            type="button"
            aria-pressed={following}
            title="Zoom to the layers of each step (the whole network is too small to read here)"
            onClick={onFollow}
          >
            Follow
          </button>
        )}
        {onFold && (
          <button
            type="button"
            title="Fold the layers shown whole back to their +N neurons handles"
            onClick={onFold}
          >
            Fold layers
          </button>
        )}
        {ZOOM_BUTTONS.map(({ text, label, key, act }) => (
          <button
            key={key}
            type="button"
            aria-label={label}
            title={`${label} (${key})`}
            onClick={() => onZoom(act)}
          >
            {text}
          </button>
        ))}
      </div>
    </div>
  );
}

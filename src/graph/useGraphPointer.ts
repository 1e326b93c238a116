import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { DeltascopeStore } from '../store/store';
import { parseElementId } from './explain';
import type { GraphZoom } from './graphZoom';
import { ZOOM_BUTTONS } from './GraphToolbar';
import type { TipAnchor } from './GraphTooltip';

/**
 * The graph under the pointer and the keyboard: the tooltip of the element hovered or focused (and the neuron it
 * names, for the amplification line), a click or Enter on a weight selecting it, and the zoom keys.
 */
export function useGraphPointer(
  store: StoreApi<DeltascopeStore>,
  boxRef: RefObject<HTMLDivElement | null>,
  zoomByHand: (act: (zoom: GraphZoom) => void) => void,
) {
  const [tip, setTip] = useState<TipAnchor | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const anchorOf = useCallback(
    (target: EventTarget | null): TipAnchor | null => {
      const element = target instanceof Element ? target.closest<SVGElement>('[data-id]') : null;
      const box = boxRef.current?.getBoundingClientRect();
      if (!element || !box) return null;
      const r = element.getBoundingClientRect();
      return {
        id: element.dataset.id ?? '',
        x: r.left + r.width / 2 - box.left,
        top: r.top - box.top,
        bottom: r.bottom - box.top,
      };
    },
    [boxRef],
  );
  const show = useCallback(
    (event: { target: EventTarget | null }) => {
      const anchor = anchorOf(event.target);
      setTip(anchor);
      if (anchor && parseElementId(anchor.id)?.kind === 'neuron') setFocusId(anchor.id);
    },
    [anchorOf],
  );
  const hide = useCallback(() => setTip(null), []);
  const select = useCallback(
    (target: EventTarget | null) => {
      const element =
        target instanceof Element ? target.closest<SVGElement>('g.edge, g.edge-label, .canvas-edge') : null;
      const ref = element ? parseElementId(element.dataset.id ?? '') : null;
      if (ref?.kind === 'weight') store.getState().selectWeight({ layer: ref.layer, i: ref.i, j: ref.j });
    },
    [store],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const [zoomIn, zoomOut, fit] = ZOOM_BUTTONS.map(
        ({ act }) =>
          () =>
            zoomByHand(act),
      );
      const keys: Record<string, () => void> = {
        '+': zoomIn!,
        '=': zoomIn!,
        '-': zoomOut!,
        '0': fit!,
        Escape: hide,
        Enter: () => select(event.target),
      };
      const action = keys[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    },
    [hide, select, zoomByHand],
  );

  return { tip, focusId, show, hide, select, onKeyDown };
}

import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { DeltascopeStore } from '../store/store';
import { canFollow, followView } from './followStep';
import type { GraphZoom } from './graphZoom';
import type { GraphLayout } from './layout';

type Size = { width: number; height: number } | null | undefined;

/** What GraphView needs to follow the steps (followStep.ts). */
export interface FollowStep {
  /** Whether this drawing in this panel can follow (the Follow button is shown). */
  readonly followable: boolean;
  /** Whether the view follows the steps now (the button's pressed state). */
  readonly following: boolean;
  /** Follows the steps from now on, or leaves the view where the reader puts it. */
  setFollowing(on: boolean): void;
  /** Moves the view to the current step's layers (at once, or in a short transition) while following. */
  follow(atOnce: boolean): void;
  /** The view of a new drawing: the step's layers while following, else the whole network (as Fit). */
  viewNewDrawing(): void;
  /** `follow` of the latest render, for store listeners that outlive renders. */
  readonly latestFollow: RefObject<(atOnce: boolean) => void>;
}

/** Per store, whether the reader left the view following, and for which network (its layer sizes array). */
const chosen = new WeakMap<StoreApi<DeltascopeStore>, { network: readonly number[]; on: boolean }>();

/**
 * A drawing too small to read in a narrow panel (a phone's) is zoomed to the step's layers, until the reader
 * zooms, pans or fits by hand (a tap that moves nothing does not count); the Follow button hands the view back to
 * the steps, and so does another network. `sizeRef` holds the panel's exact size (read when following),
 * `layoutSize` is the one the layout was made for.
 */
export function useFollowStep(
  store: StoreApi<DeltascopeStore>,
  /** The network's layer sizes: a new array is another network (GraphView's `expanded` resets the same way). */
  network: readonly number[],
  layout: GraphLayout,
  sizeRef: RefObject<Size>,
  layoutSize: Size,
  zoomRef: RefObject<GraphZoom | null>,
): FollowStep {
  // The reader's choice outlives this graph (the Train view unmounts it) while the network is the same one.
  const kept = chosen.get(store);
  const initially = kept !== undefined && kept.network === network ? kept.on : true;
  const on = useRef(initially);
  const [following, setFollowingState] = useState(initially);
  const setFollowing = useCallback(
    (value: boolean) => {
      on.current = value;
      setFollowingState(value);
      chosen.set(store, { network, on: value });
    },
    [store, network],
  );
  const follow = useCallback(
    (atOnce: boolean) => {
      const panel = sizeRef.current;
      if (!on.current || !panel) return;
      const s = store.getState();
      zoomRef.current?.show(followView(layout, panel.width, panel.height, s.trace.steps[s.cursor]), atOnce);
    },
    [store, layout, sizeRef, zoomRef],
  );
  // Another network starts from the step's layers again; the same one redrawn (digits, a resize) keeps the
  // reader's choice.
  const shownNetwork = useRef(network);
  useLayoutEffect(() => {
    if (shownNetwork.current === network) return;
    shownNetwork.current = network;
    setFollowing(true);
  }, [network, setFollowing]);
  const latestFollow = useRef(follow);
  useLayoutEffect(() => {
    latestFollow.current = follow;
  });
  const viewNewDrawing = useCallback(() => {
    if (on.current) follow(false);
    else zoomRef.current?.fit();
  }, [follow, zoomRef]);
  const followable = layoutSize ? canFollow(layout, layoutSize.width, layoutSize.height) : false;
  return { followable, following, setFollowing, follow, viewNewDrawing, latestFollow };
}

import type { BiasLayout } from '../engine/types';
import { canFollow, followedScale } from './followStep';
import { computeLayout, type GraphLayout, type LayoutOptions } from './layout';

/**
 * Below this scale (the labelled drawing shrunk into the panel), numbers in circles are too small to read
 * (13 px × 0.45 ≈ 6 px): the compact drawing (small circles, values on hover) says more.
 */
export const MIN_LABELLED_SCALE = 0.45;

/** A narrow panel following the steps keeps the labelled drawing down to this scale (8 px numbers): on a 360 px
 * phone Dyda's is 0.66, read where the compact drawing writes no number at all. */
export const MIN_FOLLOWED_SCALE = 0.6;

/**
 * The layout for a panel: labelled circles when they fit at a readable scale, or when a narrow panel following
 * the steps shows them readable (Dyda's 2-2-2 on a 360 px phone), else the compact drawing.
 * A4-8-8-3 in a 700 × 340 panel would show its 8-digit labels at a quarter size; it is drawn compact.
 */
export function fitLayout(layers: readonly number[], bias: BiasLayout, options: LayoutOptions): GraphLayout {
  const layout = fitAtSize(layers, bias, options);
  if (layout.nodeLabels || options.fontSize === undefined) return layout;
  // Presentation mode's labels (27 px, for a projector) in a phone's panel: Dyda's drawing came out compact, dots
  // with no number and captions running into each other. The desk's size keeps the numbers there, the panel
  // following the steps; on a wider screen the bigger labels stay, compact or not.
  const deskLayout = fitAtSize(layers, bias, { ...options, fontSize: undefined });
  const followed =
    deskLayout.nodeLabels &&
    options.width !== undefined &&
    options.height !== undefined &&
    canFollow(deskLayout, options.width, options.height);
  return followed ? deskLayout : layout;
}

/** fitLayout at the label size `options` asks for. */
function fitAtSize(layers: readonly number[], bias: BiasLayout, options: LayoutOptions): GraphLayout {
  const layout = computeLayout(layers, bias, options);
  if (!layout.nodeLabels || options.width === undefined || options.height === undefined) return layout;
  const { width, height } = options;
  const scale = Math.min(width / layout.width, height / layout.height);
  // A phone's panel follows the steps (followStep.ts): labelled where a step's two layers read at that zoom.
  const followed =
    canFollow(layout, width, height) && followedScale(layout, width, height) >= MIN_FOLLOWED_SCALE;
  return scale < MIN_LABELLED_SCALE && !followed
    ? computeLayout(layers, bias, { ...options, compact: true })
    : layout;
}

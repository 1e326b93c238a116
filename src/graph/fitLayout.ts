import type { BiasLayout } from '../engine/types';
import { computeLayout, type GraphLayout, type LayoutOptions } from './layout';

/**
 * Below this scale (the labelled drawing shrunk into the panel), numbers in circles are too small to read
 * (13 px × 0.45 ≈ 6 px): the compact drawing (small circles, values on hover) says more.
 */
export const MIN_LABELLED_SCALE = 0.45;

/**
 * The layout for a panel: labelled circles when they fit at a readable scale, else the compact drawing.
 * A4-8-8-3 in a 700 × 340 panel would show its 8-digit labels at a quarter size; it is drawn compact.
 */
export function fitLayout(layers: readonly number[], bias: BiasLayout, options: LayoutOptions): GraphLayout {
  const layout = computeLayout(layers, bias, options);
  if (!layout.nodeLabels || options.width === undefined || options.height === undefined) return layout;
  const scale = Math.min(options.width / layout.width, options.height / layout.height);
  return scale < MIN_LABELLED_SCALE ? computeLayout(layers, bias, { ...options, compact: true }) : layout;
}

/**
 * Where the svg's viewBox ("xMidYMid meet") puts a layout of `layoutWidth × layoutHeight` in a panel of
 * `width × height` CSS pixels: layout point p is at (offsetX + scale·p.x, offsetY + scale·p.y) before any zoom.
 * The canvas of edges under the svg, the pulse layer over it, zoomed labels and exports place things as it does.
 */
export function viewBoxFit(
  width: number,
  height: number,
  layoutWidth: number,
  layoutHeight: number,
): { scale: number; offsetX: number; offsetY: number } {
  const scale = Math.min(width / layoutWidth, height / layoutHeight);
  return {
    scale,
    offsetX: (width - layoutWidth * scale) / 2,
    offsetY: (height - layoutHeight * scale) / 2,
  };
}

import { useEffect, useRef } from 'react';
import { drawLossCurve } from './drawLossCurve';

/** Props of LossCurve. */
export interface LossCurveProps {
  /** J per iteration (or epoch), oldest first. */
  readonly losses: readonly number[];
  readonly width?: number;
  readonly height?: number;
  /** What one point is: 'iteration' (default) or 'epoch'. */
  readonly xLabel?: string;
}

/** The loss history as a D3 line chart that redraws as it grows; log-scaled once it spans two decades. */
export function LossCurve({ losses, width = 360, height = 200, xLabel = 'iteration' }: LossCurveProps) {
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (svg.current) drawLossCurve(svg.current, losses, { width, height }, xLabel);
  }, [losses, width, height, xLabel]);
  const last = losses[losses.length - 1];
  return (
    <svg
      ref={svg}
      className="loss-curve"
      role="img"
      aria-label={
        last === undefined
          ? 'Loss curve: no training yet'
          : `Loss curve: ${losses.length} values, last J = ${last}`
      }
    />
  );
}

import { useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../engine/datasets';
import { outputGrid } from '../engine/outputGrid';
import type { Network } from '../engine/types';
import { drawDecisionMap, planeDomains } from './drawDecisionMap';

/** Props of DecisionMap. */
export interface DecisionMapProps {
  /** A network with 2 inputs. */
  readonly network: Network;
  readonly dataset: Dataset;
  readonly width?: number;
  readonly height?: number;
  /** Cells per side of the heat map. */
  readonly resolution?: number;
}

/**
 * For a 2-input network, its output over the input plane as a heat map (a canvas) with the data points on top (SVG),
 * as TensorFlow Playground shows it: orange for class 0, blue for class 1.
 */
export function DecisionMap({
  network,
  dataset,
  width = 240,
  height = 240,
  resolution = 64,
}: DecisionMapProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const domains = useMemo(() => planeDomains(dataset), [dataset]);
  const grid = useMemo(
    () => (network.layers[0] === 2 ? outputGrid(network, domains.x, domains.y, resolution) : null),
    [network, domains, resolution],
  );
  useEffect(() => {
    if (grid && canvas.current && svg.current) {
      drawDecisionMap(canvas.current, svg.current, grid, dataset, { width, height });
    }
  }, [grid, dataset, width, height]);
  if (!grid) {
    return <p className="decision-map-note">The decision map needs a network with 2 inputs.</p>;
  }
  return (
    // At most width × height, narrower on a phone (the canvas and the svg's viewBox scale with the box).
    <div
      className="decision-map"
      style={{
        position: 'relative',
        width: '100%',
        maxWidth: width,
        aspectRatio: `${width} / ${height}`,
        outline: '1px solid #bbb',
      }}
    >
      <canvas
        ref={canvas}
        aria-hidden="true"
        style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', imageRendering: 'auto' }}
      />
      <svg
        ref={svg}
        role="img"
        aria-label={`Network output over the input plane with ${dataset.inputs.length} data points`}
        style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }}
      />
    </div>
  );
}

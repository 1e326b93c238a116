/** What the marks and colours of the graph mean (sign is also written in every number). */
export function GraphLegend() {
  return (
    <div
      className="graph-legend"
      aria-hidden="true"
      title="Hover or focus a number for its formula; drag to pan; wheel or + − 0 to zoom"
    >
      <span className="legend-item">
        <svg width="18" height="18">
          <circle className="legend-write" cx="9" cy="9" r="6.5" />
        </svg>
        computed now
      </span>
      <span className="legend-item">
        <svg width="18" height="18">
          <circle className="legend-read" cx="9" cy="9" r="6.5" />
        </svg>
        read
      </span>
      <span className="legend-item">
        <span className="legend-ramp" />− 0 +
      </span>
    </div>
  );
}

import { useDeltascope } from './StoreContext';

/** Where the D3 graph goes (src/graph/GraphView.tsx once it lands). */
export function GraphArea() {
  const architecture = useDeltascope((s) => s.trace.network.layers.join('-'));
  return (
    <section className="panel graph-area" aria-label="Network graph">
      <div className="graph-placeholder">graph of the {architecture} network</div>
    </section>
  );
}

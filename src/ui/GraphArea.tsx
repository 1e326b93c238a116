import { GraphView } from '../graph/GraphView';

/** The graph panel: the D3 network graph of the current network and step. */
export function GraphArea() {
  return (
    <section className="panel graph-area" aria-label="Network graph">
      <GraphView />
    </section>
  );
}

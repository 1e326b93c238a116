import { setAttribute } from './writeIfChanged';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * How many svgs a small graph keeps drawn: the current step and its two neighbours, so that a step forward or back
 * finds its picture made (issue 6's step latency, as useStepSlots does for the panels).
 */
export const SLOT_COUNT = 3;

/**
 * A pool of stacked svgs, one per step slot, inside `host`, all the same size (graph.css). The neighbouring steps
 * are drawn into theirs while idle, so showing one changes which slot is on top and a few attributes, instead of
 * writing, restyling and laying out a layer's numbers while the reader waits. The current svg carries the graph's
 * class, test id, role, label and tab stop; the others' slots are hidden from assistive technology and their
 * neurons and weights taken out of the tab order. Not by `inert`: it is inherited, and switching it restyles every
 * element of both svgs at each step (A/B, step median 11.0 → 9.3 ms without it, issue 6). The hidden svgs are under the
 * shown one, whose box takes every pointer event over the graph.
 */
export class GraphSlots {
  readonly svgs: readonly SVGSVGElement[];
  /** The step each svg's drawing shows (in the current view: a new one forgets them all). */
  private readonly holding = new Map<SVGSVGElement, number>();
  private shown: SVGSVGElement;

  constructor(
    private readonly host: HTMLElement,
    label: string,
  ) {
    const document = host.ownerDocument;
    this.svgs = Array.from({ length: SLOT_COUNT }, () => {
      // Each svg sits in a div of its own, which carries aria-hidden, the stacking order and the opaque background.
      const slot = document.createElement('div');
      slot.className = 'graph-slot';
      const svg = document.createElementNS(SVG_NS, 'svg');
      svg.setAttribute('class', 'graph-svg');
      svg.setAttribute('role', 'group');
      svg.setAttribute('aria-label', label);
      slot.append(svg);
      host.append(slot);
      return svg;
    });
    this.shown = this.svgs[0]!;
    for (const svg of this.svgs) this.mark(svg, svg === this.shown);
  }

  /**
   * After drawing into `svg`: the elements the drawing marks `data-tab-stop` are in the tab order if it is shown,
   * out of it if not.
   */
  drawn(svg: SVGSVGElement): void {
    setTabStops(svg, svg === this.shown);
  }

  /** Stacked: a small graph's slots each hold a step (opaque, the current on top, graph.css); else only the first. */
  setStacked(stacked: boolean): void {
    this.host.classList.toggle('stacked', stacked);
  }

  current(): SVGSVGElement {
    return this.shown;
  }

  /** The svg drawn for `step`, if one is. */
  holdingStep(step: number): SVGSVGElement | null {
    for (const [svg, held] of this.holding) if (held === step) return svg;
    return null;
  }

  /** Records that `svg` now shows `step`. */
  assign(svg: SVGSVGElement, step: number): void {
    this.holding.set(svg, step);
    this.drawn(svg);
  }

  /** Forgets every drawing (a new layout, or a new view: notation, digits, marks…): each is drawn again when needed. */
  forget(): void {
    this.holding.clear();
  }

  /** A slot to draw into that is not shown and holds none of the steps in `keep`. */
  spare(keep: readonly number[]): SVGSVGElement {
    const free = this.svgs.filter((svg) => {
      if (svg === this.shown) return false;
      const held = this.holding.get(svg);
      return held === undefined || !keep.includes(held);
    });
    return free[0] ?? this.svgs.find((svg) => svg !== this.shown)!;
  }

  /** Makes `svg` the one seen; keyboard focus inside the old one moves to the same element in the new one. */
  show(svg: SVGSVGElement): void {
    const previous = this.shown;
    if (svg === previous) return;
    const focused = previous.ownerDocument.activeElement;
    const inside = focused instanceof Element && previous.contains(focused);
    this.shown = svg;
    this.mark(svg, true);
    this.mark(previous, false);
    if (!inside) return;
    const id = focused.closest('[data-id]')?.getAttribute('data-id');
    const twin = id ? svg.querySelector<SVGElement>(`[data-id="${id.replace(/["\\]/g, '\\$&')}"]`) : null;
    (twin ?? svg).focus({ preventScroll: true });
  }

  private mark(svg: SVGSVGElement, current: boolean): void {
    const slot = svg.parentElement!;
    slot.classList.toggle('current', current);
    svg.classList.toggle('network-graph', current);
    if (current) {
      slot.removeAttribute('aria-hidden');
      svg.setAttribute('data-testid', 'network-graph');
      svg.setAttribute('tabindex', '0');
    } else {
      slot.setAttribute('aria-hidden', 'true');
      svg.removeAttribute('data-testid');
      svg.setAttribute('tabindex', '-1');
    }
    setTabStops(svg, current);
  }
}

/** Tab stops from the drawing's `data-tab-stop` marks: tabindex 0 in the svg shown, -1 in a hidden one. */
function setTabStops(svg: SVGSVGElement, shown: boolean): void {
  for (const element of svg.querySelectorAll('[data-tab-stop], [tabindex]'))
    setAttribute(element, 'tabindex', element.hasAttribute('data-tab-stop') ? (shown ? '0' : '-1') : null);
}

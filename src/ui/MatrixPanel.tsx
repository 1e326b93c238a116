import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { biasColumn, inputColumn, splitBiasColumn } from '../engine/bias';
import { entryFormula } from '../engine/entryFormula';
import { biasApart, layerNumber, symbolFor, type NamedQuantity, type NotationName } from '../engine/notation';
import type { BiasLayout, Matrix, Step, Trace, TraceLayer, Vector } from '../engine/types';
import { quantityKey, revealedAt } from '../store/reveal';
import { MatrixView, type MatrixViewProps, type Role } from './MatrixView';
import { useDeltascope } from './StoreContext';
import { scrollToWrite, showSlot } from './showSlot';
import { slotAttributes, useShownSlot, useStepSlots } from './useStepSlots';

interface Item {
  quantity: NamedQuantity;
  layer: number;
  value: Matrix | Vector | null;
  /** The step-level quantity it stands for (reads/writes are named this way). */
  ref: string;
  /** The revealed-set key. */
  known: string;
  greyRow?: number | null;
  biasRow?: number | null;
  /**
   * Of a weight matrix written with its bias apart (W^h, ∂W^h, W̃^h in the lecture notation): the part it shows,
   * the weights from the layer below or the bias column as a vector of its own. Absent: the full matrix.
   */
  part?: 'weights' | 'bias';
}

/** The column of the full W^h that column j of a shown part is (data-weight ids and the editor use the full one). */
function fullColumn(part: Item['part'], bias: BiasLayout, biasAt: number | null, j: number): number {
  if (part === 'bias') return biasAt ?? j;
  return part === 'weights' ? inputColumn(bias, j) : j;
}

/** Test names of the bias parts: b^h is `matrix-bias-h`, ∂C/∂b^h `matrix-gradBias-h`, b̃^h `matrix-updatedBias-h`. */
const BIAS_NAMES: Partial<Record<NamedQuantity, string>> = {
  W: 'bias',
  gradW: 'gradBias',
  updatedW: 'updatedBias',
};

/** The test name, and the React key, of an item. */
function nameOf(it: Item): string {
  return `${(it.part === 'bias' && BIAS_NAMES[it.quantity]) || it.quantity}-${it.layer}`;
}

/** The matrices around layer h, in the order of the two-step rule. */
function itemsFor(trace: Trace, h: number, notation: NotationName): Item[] {
  const layer = trace.layers[h];
  const below = trace.layers[h - 1];
  if (layer === undefined || below === undefined) return [];
  const bias = trace.network.bias;
  const biasRow = biasColumn(bias, below.X.length);
  const item = (
    quantity: NamedQuantity,
    at: number,
    value: Item['value'],
    ref: string,
    extra: Partial<Item> = {},
  ) => ({
    quantity,
    layer: at,
    value,
    ref,
    known: ref,
    ...extra,
  });
  const L = trace.layers.length - 1;
  if (biasApart(notation) && biasRow !== null) return lectureItems(trace, h, biasRow, item);
  const items: Item[] = [
    item('W', h, layer.W, quantityKey('W', h)),
    item('XWithBias', h - 1, below.XWithBias, quantityKey('X', h - 1), { biasRow }),
    item('Y', h, layer.Y, quantityKey('Y', h)),
    item('X', h, layer.X, quantityKey('X', h)),
  ];
  if (h === L) items.push(item('target', h, trace.sample.target, quantityKey('target', h)));
  items.push(
    item('deltaUp', h, layer.deltaUp, quantityKey('deltaUp', h)),
    item('deltaDown', h, layer.deltaDown, quantityKey('deltaDown', h)),
    item('gradW', h, layer.gradW, quantityKey('gradW', h)),
  );
  if (below.deltaUpWithBias !== null)
    items.push(
      item('deltaUpWithBias', h - 1, below.deltaUpWithBias, quantityKey('deltaUp', h - 1), {
        known: quantityKey('deltaUpWithBias', h - 1),
        greyRow: biasRow,
      }),
    );
  items.push(item('updatedW', h, layer.updatedW, quantityKey('updatedW', h)));
  return items;
}

/**
 * The lecture note's matrices (seed 003): z^l = W^l a^{l-1} + b^l, ∂C/∂W^l and ∂C/∂b^l = Δ^l apart, and
 * ∂C/∂a^{l-1} = (W^l)^T Δ^l with no bias row computed and dropped, as the equation panel writes them. The engine
 * keeps b^l as W^l's column `biasAt`: the parts are sliced from the trace's matrices and stand for the same step
 * quantities (W, gradW, updatedW), so b^l is read, written and known exactly when W^l is.
 */
function lectureItems(
  trace: Trace,
  h: number,
  biasAt: number,
  item: (q: NamedQuantity, at: number, value: Item['value'], ref: string, extra?: Partial<Item>) => Item,
): Item[] {
  const layer = trace.layers[h] as TraceLayer;
  const below = trace.layers[h - 1] as TraceLayer;
  const split = (quantity: 'W' | 'gradW' | 'updatedW', m: Matrix | null): [Item, Item] => {
    const parts = m && splitBiasColumn(m, biasAt);
    return [
      item(quantity, h, parts && parts.weights, quantityKey(quantity, h), { part: 'weights' }),
      item(quantity, h, parts && parts.bias, quantityKey(quantity, h), { part: 'bias' }),
    ];
  };
  const items: Item[] = [
    ...split('W', layer.W),
    item('X', h - 1, below.X, quantityKey('X', h - 1)),
    item('Y', h, layer.Y, quantityKey('Y', h)),
    item('X', h, layer.X, quantityKey('X', h)),
  ];
  if (h === trace.layers.length - 1)
    items.push(item('target', h, trace.sample.target, quantityKey('target', h)));
  items.push(
    item('deltaUp', h, layer.deltaUp, quantityKey('deltaUp', h)),
    item('deltaDown', h, layer.deltaDown, quantityKey('deltaDown', h)),
    ...split('gradW', layer.gradW),
  );
  // Where Dyda's notation shows ∂L/∂X̂ with its bias entry greyed: the note's ∂C/∂a^{l-1}, the same step's write.
  if (below.deltaUpWithBias !== null)
    items.push(item('deltaUp', h - 1, below.deltaUp, quantityKey('deltaUp', h - 1)));
  items.push(...split('updatedW', layer.updatedW));
  return items;
}

/** The items in the panel's order, a W^h part beside its bias part (the lecture's W^l and b^l) as one group. */
function groupsOf(items: readonly Item[]): Item[][] {
  const groups: Item[][] = [];
  for (const it of items) {
    const last = groups.at(-1);
    if (it.part === 'bias' && last?.[0]?.part === 'weights' && last[0].quantity === it.quantity)
      last.push(it);
    else groups.push([it]);
  }
  return groups;
}

function roleOf(step: Step | undefined, ref: string, part?: Item['part']): Role {
  if (step === undefined) return 'none';
  // One layer back reads W^l alone (seed 003 eq. 4, (W^{l+1})^T Δ^{l+1}): the lecture's b^l is no part of it.
  if (part === 'bias' && step.kind === 'deltaUp') return 'none';
  if (quantityKey(step.writes.quantity, step.writes.layer) === ref) return 'write';
  return step.reads.some((r) => quantityKey(r.quantity, r.layer) === ref) ? 'read' : 'none';
}

/**
 * W^h, X^{h-1}, Y^h, δup, δdown and δW of the current layer (the lecture notation's b^l apart from W^l), what the
 * step reads and writes marked. The previous and the next step's matrices are kept laid out beside them, hidden
 * (useStepSlots.ts).
 */
export function MatrixPanel() {
  const slots = useStepSlots();
  const container = useRef<HTMLDivElement>(null);
  useShownSlot(container);
  return (
    <section className="panel matrix-panel" aria-label="Matrices of the current layer">
      <div className="step-slots" ref={container}>
        {slots.map((index) => (
          <MatrixSlot key={index} index={index} />
        ))}
      </div>
    </section>
  );
}

/** The matrices at one step: shown (and editable) when it is the current step, else laid out but hidden. */
const MatrixSlot = memo(function MatrixSlot({ index }: { index: number }) {
  const trace = useDeltascope((s) => s.trace);
  const notation = useDeltascope((s) => s.notation);
  const digits = useDeltascope((s) => s.digits);
  const selectWeight = useDeltascope((s) => s.selectWeight);
  const selected = useDeltascope((s) => s.selectedWeight);
  const step = trace.steps[index];
  const revealed = useMemo(() => revealedAt(trace.steps, index, trace.layers.length), [trace, index]);
  // At the start, the layer the first step works in (W¹ and the input), as the two-step diagram shows; the loss
  // step reads the output layer's a and y.
  const h = step === undefined ? 1 : step.kind === 'loss' ? trace.layers.length - 1 : step.layer;
  const items = useMemo(() => itemsFor(trace, h, notation), [trace, h, notation]);
  const inputs = trace.layers[h - 1]?.X.length ?? 0;
  const bias = trace.network.bias;
  const biasAt = biasColumn(bias, inputs);
  const openId = selected && selected.layer === h ? `${h}-${selected.i}-${selected.j}` : null;
  // One object per W^h part (the lecture's W^l and b^l, else the whole matrix), layer and selection, so the memoised
  // W^h views render again only when they change. Ids and selections name the full matrix's column, whichever part
  // shows the entry: data-weight and the weight editor know W^h only whole. Every slot's entries are buttons: a step
  // then changes two attributes of each instead of making and removing a button per entry; only the shown slot's
  // are focusable and carry data-weight, written by showSlot (issue 6).
  const editables = useMemo(() => {
    const editable = (part: Item['part']): MatrixViewProps['editable'] => ({
      id: (i, j) => `${h}-${i}-${fullColumn(part, bias, biasAt, j)}`,
      selected: openId,
      onSelect: (i, j) => selectWeight({ layer: h, i, j: fullColumn(part, bias, biasAt, j) }),
    });
    return { whole: editable(undefined), weights: editable('weights'), bias: editable('bias') };
  }, [h, bias, biasAt, openId, selectWeight]);
  // Each matrix's entries explained on hover, as the graph's are (the engine's entryFormula, in the notation).
  const formulas = useMemo(
    () =>
      new Map(
        items.map((it) => [
          it,
          (i: number, j: number) => {
            const column =
              it.part === 'bias'
                ? (biasAt ?? undefined)
                : it.value instanceof Float64Array
                  ? undefined
                  : fullColumn(it.part, bias, biasAt, j);
            return entryFormula(trace, it.quantity, it.layer, i, column, notation, digits).text;
          },
        ]),
      ),
    [items, trace, bias, biasAt, notation, digits],
  );
  const slot = useRef<HTMLDivElement>(null);
  // After every render of the slot (its matrices render only with it), so new entries are shown or hidden too;
  // whether the slot is shown is the panel's to write (useShownSlot), after this for a slot just made.
  useLayoutEffect(() => {
    if (slot.current) showSlot(slot.current, slot.current.classList.contains('current'));
  });
  // When the slot is made (while idle, for a neighbour), and when its matrices change size: the matrix the step
  // writes in sight.
  useLayoutEffect(() => {
    const scroller = slot.current?.querySelector<HTMLElement>('.matrix-scroll');
    if (scroller) scrollToWrite(scroller);
  }, [digits, notation]);
  return (
    <div ref={slot} {...slotAttributes(index, 'matrix-slot')}>
      <h2>Layer {layerNumber(notation, h)}</h2>
      <div className="matrix-scroll">
        <div className="matrices">
          {groupsOf(items).map((group) => {
            const views = group.map((it) => (
              <MatrixView
                key={nameOf(it)}
                label={
                  symbolFor(notation, it.quantity, {
                    layer: it.layer,
                    bias,
                    inputs,
                    // The bias column as a whole: b^l, ∂C/∂b^l, b̃^l (notation.ts names it so).
                    ...(it.part === 'bias' && biasAt !== null ? { j: biasAt } : {}),
                  }).text
                }
                value={it.value}
                digits={digits}
                known={revealed.has(it.known)}
                role={roleOf(step, it.ref, it.part)}
                greyRow={it.greyRow ?? null}
                biasRow={it.biasRow ?? null}
                testId={`matrix-${nameOf(it)}`}
                editable={it.quantity === 'W' ? editables[it.part ?? 'whole'] : undefined}
                formula={formulas.get(it)}
              />
            ));
            const [first] = group as [Item];
            if (group.length === 1) return views[0];
            // W^l and b^l, one quantity of the step, as one item of the panel's rows: they wrap to a new row
            // together, and scrollToWrite (which brings the first .role-write into sight and starts rows at
            // `.matrices > .matrix`) keeps both in sight when the step writes them (app.css .matrix-pair).
            const role = roleOf(step, first.ref);
            return (
              <div key={`pair:${nameOf(first)}`} className={`matrix matrix-pair role-${role}`}>
                {views}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});

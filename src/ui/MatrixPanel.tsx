import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { biasColumn } from '../engine/bias';
import { layerNumber, symbolFor, type NamedQuantity } from '../engine/notation';
import type { Matrix, Step, Trace, Vector } from '../engine/types';
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
}

/** The matrices around layer h, in the order of the two-step rule. */
function itemsFor(trace: Trace, h: number): Item[] {
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

function roleOf(step: Step | undefined, ref: string): Role {
  if (step === undefined) return 'none';
  if (quantityKey(step.writes.quantity, step.writes.layer) === ref) return 'write';
  return step.reads.some((r) => quantityKey(r.quantity, r.layer) === ref) ? 'read' : 'none';
}

/**
 * W^h, X^{h-1}, Y^h, δup, δdown and δW of the current layer, what the step reads and writes marked. The previous
 * and the next step's matrices are kept laid out beside them, hidden (useStepSlots.ts).
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
  const items = useMemo(() => itemsFor(trace, h), [trace, h]);
  const inputs = trace.layers[h - 1]?.X.length ?? 0;
  const openId = selected && selected.layer === h ? `${h}-${selected.i}-${selected.j}` : null;
  // One object per layer and selection, so the memoised W^h view renders again only when they change. Every
  // slot's entries are buttons: a step then changes two attributes of each instead of making and removing a button
  // per entry; only the shown slot's are focusable and carry data-weight, written by showSlot (issue 6).
  const editable = useMemo<MatrixViewProps['editable']>(
    () => ({
      id: (i, j) => `${h}-${i}-${j}`,
      selected: openId,
      onSelect: (i, j) => selectWeight({ layer: h, i, j }),
    }),
    [h, openId, selectWeight],
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
          {items.map((it) => (
            <MatrixView
              key={`${it.quantity}:${it.layer}`}
              label={
                symbolFor(notation, it.quantity, { layer: it.layer, bias: trace.network.bias, inputs }).text
              }
              value={it.value}
              digits={digits}
              known={revealed.has(it.known)}
              role={roleOf(step, it.ref)}
              greyRow={it.greyRow ?? null}
              biasRow={it.biasRow ?? null}
              testId={`matrix-${it.quantity}-${it.layer}`}
              editable={it.quantity === 'W' ? editable : undefined}
            />
          ))}
        </div>
      </div>
    </div>
  );
});

import { setAttribute } from '../graph/writeIfChanged';

/**
 * Shows or hides what a step slot offers beyond its look (useStepSlots.ts): the names tests find its matrices by
 * (`data-testid`, from `data-test-name`), the weight buttons' place in the tab order and `data-weight` (from
 * `data-entry`), which the weight editor looks up, and the tab stop of a formula too wide for its panel (marked
 * `data-scrolls` by Tex), and a hidden slot's scrolling matrices out of the tab order. Written here rather than rendered, so that showing a slot changes a few attributes and
 * renders none of its content again (issue 6's step latency); setAttribute writes only what differs.
 */
export function showSlot(slot: HTMLElement, shown: boolean): void {
  for (const figure of slot.querySelectorAll('[data-test-name]'))
    setAttribute(figure, 'data-testid', shown ? figure.getAttribute('data-test-name') : null);
  for (const button of slot.querySelectorAll('[data-entry]')) {
    setAttribute(button, 'data-weight', shown ? button.getAttribute('data-entry') : null);
    setAttribute(button, 'tabindex', shown ? null : '-1');
  }
  for (const display of slot.querySelectorAll('.katex-display'))
    setAttribute(display, 'tabindex', shown && display.hasAttribute('data-scrolls') ? '0' : '-1');
  // Chromium makes a scrolling box a tab stop of its own: the shown slot's matrices keep theirs (the keyboard
  // scrolls them), a hidden slot's are taken out, or Tab landed on a step nobody sees.
  for (const scroller of slot.querySelectorAll('.matrix-scroll'))
    setAttribute(scroller, 'tabindex', shown ? null : '-1');
}

/** True when `element` is in no step slot, or in the shown one. */
export function inShownSlot(element: Element): boolean {
  const slot = element.closest('.step-slot');
  return slot === null || slot.classList.contains('current');
}

/**
 * Scrolls a slot's matrices (`scroller`, in the wide layout at most the panel's height under the layer's heading)
 * so that the matrix its step writes is in sight: at 1280×800 the gradient δW^h and the update W̃^h sit below the
 * panel's fold, and the step's new numbers would be hidden. It scrolls to the head of a row of matrices, the least
 * that shows the written one whole, so that no matrix is cut in half at the top. Done when the slot is made, so a
 * step never waits for it, and again when its matrices change size (digits, notation): from the top each time.
 */
export function scrollToWrite(scroller: HTMLElement): void {
  const matrices = scroller.querySelector<HTMLElement>('.matrices');
  if (matrices) matrices.style.paddingBottom = '';
  const written = scroller.querySelector('.role-write');
  if (!written || scroller.scrollHeight <= scroller.clientHeight) return;
  const origin = scroller.getBoundingClientRect().top - scroller.scrollTop;
  const topOf = (element: Element) => element.getBoundingClientRect().top - origin;
  const margin = 8;
  const top = topOf(written);
  const least = top + written.getBoundingClientRect().height + margin - scroller.clientHeight;
  if (least <= 0) {
    scroller.scrollTop = 0;
    return;
  }
  const most = top - margin;
  const rowHeads = [...scroller.querySelectorAll('.matrices > .matrix')]
    .map((figure) => topOf(figure) - margin)
    .filter((scroll) => scroll >= least && scroll <= most);
  const scroll = rowHeads.length > 0 ? Math.min(...rowHeads) : Math.min(most, least);
  // A row near the end can reach the top only with room under the last matrices: blank, rather than a row cut.
  const room = scroll - (scroller.scrollHeight - scroller.clientHeight);
  if (room > 0 && matrices) matrices.style.paddingBottom = `${Math.ceil(room)}px`;
  scroller.scrollTop = scroll;
}

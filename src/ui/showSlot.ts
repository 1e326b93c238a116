import { setAttribute } from '../graph/writeIfChanged';

/**
 * Shows or hides what a step slot offers beyond its look (useStepSlots.ts): the names tests find its matrices by
 * (`data-testid`, from `data-test-name`), the weight buttons' place in the tab order and `data-weight` (from
 * `data-entry`), which the weight editor looks up, and the tab stop of a formula too wide for its panel (marked
 * `data-scrolls` by Tex). Written here rather than rendered, so that showing a slot changes a few attributes and
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
}

/** True when `element` is in no step slot, or in the shown one. */
export function inShownSlot(element: Element): boolean {
  const slot = element.closest('.step-slot');
  return slot === null || slot.classList.contains('current');
}

/**
 * Scrolls a slot that scrolls inside (the wide layout's, at most the panel's height) just enough that the matrix
 * its step writes is in sight: at 1280×800 the gradient δW^h and the update W̃^h sit below the panel's fold, and the
 * step's new numbers would be hidden. Done when the slot is made, so a step never waits for it.
 */
export function scrollToWrite(slot: HTMLElement): void {
  const written = slot.querySelector('.role-write');
  if (!written || slot.scrollHeight <= slot.clientHeight) return;
  const top = written.getBoundingClientRect().top - slot.getBoundingClientRect().top + slot.scrollTop;
  const bottom = top + written.getBoundingClientRect().height;
  const margin = 8;
  if (bottom + margin > slot.scrollTop + slot.clientHeight)
    slot.scrollTop = Math.min(top - margin, bottom + margin - slot.clientHeight);
}

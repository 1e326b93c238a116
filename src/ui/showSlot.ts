/**
 * Shows or hides what a step slot's matrices offer beyond their look (useStepSlots.ts): the names tests find them
 * by (`data-testid`, from `data-test-name`) and the weight buttons' place in the tab order and `data-weight`
 * (from `data-entry`), which the weight editor looks up. Written here rather than rendered, so that showing a slot
 * changes a few attributes and renders none of its matrices again (issue 6's step latency). Only what differs is
 * written.
 */
export function showSlot(slot: HTMLElement, shown: boolean): void {
  for (const figure of slot.querySelectorAll<HTMLElement>('[data-test-name]')) {
    const name = figure.dataset.testName!;
    if (shown && figure.dataset.testid !== name) figure.dataset.testid = name;
    else if (!shown && figure.dataset.testid !== undefined) delete figure.dataset.testid;
  }
  for (const button of slot.querySelectorAll<HTMLElement>('[data-entry]')) {
    const id = button.dataset.entry!;
    if (shown) {
      if (button.dataset.weight !== id) button.dataset.weight = id;
      if (button.hasAttribute('tabindex')) button.removeAttribute('tabindex');
    } else {
      if (button.dataset.weight !== undefined) delete button.dataset.weight;
      if (button.getAttribute('tabindex') !== '-1') button.tabIndex = -1;
    }
  }
}

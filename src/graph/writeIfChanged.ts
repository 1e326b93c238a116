/**
 * DOM writes that happen only when the value changes (issue 6): a step of a big graph touches only the few
 * elements whose numbers or marks change. Classes, attributes and text are compared with the DOM itself; an
 * inline style is compared with what was last written, since the DOM hands styles back normalised (a colour or a
 * width reads differently from how it was set) and comparing with that would rewrite every one.
 */

/** Sets or removes class `name`. */
export function setClass(element: Element, name: string, on: boolean): void {
  if (element.classList.contains(name) !== on) element.classList.toggle(name, on);
}

/** Sets an attribute, or removes it for null. */
export function setAttribute(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * Sets the text: setting textContent replaces the text node even with the same string, and Chromium then lays
 * the text out and repaints it, though the reader sees nothing new. A changed text goes into the element's one
 * text node where it has one: a new node would be styled and inserted into the layout as well.
 */
export function setText(element: Element | null, text: string): void {
  if (!element || element.textContent === text) return;
  const only = element.firstChild;
  if (text !== '' && only !== null && only === element.lastChild && only.nodeType === 3)
    (only as Text).data = text;
  else element.textContent = text;
}

/** The last value written to each element's inline style properties. */
const writtenStyles = new WeakMap<Element, Map<string, string>>();

/** Sets an inline style property ('' removes it). */
export function setStyle(element: SVGElement | HTMLElement, name: string, value: string): void {
  let values = writtenStyles.get(element);
  if (!values) writtenStyles.set(element, (values = new Map()));
  if (values.get(name) === value) return;
  values.set(name, value);
  element.style.setProperty(name, value);
}

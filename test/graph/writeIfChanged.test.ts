// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { setStyle, setText } from '../../src/graph/writeIfChanged';

test('setText changes the one text node in place, writes nothing for the same text, and clears or fills an element', () => {
  const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  setText(label, '0.5');
  const node = label.firstChild;
  expect(label.textContent).toBe('0.5');
  setText(label, '−0.25');
  expect(label.textContent).toBe('−0.25');
  expect(label.firstChild).toBe(node); // the same node: no new one to style and lay out
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(label, { subtree: true, childList: true, characterData: true });
  setText(label, '−0.25');
  setText(label, '');
  expect(label.childNodes).toHaveLength(0);
  setText(label, '1');
  expect(label.textContent).toBe('1');
  observer.takeRecords().forEach((r) => seen.push(r));
  observer.disconnect();
  // Nothing for the unchanged text; the clearing and the refilling are child-list changes.
  expect(seen.map((r) => r.type)).toEqual(['childList', 'childList']);
});

test('setStyle writes a property only when it differs from what it last wrote', () => {
  const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
  setStyle(line, 'stroke', 'red');
  line.style.setProperty('stroke', 'blue'); // written behind its back: setStyle trusts its own record
  setStyle(line, 'stroke', 'red');
  expect(line.style.getPropertyValue('stroke')).toBe('blue');
  setStyle(line, 'stroke', 'green');
  expect(line.style.getPropertyValue('stroke')).toBe('green');
});

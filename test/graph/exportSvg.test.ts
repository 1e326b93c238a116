// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { serializeSvg, svgSize } from '../../src/graph/exportSvg';

const SVG_NS = 'http://www.w3.org/2000/svg';

function makeSvg(): SVGSVGElement {
  const style = document.createElement('style');
  style.textContent = '.neuron { fill: rgb(200, 30, 40); stroke: rgb(0, 0, 0); } .label { font-size: 14px; }';
  document.head.append(style);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 400 200');
  svg.setAttribute('tabindex', '0');
  svg.innerHTML =
    '<g><circle class="neuron" cx="20" cy="20" r="10" onclick="alert(1)"></circle>' +
    '<text class="label" x="20" y="50" style="fill: rgb(1, 2, 3)">δdown₂ &lt; 0 &amp; −0.11033497</text></g>';
  document.body.append(svg);
  return svg;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('serializeSvg', () => {
  it('is a well-formed standalone SVG document with an XML declaration', () => {
    const text = serializeSvg(makeSvg());
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = parsed.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe('400');
    expect(root.getAttribute('height')).toBe('200');
    expect(parsed.getElementsByTagName('text')[0]?.textContent).toBe('δdown₂ < 0 & −0.11033497');
  });

  it('inlines the computed style of each element, the element’s own style last', () => {
    const parsed = new DOMParser().parseFromString(serializeSvg(makeSvg()), 'image/svg+xml');
    const circle = parsed.getElementsByTagName('circle')[0];
    expect(circle?.getAttribute('style')).toMatch(/fill:\s*rgb\(200, 30, 40\)/);
    expect(circle?.getAttribute('style')).toMatch(/stroke:\s*rgb\(0, 0, 0\)/);
    const text = parsed.getElementsByTagName('text')[0]?.getAttribute('style') ?? '';
    expect(text).toMatch(/font-size:\s*14px/);
    expect(text.lastIndexOf('rgb(1, 2, 3)')).toBeGreaterThan(text.indexOf('font-size'));
  });

  it('drops event handlers and tab stops, and paints a background when asked', () => {
    const text = serializeSvg(makeSvg(), { background: '#ffffff' });
    expect(text).not.toMatch(/onclick|tabindex/);
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    const first = parsed.documentElement.firstElementChild;
    expect(first?.localName).toBe('rect');
    expect(first?.getAttribute('fill')).toBe('#ffffff');
  });

  it('leaves the page’s SVG untouched', () => {
    const svg = makeSvg();
    const before = svg.outerHTML;
    serializeSvg(svg, { background: 'black' });
    expect(svg.outerHTML).toBe(before);
  });

  it('sizes from width/height when there is no viewBox', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('width', '120');
    svg.setAttribute('height', '80');
    expect(svgSize(svg)).toEqual({ width: 120, height: 80 });
    expect(serializeSvg(svg)).toContain('viewBox="0 0 120 80"');
  });
});

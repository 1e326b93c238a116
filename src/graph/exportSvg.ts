/**
 * Exports of the graph (issue 5): the SVG as a standalone file whose look does not depend on the app's CSS,
 * and the same picture as a PNG.
 */
import { viewBoxFit } from './viewFit';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** The presentation properties the graph's look depends on; copied from computed style onto each element. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'color',
] as const;

/** Options of an export. */
export interface SvgExportOptions {
  /** Paint this colour behind the picture (a file viewer's background is not the app's). */
  readonly background?: string;
  /**
   * A canvas the app draws under the svg over the same box (a big network's edges, canvasEdges.ts): put in the
   * file as an image, under the rest, or the export would show neurons without their weights.
   */
  readonly underlay?: HTMLCanvasElement | null;
}

/** Width and height of the picture: its viewBox, else its attributes, else its laid-out box, else 300×150. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const viewBox = svg
    .getAttribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (
    viewBox?.length === 4 &&
    viewBox.every(Number.isFinite) &&
    (viewBox[2] ?? 0) > 0 &&
    (viewBox[3] ?? 0) > 0
  )
    return { width: viewBox[2] as number, height: viewBox[3] as number };
  const width = Number.parseFloat(svg.getAttribute('width') ?? '');
  const height = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const box = svg.getBoundingClientRect();
  return box.width > 0 && box.height > 0
    ? { width: box.width, height: box.height }
    : { width: 300, height: 150 };
}

/** Copy the computed presentation style of `source` and its descendants onto the matching clones. */
function inlineStyles(source: Element, clone: Element, view: Window): void {
  const computed = view.getComputedStyle(source);
  const declarations: string[] = [];
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value !== '') declarations.push(`${property}:${value}`);
  }
  const own = clone.getAttribute('style');
  // The element's own inline style wins, as it did in the page.
  const style = [...declarations, ...(own ? [own] : [])].join(';');
  if (style) clone.setAttribute('style', style);
  const sources = source.children;
  const clones = clone.children;
  for (let k = 0; k < sources.length && k < clones.length; k++)
    inlineStyles(sources[k] as Element, clones[k] as Element, view);
}

/**
 * The SVG element as a standalone SVG file: an XML declaration, the SVG namespace, an explicit size and every
 * element's computed presentation style inlined, so it looks the same opened outside the app.
 */
export function serializeSvg(svg: SVGSVGElement, options: SvgExportOptions = {}): string {
  const document = svg.ownerDocument;
  const view = document.defaultView;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  if (view) inlineStyles(svg, clone, view);
  const { width, height } = svgSize(svg);
  // The serializer writes xmlns for an element of the SVG namespace; a second one by hand would be malformed.
  clone.removeAttribute('xmlns');
  clone.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // Interactive attributes mean nothing in a file.
  for (const element of [clone, ...clone.querySelectorAll('*')]) {
    element.removeAttribute('tabindex');
    element.removeAttribute('data-tab-stop');
    for (const attribute of [...element.attributes])
      if (attribute.name.startsWith('on')) element.removeAttribute(attribute.name);
  }
  if (options.underlay) clone.insertBefore(underlayImage(svg, options.underlay), clone.firstChild);
  if (options.background) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    const [x, y] = (clone.getAttribute('viewBox') ?? '0 0').split(/[\s,]+/);
    rect.setAttribute('x', x ?? '0');
    rect.setAttribute('y', y ?? '0');
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', String(height));
    rect.setAttribute('fill', options.background);
    clone.insertBefore(rect, clone.firstChild);
  }
  const xml = new XMLSerializer().serializeToString(clone);
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${xml}\n`;
}

/**
 * The canvas as an svg image covering the svg element's box, in the svg's user units: the inverse of the
 * viewBox's "xMidYMid meet" fit of the element (the canvas is in the element's pixels, zoom included).
 */
function underlayImage(svg: SVGSVGElement, canvas: HTMLCanvasElement): SVGImageElement {
  const box = svg.getBoundingClientRect();
  const [vx = 0, vy = 0, vw = box.width, vh = box.height] = (svg.getAttribute('viewBox') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  const placed = viewBoxFit(box.width, box.height, vw, vh);
  const fit = placed.scale || 1;
  const image = svg.ownerDocument.createElementNS(SVG_NS, 'image');
  image.setAttribute('x', String(vx - placed.offsetX / fit));
  image.setAttribute('y', String(vy - placed.offsetY / fit));
  image.setAttribute('width', String(box.width / fit));
  image.setAttribute('height', String(box.height / fit));
  image.setAttribute('preserveAspectRatio', 'none');
  image.setAttribute('href', canvas.toDataURL('image/png'));
  return image;
}

/** The SVG file as a Blob, for a download link. */
export function svgBlob(svg: SVGSVGElement, options: SvgExportOptions = {}): Blob {
  return new Blob([serializeSvg(svg, options)], { type: 'image/svg+xml;charset=utf-8' });
}

/**
 * The picture as a PNG at `scale` device pixels per SVG unit (2 for a crisp slide): the standalone SVG drawn
 * onto a canvas through a Blob URL. Rejects with a message if the browser cannot draw it.
 */
export async function svgToPng(
  svg: SVGSVGElement,
  scale = 2,
  options: SvgExportOptions = { background: '#ffffff' },
): Promise<Blob> {
  if (!(scale > 0) || !Number.isFinite(scale))
    throw new RangeError(`scale must be a positive number, got ${scale}`);
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(svgBlob(svg, options));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the browser could not draw the SVG as an image'));
      image.src = url;
    });
    const canvas = svg.ownerDocument.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas to draw the PNG on');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offer a Blob as a file download named `filename`. */
export function download(blob: Blob, filename: string, document: Document = globalThis.document): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

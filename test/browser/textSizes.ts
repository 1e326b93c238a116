import type { Page } from 'playwright-core';

/** A visible piece of text and the size it is drawn at on screen, in CSS pixels. */
export interface TextSize {
  readonly text: string;
  readonly px: number;
}

/**
 * Every visible text node on the page with its rendered font size: the computed font-size, times the SVG's
 * scale for text inside an SVG (a viewBox scaled to fit draws 16-unit text at whatever size it lands).
 * Text clipped to nothing (visually hidden live regions) and empty or whitespace nodes are left out.
 */
export function renderedTextSizes(page: Page): Promise<TextSize[]> {
  return page.evaluate(() => {
    const sizes: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (text === '' || element === null) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects()).filter(
        (r) => r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0,
      );
      if (rects.length === 0) continue;
      let px = parseFloat(style.fontSize);
      const svgText = element.closest('text');
      if (svgText instanceof SVGGraphicsElement) {
        const ctm = svgText.getScreenCTM();
        if (ctm !== null) px *= Math.hypot(ctm.a, ctm.b);
      }
      sizes.push({ text, px: Math.round(px * 100) / 100 });
    }
    return sizes;
  });
}

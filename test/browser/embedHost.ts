// Helpers for the embed's browser tests: a course page holding embed.html in an iframe, and the messages the
// embed sends it (the postMessage API of docs/embedding.md).
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { appUrl, openPage } from './browser';

const HOST_PATH = '/__embed-host.html';

/** A course page: the iframe, every message it receives from it, and the iframe sized by `deltascope:height`. */
function hostPage(embedSrc: string, width: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head>
<body style="margin:24px;font-family:sans-serif;background:#eef0f3">
<p>A course page with an embedded network:</p>
<iframe id="frame" src="${embedSrc}" title="Deltascope" style="width:${width}px;border:1px solid #ccd;height:150px"></iframe>
<p>Text after the embed.</p>
<script>
  window.received = [];
  const frame = document.getElementById('frame');
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    window.received.push(event.data);
    if (event.data && event.data.type === 'deltascope:height') frame.style.height = event.data.height + 'px';
  });
  window.send = (message) => frame.contentWindow.postMessage(message, location.origin);
</script></body></html>`;
}

export interface Host {
  page: Page;
  frame: Frame;
  errors: string[];
  close: () => Promise<void>;
}

/** Opens the course page above with `embed.html${query}` in an iframe `width` px wide. */
export async function openHost(query: string, width = 760, height = 900): Promise<Host> {
  const opened = await openPage('/embed.html', { viewport: { width: width + 80, height } });
  await opened.page.route(appUrl(HOST_PATH), (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(`embed.html${query}`, width) }),
  );
  await opened.page.goto(appUrl(HOST_PATH));
  const handle = await opened.page.waitForSelector('#frame');
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('the iframe has no frame');
  await frame.waitForSelector('[data-testid="embed-caption"]');
  return { ...opened, frame };
}

export type Message = { type: string; [key: string]: unknown };

/** Every message the host received from the embed, in order. */
export const everything = (page: Page): Promise<Message[]> =>
  page.evaluate(() => (window as never)['received']);
/** What the embed sent apart from its height (which it sends whenever its content reflows). */
export const received = async (page: Page): Promise<Message[]> =>
  (await everything(page)).filter((m) => m.type !== 'deltascope:height');
/** The heights the embed reported, in order. */
export const heights = async (page: Page): Promise<number[]> =>
  (await everything(page)).filter((m) => m.type === 'deltascope:height').map((m) => m['height'] as number);
export const send = (page: Page, message: unknown) =>
  page.evaluate((m) => (window as unknown as { send: (m: unknown) => void }).send(m), message);

/** Sends getStep and returns the reply (the last `deltascope:step` after the ones already received). */
export async function getStep(page: Page): Promise<Message> {
  const before = (await received(page)).length;
  await send(page, { type: 'deltascope:getStep' });
  await expect.poll(async () => (await received(page)).slice(before).length).toBeGreaterThan(0);
  const reply = (await received(page)).slice(before);
  expect(reply.map((m) => m.type)).toEqual(['deltascope:step']);
  return reply[0] as Message;
}

export const caption = (frame: Frame) => frame.locator('[data-testid="embed-caption"]').innerText();

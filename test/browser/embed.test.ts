// embed.html inside an iframe on a host page, driven through the postMessage API of docs/embedding.md.
// Expected numbers come from the engine here in the test, not from the page.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { formatNumber } from '../../src/engine/format';
import { networkFromFile, sampleFromFile } from '../../src/engine/network';
import { trace } from '../../src/engine/trace';
import type { NetworkFile } from '../../src/engine/networkFile';
import { findPreset } from '../../src/presets';
import { appUrl, closeBrowser, openPage, screenshot } from './browser';

afterAll(closeBrowser);

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

interface Host {
  page: Page;
  frame: Frame;
  errors: string[];
  close: () => Promise<void>;
}

async function openHost(query: string, width = 760, height = 900): Promise<Host> {
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

type Message = { type: string; [key: string]: unknown };

const everything = (page: Page): Promise<Message[]> => page.evaluate(() => (window as never)['received']);
/** What the embed sent apart from its height (which it sends whenever its content reflows). */
const received = async (page: Page): Promise<Message[]> =>
  (await everything(page)).filter((m) => m.type !== 'deltascope:height');
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => (window as unknown as { send: (m: unknown) => void }).send(m), message);

/** Sends getStep and returns the reply (the last `deltascope:step` after the ones already received). */
async function getStep(page: Page): Promise<Message> {
  const before = (await received(page)).length;
  await send(page, { type: 'deltascope:getStep' });
  await expect.poll(async () => (await received(page)).slice(before).length).toBeGreaterThan(0);
  const reply = (await received(page)).slice(before);
  expect(reply.map((m) => m.type)).toEqual(['deltascope:step']);
  return reply[0] as Message;
}

const traceOf = (file: NetworkFile) => trace(networkFromFile(file), sampleFromFile(file));
const dydaFile = findPreset('dyda')?.file as NetworkFile;
const chengFile = findPreset('cheng-2321')?.file as NetworkFile;

const caption = (frame: Frame) => frame.locator('[data-testid="embed-caption"]').innerText();

test('inside an iframe: tells the host its height, goes to a step, sets a network, answers getStep', async () => {
  const { page, frame, errors, close } = await openHost('?preset=dyda&notation=dyda&digits=8');
  try {
    await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('deltascope:ready');
    // The iframe is sized to the embed's content: no scrollbar inside, no gap below.
    await expect
      .poll(async () => (await everything(page)).filter((m) => m.type === 'deltascope:height').length)
      .toBeGreaterThan(0);
    await expect
      .poll(() =>
        frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight),
      )
      .toBeLessThanOrEqual(0);
    const heights = (await everything(page)).filter((m) => m.type === 'deltascope:height');
    const lastHeight = heights.at(-1)?.height as number;
    const contentHeight = await frame.evaluate(() =>
      Math.ceil((document.querySelector('.embed') as HTMLElement).getBoundingClientRect().height),
    );
    expect(lastHeight).toBe(contentHeight);
    expect(lastHeight).toBeGreaterThan(200);

    // goto: the iframe shows that step's numbers, and reports the change of step.
    const dyda = traceOf(dydaFile);
    const deltaDown2 = [...(dyda.layers[2]?.deltaDown ?? [])];
    await send(page, { type: 'deltascope:goto', step: 6 });
    await expect.poll(() => caption(frame)).toMatch(/^7\/14/);
    const shown = await caption(frame);
    for (const value of deltaDown2) expect(shown).toContain(formatNumber(value, 8));
    await expect
      .poll(async () => (await received(page)).filter((m) => m.type === 'deltascope:step').at(-1)?.step)
      .toBe(6);
    await screenshot(page, 'embed-host-dyda-step6');

    // getStep: index, total, name and the numbers at full precision.
    const reply = await getStep(page);
    expect(reply).toMatchObject({ step: 6, total: dyda.steps.length, cols: 2 });
    expect(reply.values).toEqual(deltaDown2);
    expect(reply.name).toMatch(/backward · layer 2/);

    // goto past the end: the last step (W̃ of the output layer).
    await send(page, { type: 'deltascope:goto', step: 99 });
    await expect.poll(() => caption(frame)).toMatch(/^14\/14/);
    expect((await getStep(page)).values).toEqual([...(dyda.layers[2]?.updatedW?.data ?? [])]);

    // setNetwork: another network, from the start; then its steps.
    const cheng = traceOf(chengFile);
    await send(page, { type: 'deltascope:setNetwork', network: chengFile });
    await expect.poll(() => caption(frame)).toMatch(new RegExp(`^0/${cheng.steps.length}`));
    await send(page, { type: 'deltascope:goto', step: 1 });
    await expect.poll(() => caption(frame)).toMatch(new RegExp(`^2/${cheng.steps.length}`));
    const hidden = [...(cheng.layers[1]?.X ?? [])];
    const afterSet = await getStep(page);
    expect(afterSet).toMatchObject({ step: 1, total: cheng.steps.length });
    expect(afterSet.values).toEqual(hidden);
    for (const value of hidden) expect(await caption(frame)).toContain(formatNumber(value, 8));

    // Anything that is not one of our messages is ignored: no reply, nothing changes.
    const before = (await received(page)).length;
    for (const bogus of [
      'deltascope:goto',
      { type: 'hello' },
      { type: 'deltascope:explode' },
      { step: 3 },
      null,
      [{ type: 'deltascope:goto', step: 3 }],
    ])
      await send(page, bogus);
    const sentinel = await getStep(page);
    expect((await received(page)).length).toBe(before + 1);
    expect(sentinel.step).toBe(1);

    // A malformed message of ours is answered with what was wrong.
    for (const [malformed, pattern] of [
      [{ type: 'deltascope:goto', step: -2 }, /step must be a whole number/],
      [{ type: 'deltascope:goto', step: 1, extra: true }, /exactly \{type, step\}/],
      [{ type: 'deltascope:setNetwork', network: { layers: [2] } }, /setNetwork/],
    ] as const) {
      const count = (await received(page)).length;
      await send(page, malformed);
      await expect.poll(async () => (await received(page)).length).toBe(count + 1);
      const answer = (await received(page)).at(-1) as Message;
      expect(answer.type).toBe('deltascope:error');
      expect(answer.message).toMatch(pattern);
    }
    expect((await getStep(page)).step).toBe(1);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('controls=off shows the graph and the step alone; controls on shows previous/play/next', async () => {
  const off = await openHost('?preset=dyda&step=3&controls=off', 640);
  try {
    expect(await off.frame.locator('.embed-controls').count()).toBe(0);
    expect(await off.frame.getByRole('button', { name: /Next|Play/ }).count()).toBe(0);
    expect(await off.frame.locator('.graph-toolbar').isVisible()).toBe(false);
    expect(await caption(off.frame)).toMatch(/^4\/14/);
    await screenshot(off.page, 'embed-controls-off');
    expect(off.errors).toEqual([]);
  } finally {
    await off.close();
  }
  const on = await openHost('?preset=dyda&step=3&theme=dark&notation=boughammoura', 640);
  try {
    const next = on.frame.getByRole('button', { name: /Next/ });
    await next.click();
    await expect.poll(() => caption(on.frame)).toMatch(/^5\/14/);
    // With focus inside the embed, the stepping keys work; the app's own keys (t: theme, p: present) do not.
    await on.page.keyboard.press('ArrowRight');
    await expect.poll(() => caption(on.frame)).toMatch(/^6\/14/);
    await on.page.keyboard.press('t');
    await on.page.keyboard.press('p');
    await on.page.keyboard.press('ArrowLeft');
    await expect.poll(() => caption(on.frame)).toMatch(/^5\/14/);
    expect(await on.frame.locator('.embed.theme-dark').count()).toBe(1);
    await screenshot(on.page, 'embed-controls-on-dark');
    expect(on.errors).toEqual([]);
  } finally {
    await on.close();
  }
});

test('a narrow embed (360 px): the whole drawing inside its card, following the step at a readable size', async () => {
  const host = await openHost('?preset=dyda&step=9', 360);
  try {
    await host.frame.locator('svg.network-graph g.node').first().waitFor();
    const boxes = await host.frame.evaluate(() =>
      ['.graph-area', '.graph-box'].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON()),
    );
    const [card, box] = boxes as DOMRect[];
    // the toolbar wraps at this width: the card grows with it rather than cutting the drawing's bottom off
    expect(box!.bottom).toBeLessThanOrEqual(card!.bottom + 0.5);
    const follow = host.frame.getByRole('button', { name: 'Follow' });
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    const valueHeight = await host.frame.evaluate(
      () =>
        document.querySelector('svg.network-graph g.node[data-id="n:1:0"] text')!.getBoundingClientRect()
          .height,
    );
    expect(valueHeight).toBeGreaterThanOrEqual(10);
    await screenshot(host.page, 'embed-360-followed');
    expect(host.errors).toEqual([]);
  } finally {
    await host.close();
  }
});

test('A[784,128,64,10]: the caption writes a few of a step’s numbers and its size; the host’s frame stays small', async () => {
  const host = await openHost('?layers=784,128,64,10&seed=1&step=17', 700);
  try {
    // step 18 writes W̃⁽¹⁾, 128 × 785 numbers: written whole, the embed asked its host for 25,000 px
    await expect.poll(() => caption(host.frame)).toMatch(/^18\/20 .* 128 × 785 numbers$/s);
    const heights = (await everything(host.page))
      .filter((m) => m.type === 'deltascope:height')
      .map((m) => m['height'] as number);
    expect(Math.max(...heights)).toBeLessThan(900);
    const reply = await getStep(host.page);
    expect((reply['values'] as number[]).length).toBe(128 * 785); // the message keeps every number
    await screenshot(host.page, 'embed-784-gradient');
    expect(host.errors).toEqual([]);
  } finally {
    await host.close();
  }
});

test('a bad parameter: one line saying what was wrong, and the embed still works', async () => {
  const { page, frame, errors, close } = await openHost('?preset=nope&controls=maybe&digits=x&step=2');
  try {
    const problem = frame.locator('[data-testid="embed-problem"]');
    await expect.poll(() => problem.innerText()).toContain('Unknown preset "nope"');
    expect(await problem.innerText()).toContain('controls="maybe" is not on or off');
    expect(await problem.innerText()).toContain('digits="x"');
    await screenshot(page, 'embed-bad-parameter');
    // The defaults: Dyda, controls on, 8 digits.
    expect(await frame.getByRole('button', { name: /Next/ }).count()).toBe(1);
    await send(page, { type: 'deltascope:goto', step: 1 });
    await expect.poll(() => caption(frame)).toMatch(/^2\/14/);
    for (const value of traceOf(dydaFile).layers[1]?.X ?? [])
      expect(await caption(frame)).toContain(formatNumber(value, 8));
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('autoplay=on steps forward by itself', async () => {
  const { page, frame, errors, close } = await openHost('?preset=dyda&autoplay=on&controls=off');
  try {
    await expect.poll(() => caption(frame), { timeout: 10_000 }).toMatch(/^[2-9]\/14|^1\d\/14/);
    expect((await getStep(page)).step).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('the example host page of docs/embedding.md works as written', async () => {
  const docs = await readFile(resolve(import.meta.dirname, '../../docs/embedding.md'), 'utf8');
  const example = /### Example host page\s+```html\n([\s\S]*?)```/.exec(docs)?.[1];
  expect(example).toBeDefined();
  const opened = await openPage('/embed.html');
  const { page, errors, close } = opened;
  try {
    await page.route(appUrl('/__docs-host.html'), (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8">${example}` }),
    );
    await page.goto(appUrl('/__docs-host.html'));
    const frame = await (await page.waitForSelector('#backprop')).contentFrame();
    if (frame === null) throw new Error('no iframe');
    await frame.waitForSelector('[data-testid="embed-caption"]');
    // The page sized the iframe from deltascope:height: no scrolling inside it.
    await expect
      .poll(() =>
        frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight),
      )
      .toBeLessThanOrEqual(0);
    for (const expected of ['1/14', '2/14', '3/14']) {
      await page.click('#next');
      await expect.poll(() => caption(frame)).toMatch(new RegExp(`^${expected}`));
    }
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

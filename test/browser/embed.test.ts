// embed.html inside an iframe on a host page, driven through the postMessage API of docs/embedding.md.
// Expected numbers come from the engine here in the test, not from the page.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { formatNumber } from '../../src/engine/format';
import { networkFromFile, sampleFromFile } from '../../src/engine/network';
import { trace } from '../../src/engine/trace';
import type { NetworkFile } from '../../src/engine/networkFile';
import { findPreset } from '../../src/presets';
import { appUrl, closeBrowser, openPage, screenshot } from './browser';
import { caption, everything, getStep, openHost, received, send, type Message } from './embedHost';

afterAll(closeBrowser);

const traceOf = (file: NetworkFile) => trace(networkFromFile(file), sampleFromFile(file));
const dydaFile = findPreset('dyda')?.file as NetworkFile;
const chengFile = findPreset('cheng-2321')?.file as NetworkFile;

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
      { type: 'deltascope:error', message: 'a host echoing the embed’s errors gets no answer' },
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
      [{ type: 'deltascope:explode' }, /Unknown message type "deltascope:explode"/],
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

test('messages: setNetwork reports only the start, goto takes −1 and any step past the end, unknown types answered', async () => {
  const { page, frame, errors, close } = await openHost('?preset=dyda&step=6');
  try {
    await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('deltascope:ready');
    const steps = async (from: number) =>
      (await received(page)).slice(from).filter((m) => m.type === 'deltascope:step');
    const cheng = traceOf(chengFile);

    // setNetwork from step 6: the host hears the step the embed ends on (the start), not the cursor clamped
    // into the new network on the way there.
    let before = (await received(page)).length;
    await send(page, { type: 'deltascope:setNetwork', network: chengFile });
    await expect.poll(() => caption(frame)).toMatch(new RegExp(`^0/${cheng.steps.length}`));
    expect((await getStep(page)).step).toBe(-1); // every message sent before this reply has arrived
    expect((await steps(before)).slice(0, -1)).toEqual([
      expect.objectContaining({ step: -1, total: cheng.steps.length, values: [] }),
    ]);

    // goto −1: the start, which the embed itself reports as step −1.
    await send(page, { type: 'deltascope:goto', step: 2 });
    await expect.poll(() => caption(frame)).toMatch(/^3\//);
    before = (await received(page)).length;
    await send(page, { type: 'deltascope:goto', step: -1 });
    await expect.poll(() => caption(frame)).toMatch(/^0\//);
    expect((await getStep(page)).step).toBe(-1);
    expect((await received(page)).slice(before).map((m) => [m.type, m['step']])).toEqual([
      ['deltascope:step', -1],
      ['deltascope:step', -1],
    ]);

    // Any whole number past the end is the last step.
    for (const huge of [1e20, Number.MAX_VALUE]) {
      await send(page, { type: 'deltascope:goto', step: 0 });
      await expect.poll(() => caption(frame)).toMatch(/^1\//);
      await send(page, { type: 'deltascope:goto', step: huge });
      const last = `${cheng.steps.length}/${cheng.steps.length}`;
      await expect.poll(() => caption(frame)).toMatch(new RegExp(`^${last}`));
      expect((await getStep(page)).step).toBe(cheng.steps.length - 1);
    }

    // A type that starts with deltascope: but is not accepted (a misspelling) is answered, naming the three.
    for (const misspelt of [{ type: 'deltascope:Goto', step: 1 }, { type: 'deltascope:play' }]) {
      const count = (await received(page)).length;
      await send(page, misspelt);
      await expect.poll(async () => (await received(page)).length).toBe(count + 1);
      const answer = (await received(page)).at(-1) as Message;
      expect(answer.type).toBe('deltascope:error');
      expect(answer.message).toContain(JSON.stringify(misspelt.type));
      expect(answer.message).toContain('deltascope:goto, deltascope:setNetwork, deltascope:getStep');
    }
    expect((await getStep(page)).step).toBe(cheng.steps.length - 1);
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

test('the light embed lets the course page show around its card; the dark one keeps its own ground', async () => {
  const ground = (frame: Frame) =>
    frame.evaluate(() =>
      ['html', 'body', '.app.embed'].map((s) => getComputedStyle(document.querySelector(s)!).backgroundColor),
    );
  const light = await openHost('?preset=dyda&step=3');
  try {
    expect(await ground(light.frame)).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    // …and the card itself stays opaque, in the panel's colour
    const card = await light.frame.evaluate(
      () => getComputedStyle(document.querySelector('.graph-area')!).backgroundColor,
    );
    expect(card).not.toBe('rgba(0, 0, 0, 0)');
    expect(light.errors).toEqual([]);
  } finally {
    await light.close();
  }
  const dark = await openHost('?preset=dyda&step=3&theme=dark');
  try {
    expect((await ground(dark.frame))[2]).not.toBe('rgba(0, 0, 0, 0)');
  } finally {
    await dark.close();
  }
});

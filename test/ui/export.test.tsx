// @vitest-environment jsdom
// The export and embed helpers and the header's share tools, in jsdom (the downloads themselves are checked in
// Chromium by test/browser/export.test.ts).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatNumber } from '../../src/engine/format';
import { traceJsonText, workedExampleText } from '../../src/engine/report/workedExampleText';
import { randomNetworkFile } from '../../src/engine/random';
import { PRESETS } from '../../src/presets';
import { createDeltascopeStore, type InitialState } from '../../src/store/store';
import { parseUrl } from '../../src/store/urlState';
import { parseEmbedUrl } from '../../src/ui/embed/parseEmbedUrl';
import { CAPTION_ALL, CAPTION_FEW, summarizeStep, valuesText } from '../../src/ui/embed/stepSummary';
import { embedCode, embedUrl } from '../../src/ui/export/embedCode';
import {
  exportBaseName,
  graphFilename,
  traceJsonFile,
  workedExampleFile,
} from '../../src/ui/export/exportFiles';
import { ShareTools } from '../../src/ui/export/ShareTools';
import { StoreContext } from '../../src/ui/StoreContext';
import { HUGE_NETWORK as HUGE, HUGE_REFUSAL } from '../cli/hugeNetwork';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const PAGE = 'https://example.org/course/deltascope/index.html?preset=dyda';

function storeWith(initial: InitialState = {}) {
  return createDeltascopeStore(initial);
}

describe('embedUrl and embedCode', () => {
  test.each(PRESETS.map((p) => [p.name, p.file] as const))(
    '%s: the embed address reopens the same view (network, step, notation, digits, theme)',
    (_, file) => {
      const store = storeWith({ file, cursor: 3, notation: 'cheng', digits: 5, theme: 'dark' });
      const url = new URL(embedUrl(store.getState(), PAGE));
      expect(url.origin + url.pathname).toBe('https://example.org/course/deltascope/embed.html');
      const { initial, problems } = parseEmbedUrl(url.search);
      expect(problems).toEqual([]);
      expect(initial.file).toEqual(file);
      expect(initial).toMatchObject({ cursor: 3, notation: 'cheng', digits: 5, theme: 'dark' });
    },
  );

  test('an edited network travels as net= and comes back equal', () => {
    const file = randomNetworkFile({ layers: [3, 4, 2], seed: 5, init: 'xavier', activation: 'tanh' });
    const store = storeWith({ file: { ...file, name: 'My "quoted" <net>' }, cursor: 7 });
    const url = new URL(embedUrl(store.getState(), PAGE));
    expect(url.searchParams.has('net')).toBe(true);
    expect(parseUrl(url.search).initial.file).toEqual(store.getState().file);
  });

  test('the snippet is one iframe with its attributes escaped, and drops the app-only mode', () => {
    const store = storeWith({ cursor: 6 });
    const code = embedCode({ ...store.getState(), mode: 'present' } as never, PAGE);
    const doc = new DOMParser().parseFromString(code, 'text/html');
    const frames = doc.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0] as HTMLIFrameElement;
    expect(new URL(frame.getAttribute('src') ?? '').searchParams.get('step')).toBe('6');
    expect(frame.getAttribute('src')).not.toContain('mode=');
    expect(frame.getAttribute('title')).toContain('A[2,2,2]');
    expect(Number(frame.getAttribute('height'))).toBeGreaterThan(0);
  });
});

describe('parseEmbedUrl', () => {
  test('controls and autoplay: on/off and their defaults', () => {
    expect(parseEmbedUrl('')).toMatchObject({ controls: true, autoplay: false, problems: [] });
    expect(parseEmbedUrl('?controls=off&autoplay=on')).toMatchObject({
      controls: false,
      autoplay: true,
      problems: [],
    });
  });

  test("a misspelt parameter is named with the embed's own names among those expected", () => {
    const config = parseEmbedUrl('?preset=xor&control=off');
    expect(config.controls).toBe(true);
    expect(config.problems).toEqual([
      expect.stringMatching(
        /^Unknown link parameter "control" \(controls=\?\), ignored; expected .*controls, autoplay\.$/,
      ),
    ]);
  });

  test('each bad parameter is named and falls back on its own; the app banner stays empty', () => {
    const config = parseEmbedUrl('?preset=dyda-softmax&controls=sometimes&autoplay=2&theme=pink&step=4');
    expect(config.controls).toBe(true);
    expect(config.autoplay).toBe(false);
    expect(config.problems).toHaveLength(3);
    expect(config.problems.join(' ')).toMatch(/controls="sometimes".*autoplay="2"|autoplay="2".*controls/);
    expect(config.problems.join(' ')).toContain('theme "pink"');
    expect(config.initial).toMatchObject({ cursor: 4, message: null });
    expect(config.initial.file).toBe(PRESETS[1]?.file);
  });
});

describe('stepSummary', () => {
  test('every step of every preset: the values are what the trace holds, shown at the digits asked', () => {
    for (const preset of PRESETS) {
      const state = storeWith({ file: preset.file }).getState();
      const { trace } = state;
      expect(summarizeStep(trace, -1, 'dyda')).toMatchObject({ step: -1, values: [] });
      trace.steps.forEach((step, index) => {
        const summary = summarizeStep(trace, index, 'boughammoura');
        const { quantity, layer } = step.writes;
        const held =
          quantity === 'loss'
            ? [trace.loss]
            : (() => {
                const value = trace.layers[layer]?.[quantity as 'X'];
                return value instanceof Float64Array ? [...value] : [...((value as never)?.['data'] ?? [])];
              })();
        expect(summary.values, `${preset.name} step ${index}`).toEqual(held);
        const text = valuesText(summary, 3);
        expect(held.length).toBeLessThanOrEqual(CAPTION_ALL); // every number written
        for (const v of held) expect(text).toContain(formatNumber(v, 3));
      });
    }
  });

  test('a quantity too big to write whole: its first numbers and its size, the message keeps them all', () => {
    const { trace } = storeWith({
      file: randomNetworkFile({ layers: [784, 128, 64, 10], seed: 1, init: 'xavier', activation: 'sigmoid' }),
    }).getState();
    const at = (quantity: string, layer: number) =>
      trace.steps.findIndex((s) => s.writes.quantity === quantity && s.writes.layer === layer);
    const activation = summarizeStep(trace, at('X', 1), 'dyda');
    expect(activation.values).toHaveLength(128);
    const first = activation.values.slice(0, CAPTION_FEW).map((v) => formatNumber(v, 4));
    expect(valuesText(activation, 4)).toBe(`(${first.join(', ')}, …), 128 numbers`);
    const gradient = summarizeStep(trace, at('gradW', 1), 'dyda');
    expect(gradient.values).toHaveLength(128 * 785);
    const row = gradient.values.slice(0, CAPTION_FEW).map((v) => formatNumber(v, 4));
    expect(valuesText(gradient, 4)).toBe(`(${row.join(', ')}, …; …), 128 × 785 numbers`);
  });
});

describe('export files', () => {
  test('names: the preset, or the file name made safe, or the architecture; pictures carry the step', () => {
    const dyda = storeWith({ cursor: 6 }).getState();
    expect(exportBaseName(dyda)).toBe('deltascope-dyda');
    expect(graphFilename(dyda, 'png')).toBe('deltascope-dyda-step-07.png');
    expect(graphFilename(storeWith().getState(), 'svg')).toBe('deltascope-dyda-step-00.svg');
    const file = randomNetworkFile({ layers: [2, 3, 1], seed: 1, init: 'he', activation: 'relu' });
    expect(exportBaseName(storeWith({ file }).getState())).toBe('deltascope-2-3-1');
    const named = storeWith({ file: { ...file, name: 'Week 3: ReLU / He init!' } }).getState();
    expect(exportBaseName(named)).toBe('deltascope-week-3-relu-he-init');
    const accented = storeWith({ file: { ...file, name: 'Übung 3: Rückwärts, é à ß' } }).getState();
    expect(exportBaseName(accented)).toBe('deltascope-ubung-3-ruckwarts-e-a');
  });

  test('the worked example follows the view’s notation and digits', () => {
    const state = storeWith({ notation: 'lecture', digits: 3 }).getState();
    const file = workedExampleFile(state, 'latex');
    expect(file.filename).toBe('deltascope-dyda-worked-example.tex');
    expect(file.text).toBe(workedExampleText(state.file, state.trace, 'latex', 'lecture', 3));
    expect(file.text).not.toBe(workedExampleText(state.file, state.trace, 'latex', 'dyda', 3));
  });

  test('the trace JSON is the command line’s; a trace that overflows has none, with the CLI’s words', () => {
    const dyda = storeWith().getState();
    expect(traceJsonFile(dyda)).toEqual({
      filename: 'deltascope-dyda-trace.json',
      type: 'application/json',
      text: traceJsonText(dyda.trace),
    });
    const huge = storeWith({ file: HUGE }).getState();
    expect(huge.trace.layers[2]?.Y?.[0]).toBe(Infinity);
    expect(() => traceJsonFile(huge)).toThrow(new Error(HUGE_REFUSAL));
  });
});

describe('ShareTools', () => {
  function renderTools(initial: InitialState = {}) {
    const store = storeWith(initial);
    render(
      <StoreContext value={store}>
        <ShareTools />
      </StoreContext>,
    );
    return store;
  }

  test('copy embed code writes the snippet to the clipboard and shows it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderTools({ cursor: 2 });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy embed code' })));
    expect(writeText).toHaveBeenCalledTimes(1);
    const written = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(written).toMatch(/^<iframe/);
    expect(written).toContain('step=2');
    expect(screen.getByRole('status').textContent).toContain('Copied');
    expect((screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value).toBe(written);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Embed code' })).toBeNull();
  });

  test('with no clipboard the code is shown, focused and selected, with the reason', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    renderTools();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy embed code' })));
    expect(screen.getByRole('status').textContent).toContain('no clipboard access');
    const box = screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);
    expect(box.selectionEnd - box.selectionStart).toBe(box.value.length);
  });

  test('the Export menu lists the five exports and closes on Escape, focus back on its button', () => {
    renderTools();
    const button = screen.getByRole('button', { name: /Export/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Graph as SVG',
      'Graph as PNG',
      'Worked example as Markdown',
      'Worked example as LaTeX',
      'Trace as JSON',
    ]);
    expect(document.activeElement?.textContent).toBe('Graph as SVG');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('Trace as JSON');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  test('Trace as JSON of a trace that overflows: the banner names where, nothing is downloaded', async () => {
    const createObjectURL = vi.fn(() => 'blob:x');
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL, revokeObjectURL: vi.fn() }));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const store = renderTools({ file: HUGE });
    fireEvent.click(screen.getByRole('button', { name: /Export/ }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Trace as JSON' }));
    await vi.waitFor(() => expect(store.getState().message).toBe(`Export failed: ${HUGE_REFUSAL}.`));
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(saved).toEqual([]);
    // The app goes on: the worked example of the same network still downloads.
    fireEvent.click(screen.getByRole('button', { name: /Export/ }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Worked example as Markdown' }));
    await vi.waitFor(() => expect(saved).toEqual(['deltascope-1-1-2-worked-example.md']));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(store.getState().message).toBe(`Export failed: ${HUGE_REFUSAL}.`); // no new complaint
  });

  test('exporting the graph with no graph on screen says so in the banner', async () => {
    const store = renderTools();
    fireEvent.click(screen.getByRole('button', { name: /Export/ }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Graph as SVG' }));
    await vi.waitFor(() => expect(store.getState().message).toMatch(/^Export failed: there is no graph/));
  });
});

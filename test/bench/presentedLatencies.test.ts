// The bench's reading of Chromium's EventLatency trace spans (bench/pageMeasures.ts): each key press's latency to
// its presented frame, in the order the keys were pressed.
import { describe, expect, it } from 'vitest';
import { presentedLatencies } from '../../bench/pageMeasures';

const span = (id: string, ph: 'b' | 'e', ts: number, type?: string) => ({
  name: 'EventLatency',
  ph,
  ts,
  id2: { local: id },
  ...(type ? { args: { event_latency: { event_type: type } } } : {}),
});

describe('presentedLatencies', () => {
  it('gives each key press its span in ms, in the order pressed, whatever the order of the events', () => {
    const trace = {
      traceEvents: [
        span('0x2', 'e', 2_013_500),
        { name: 'EventDispatch', ph: 'X', ts: 1_000_100 },
        span('0x1', 'b', 1_000_000, 'KEY_PRESSED'),
        span('0x2', 'b', 2_000_000, 'KEY_PRESSED'),
        span('0x1', 'e', 1_009_250),
      ],
    };
    expect(presentedLatencies(JSON.stringify(trace))).toEqual([9.25, 13.5]);
  });

  it('leaves out key releases and a press whose frame was never presented', () => {
    const trace = {
      traceEvents: [
        span('0x1', 'b', 1_000_000, 'KEY_PRESSED'),
        span('0x1', 'e', 1_010_000),
        span('0x3', 'b', 1_050_000, 'KEY_RELEASED'),
        span('0x3', 'e', 1_052_000),
        span('0x4', 'b', 3_000_000, 'KEY_PRESSED'),
      ],
    };
    expect(presentedLatencies(JSON.stringify(trace))).toEqual([10]);
  });

  it('pairs a span id used again with its own begin', () => {
    const trace = {
      traceEvents: [
        span('0x1', 'b', 1_000_000, 'KEY_PRESSED'),
        span('0x1', 'e', 1_004_000),
        span('0x1', 'b', 2_000_000, 'KEY_PRESSED'),
        span('0x1', 'e', 2_007_000),
      ],
    };
    expect(presentedLatencies(JSON.stringify(trace))).toEqual([4, 7]);
  });
});

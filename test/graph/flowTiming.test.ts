import { describe, expect, it } from 'vitest';
import { FLOW_DWELL_MS, flowTiming } from '../../src/graph/drawFlow';

describe('flowTiming: when a step’s dots start and how long they run', () => {
  it('by hand: after the dwell, the whole 0.9 s run and 0.2 s fade', () => {
    expect(flowTiming(false, 2)).toEqual({ delayMs: FLOW_DWELL_MS, runMs: 900, fadeMs: 200 });
    expect(flowTiming(false, 8)).toEqual(flowTiming(false, 0.5));
  });

  it('playing: at once, run and fade done within 90% of the step’s time', () => {
    for (const speed of [0.5, 1, 2, 4]) {
      const timing = flowTiming(true, speed)!;
      expect(timing.delayMs).toBe(0);
      expect(timing.runMs + timing.fadeMs).toBeLessThanOrEqual((0.9 * 1000) / speed + 1e-9);
      expect(timing.runMs).toBeGreaterThan(timing.fadeMs);
    }
    // slow play keeps the hand-stepped run: it does not drag
    expect(flowTiming(true, 0.5)).toEqual({ delayMs: 0, runMs: 900, fadeMs: 200 });
    expect(flowTiming(true, 2)).toEqual({ delayMs: 0, runMs: 337.5, fadeMs: 112.5 });
  });

  it('playing faster than a run can be seen: no dots', () => {
    expect(flowTiming(true, 8)).toBeNull();
  });
});

/**
 * How long a task waits for an idle period at most. Chromium grants none for as long as it has no frame to
 * draw (a page left alone after a step), so a long timeout left the next step's slots unmade when the reader
 * pressed again a quarter of a second later, and that step laid them out on the spot (issue 6).
 */
const IDLE_TIMEOUT_MS = 60;

/** Cancels what whenIdle scheduled. */
export type Cancel = () => void;

/**
 * Runs `task` once the next frame has been painted and the page is idle, so work for later steps never delays
 * the frame a key press asked for (issue 6's step latency). Idle time before that frame does not count: a task
 * started there would hold the frame back. requestIdleCallback where there is one; a short timeout where there is
 * not (jsdom, Safari).
 */
export function whenIdle(task: () => void): Cancel {
  if (typeof requestAnimationFrame !== 'function' || typeof requestIdleCallback !== 'function') {
    const id = setTimeout(task, 50);
    return () => clearTimeout(id);
  }
  let idle: number | undefined;
  const cancel = afterPaint(() => (idle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS })));
  return () => {
    cancel();
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

/** Runs `task` just after the next frame has been painted (a task queued from that frame's animation callback). */
export function afterPaint(task: () => void): Cancel {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

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
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => (idle = requestIdleCallback(task, { timeout: 1000 })), 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

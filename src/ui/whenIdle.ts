/** Cancels what whenIdle scheduled. */
export type Cancel = () => void;

/**
 * Runs `task` when the page is idle: after the frame a key press asked for has been painted (issue 6's step
 * latency), so work for later steps never delays the one the reader is waiting for. requestIdleCallback where
 * there is one; a short timeout where there is none (jsdom, Safari).
 */
export function whenIdle(task: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}

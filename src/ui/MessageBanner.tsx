import { useDeltascope } from './StoreContext';

/** A visible, dismissible message (a bad link, a bad typed number). */
export function MessageBanner() {
  const message = useDeltascope((s) => s.message);
  const dismiss = useDeltascope((s) => s.dismissMessage);
  if (message === null) return null;
  return (
    <div className="banner" role="alert">
      <span>{message}</span>
      <button type="button" onClick={dismiss} aria-label="Dismiss message">
        ×
      </button>
    </div>
  );
}

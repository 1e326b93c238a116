import { useLayoutEffect, useRef } from 'react';

/**
 * A refused edit's message, placed at its field (the field points here with aria-describedby). Brought into
 * sight when it appears or changes: under the editor's last section (a file that would not open) it was below
 * the window's edge, cut off mid-sentence.
 */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (message !== undefined) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);
  if (message === undefined) return null;
  return (
    <p id={id} ref={ref} className="field-error" role="alert">
      {message}
    </p>
  );
}

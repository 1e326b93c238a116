import { useEffect, useId, useRef, useState } from 'react';
import { MAX_LINK_LENGTH, linkTooLong, serializeUrl } from '../../store/urlState';
import { useStoreApi } from '../StoreContext';
import { embedCode } from './embedCode';

type Copied = { code: string; status: 'copied' | 'failed' | 'too long'; reason?: string };

/**
 * "Embed" writes the iframe snippet for the view on screen to the clipboard and shows it in a box, selected,
 * so that where the clipboard is refused (insecure page, permission denied) it can still be copied by hand.
 */
export function CopyEmbedCode() {
  const store = useStoreApi();
  const [copied, setCopied] = useState<Copied | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  const copy = async () => {
    // An iframe whose address is megabytes long shows an error page: say so instead of copying it.
    if (linkTooLong(serializeUrl(store.getState())) !== null) {
      setCopied({ code: '', status: 'too long' });
      return;
    }
    const code = embedCode(store.getState(), window.location.href);
    try {
      if (!navigator.clipboard) throw new Error('this page has no clipboard access');
      await navigator.clipboard.writeText(code);
      setCopied({ code, status: 'copied' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setCopied({ code, status: 'failed', reason: reason.replace(/\.$/, '') });
    }
  };
  const close = () => {
    setCopied(null);
    button.current?.focus();
  };

  useEffect(() => {
    if (copied === null) return;
    // Without the clipboard, the code is focused and selected: Ctrl+C is all that is left to do.
    if (copied.status === 'failed') {
      box.current?.focus();
      box.current?.select();
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setCopied(null);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [copied]);

  return (
    <div className="share-item">
      <button
        ref={button}
        type="button"
        onClick={() => void copy()}
        aria-expanded={copied !== null}
        aria-controls={copied ? id : undefined}
        title="Copy HTML that shows this view on another page"
      >
        Copy embed code
      </button>
      {copied && (
        <div id={id} className="share-popover embed-code" role="group" aria-label="Embed code">
          <p role="status" className={copied.status === 'copied' ? undefined : 'share-warning'}>
            {copied.status === 'copied'
              ? 'Copied to the clipboard. Paste it into your course page:'
              : copied.status === 'failed'
                ? `Could not copy automatically (${copied.reason ?? 'no reason given'}). Select the code and press Ctrl+C:`
                : `This network is too large to embed by its address (over ${MAX_LINK_LENGTH.toLocaleString('en')} characters: servers refuse it). Save network.json (Edit network → File and link) and have the course page send it to the embed with a deltascope:setNetwork message (docs/embedding.md).`}
          </p>
          {copied.status !== 'too long' && (
            <textarea
              ref={box}
              readOnly
              value={copied.code}
              rows={9}
              aria-label="Embed code"
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}

import { useId, useRef, useState } from 'react';
import { serializeNetworkFile } from '../../engine/networkFile';
import { download } from '../../graph/exportSvg';
import { linkTooLong, serializeUrl } from '../../store/urlState';
import { useDeltascope, useStoreApi } from '../StoreContext';
import { FieldError } from './FieldError';
import { importNetworkText, readFirstFile } from './importFile';
import { copyText, shareLink } from './shareLink';

/** Open, paste and save the network file (the CLI's format), and copy a link that reopens this view. */
export function FileSection() {
  const store = useStoreApi();
  const applyEdit = useDeltascope((s) => s.applyEdit);
  const picker = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<{ field: 'open' | 'paste' | 'share'; message: string } | null>(null);
  const [pasted, setPasted] = useState('');
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);
  const pasteId = useId();
  const load = (field: 'open' | 'paste', source: string, text: string): boolean => {
    const result = importNetworkText(source, text);
    const problem = result.ok ? applyEdit(() => result) : result.error;
    setError(problem === null ? null : { field, message: problem });
    return problem === null;
  };
  const open = async (files: FileList | null) => {
    const read = await readFirstFile(files);
    if (read !== null) load('open', read.name, read.text);
    if (picker.current) picker.current.value = ''; // the same file can be chosen again after fixing it
  };
  const save = () => {
    const blob = new Blob([serializeNetworkFile(store.getState().file)], { type: 'application/json' });
    download(blob, 'network.json');
  };
  const share = async () => {
    const problem = linkTooLong(serializeUrl(store.getState()), 'Save network.json (the button above)');
    setError(problem === null ? null : { field: 'share', message: problem });
    if (problem !== null) return setLink(null);
    const url = shareLink(store.getState(), window.location);
    setLink({ url, copied: await copyText(url) });
  };
  const pasteError = error?.field === 'paste' ? error.message : undefined;
  return (
    <div className="editor-file">
      <div className="button-row">
        <button type="button" className="editor-button" onClick={() => picker.current?.click()}>
          Open file…
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Open a network file"
          onChange={(e) => void open(e.target.files)}
        />
        <button type="button" className="editor-button" onClick={save}>
          Save network.json
        </button>
        <button type="button" className="editor-button" onClick={() => void share()}>
          Copy share link
        </button>
      </div>
      <FieldError id="edit-open-error" message={error?.field === 'open' ? error.message : undefined} />
      <FieldError id="edit-share-error" message={error?.field === 'share' ? error.message : undefined} />
      {link !== null &&
        (link.copied ? (
          <p className="hint" role="status">
            Link copied.
          </p>
        ) : (
          <label className="share-fallback">
            Copy this link:
            <input
              type="text"
              readOnly
              value={link.url}
              ref={(el) => el?.select()}
              onFocus={(e) => e.target.select()}
            />
          </label>
        ))}
      <label htmlFor={pasteId} className="hint">
        Or paste a network file (JSON), or drop one anywhere on the page:
      </label>
      <textarea
        id={pasteId}
        rows={4}
        spellCheck={false}
        value={pasted}
        placeholder='{ "layers": [2, 2, 2], "bias": "first", … }'
        aria-invalid={pasteError !== undefined}
        aria-describedby={pasteError !== undefined ? 'edit-paste-error' : undefined}
        onChange={(e) => setPasted(e.target.value)}
      />
      <FieldError id="edit-paste-error" message={pasteError} />
      <button
        type="button"
        className="editor-button"
        disabled={pasted.trim() === ''}
        onClick={() => load('paste', 'pasted JSON', pasted) && setPasted('')}
      >
        Load pasted JSON
      </button>
    </div>
  );
}

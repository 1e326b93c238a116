/** The keyboard shortcuts, shown by `?`. */
export const KEYS: readonly (readonly [string, string])[] = [
  ['→  or  PageDown', 'next step'],
  ['←  or  PageUp', 'previous step'],
  ['Space', 'play / pause'],
  ['Home', 'back to the start'],
  ['End', 'last step'],
  ['p', 'presentation mode (full screen) on / off'],
  ['t', 'theme: light, dark, high contrast'],
  ['w', 'presentation: show / hide the working'],
  ['Ctrl+Z', 'undo an edit of the network (⌘Z on a Mac)'],
  ['Ctrl+Shift+Z  or  Ctrl+Y', 'redo it'],
  ['?', 'show / hide this list'],
  ['Esc', 'close this list or the network editor; leave presentation mode'],
];

export function KeysOverlay({ onClose }: { onClose: () => void }) {
  return (
    <div
      className="overlay"
      role="dialog"
      aria-modal="true"
      aria-label="Keyboard shortcuts"
      onClick={onClose}
      // Esc closes only this list (the stepper's Esc would also leave presentation mode).
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="overlay-card" onClick={(e) => e.stopPropagation()}>
        <h2>Keys</h2>
        <table>
          <tbody>
            {KEYS.map(([key, what]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd>{key}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </div>
  );
}

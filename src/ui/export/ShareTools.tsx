import { memo } from 'react';
import { CopyEmbedCode } from './CopyEmbedCode';
import { ExportMenu } from './ExportMenu';
import './export.css';

/**
 * The header's Export menu and copy-embed-code button (`.buttons`: the app's button look, app.css). Memoised: the
 * header renders again at every step (its step name), these read the store only when used.
 */
export const ShareTools = memo(function ShareTools() {
  return (
    <div className="share-tools buttons">
      <ExportMenu />
      <CopyEmbedCode />
    </div>
  );
});

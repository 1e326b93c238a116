import { CopyEmbedCode } from './CopyEmbedCode';
import { ExportMenu } from './ExportMenu';
import './export.css';

/** The header's Export menu and copy-embed-code button (`.buttons`: the app's button look, app.css). */
export function ShareTools() {
  return (
    <div className="share-tools buttons">
      <ExportMenu />
      <CopyEmbedCode />
    </div>
  );
}

import { CopyEmbedCode } from './CopyEmbedCode';
import { ExportMenu } from './ExportMenu';
import './export.css';

/** The header's Export menu and copy-embed-code button. */
export function ShareTools() {
  return (
    <div className="share-tools">
      <ExportMenu />
      <CopyEmbedCode />
    </div>
  );
}

import { useRef, type ReactNode, type RefObject } from 'react';
import { ArchitectureSection } from './ArchitectureSection';
import { FileSection } from './FileSection';
import { PresetsSection } from './PresetsSection';
import { RandomInitSection } from './RandomInitSection';
import { SampleSection } from './SampleSection';
import { usePlaceBelow } from './usePlaceBelow';

function Section({ title, open = false, children }: { title: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="editor-section" open={open}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

/** The editor's side panel, kept just under its bar (`bar`). */
export function EditorDrawer({ bar, onClose }: { bar: RefObject<HTMLElement | null>; onClose: () => void }) {
  const drawer = useRef<HTMLElement>(null);
  usePlaceBelow(bar, drawer, true);
  return (
    <aside
      id="editor-drawer"
      ref={drawer}
      className="editor-drawer"
      aria-label="Network editor"
      onKeyDown={(event) => {
        // Esc closes the panel from anywhere in it but a text field, where it puts the value back (NumberField).
        const target = event.target;
        if (
          event.key !== 'Escape' ||
          target instanceof HTMLInputElement ||
          target instanceof HTMLTextAreaElement
        )
          return;
        event.preventDefault();
        onClose();
      }}
    >
      <header>
        <h2>Edit network</h2>
        <button type="button" className="icon" aria-label="Close the editor" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="hint">
        Click an entry of W in the matrix panel, or an edge of the graph, to change one weight.
      </p>
      <Section title="Architecture" open>
        <ArchitectureSection />
      </Section>
      <Section title="Input and target" open>
        <SampleSection />
      </Section>
      <Section title="Random weights">
        <RandomInitSection />
      </Section>
      <Section title="Presets">
        <PresetsSection />
      </Section>
      <Section title="File and link">
        <FileSection />
      </Section>
    </aside>
  );
}

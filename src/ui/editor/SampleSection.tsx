import { setInput, setTarget } from '../../engine/edit';
import { useDeltascope } from '../StoreContext';
import { NumberField } from './NumberField';

/** The training sample: the input X⁰ and the target y, one field per coordinate. */
export function SampleSection() {
  const file = useDeltascope((s) => s.file);
  const applyEdit = useDeltascope((s) => s.applyEdit);
  const rows = [
    { name: 'input', values: file.input, edit: setInput },
    { name: 'target', values: file.target, edit: setTarget },
  ] as const;
  return (
    <div className="editor-sample">
      {rows.map(({ name, values, edit }) => (
        <fieldset key={name} className="vector-row">
          <legend>{name === 'input' ? 'Input x' : 'Target y'}</legend>
          {values.map((value, i) => (
            <NumberField
              key={`${values.length}:${i}`}
              id={`edit-${name}-${i}`}
              label={`${name}[${i}]`}
              value={value}
              onCommit={(v) => applyEdit((f) => edit(f, i, v))}
            />
          ))}
        </fieldset>
      ))}
    </div>
  );
}

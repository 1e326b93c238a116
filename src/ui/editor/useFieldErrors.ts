import { useCallback, useState } from 'react';
import type { EditResult } from '../../engine/edit';
import type { NetworkFile } from '../../engine/networkFile';
import { useDeltascope } from '../StoreContext';

type Edit = (file: NetworkFile) => EditResult;

/**
 * Runs edits through the store and keeps each refused edit's message by field, for showing at that field; a
 * field's message clears when its next edit is taken.
 */
export function useFieldErrors() {
  const applyEdit = useDeltascope((s) => s.applyEdit);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const run = useCallback(
    (field: string, edit: Edit): string | null => {
      const problem = applyEdit(edit);
      setErrors((old) => {
        if (problem === null) {
          const { [field]: _cleared, ...rest } = old; // eslint-disable-line @typescript-eslint/no-unused-vars
          return rest;
        }
        return { ...old, [field]: problem };
      });
      return problem;
    },
    [applyEdit],
  );
  return { errors, run };
}

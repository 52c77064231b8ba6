import { useCallback, useEffect, useState } from 'react';

/**
 * What a section shows, loaded when it opens and again after each change; `announce` says what changed
 * (in the section's status line) and reloads. `load` must keep its identity between renders.
 */
export function useSectionData<T>(load: () => Promise<T>) {
  const [loaded, setLoaded] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const reload = useCallback(async () => {
    try {
      setLoaded(await load());
    } catch (caught) {
      setError(caught);
    }
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const announce = useCallback(
    (message: string) => {
      setNotice(message);
      void reload();
    },
    [reload],
  );
  return { loaded, error, notice, reload, announce };
}

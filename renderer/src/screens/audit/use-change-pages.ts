import { useEffect, useRef, useState } from 'react';
import type { ChangeEntry, ChangePage, PageStart } from '../../../../electron/core/audit/described-change';

type Pages = { entries: ChangeEntry[]; next: PageStart | null; loaded: boolean; error: unknown };

const nothingYet: Pages = { entries: [], next: null, loaded: false, error: null };

/**
 * Changes a page at a time: the first page whenever `query` (what is asked for, as text) changes, the next
 * ones on `more`. An answer to a question no longer asked (the search typed on meanwhile) is dropped.
 */
export function useChangePages(load: (start: PageStart | undefined) => Promise<ChangePage>, query: string) {
  const [pages, setPages] = useState<Pages>(nothingYet);
  const [busy, setBusy] = useState(false);
  const asked = useRef(0);
  const latestLoad = useRef(load);
  latestLoad.current = load;

  useEffect(() => {
    const question = ++asked.current;
    setPages(nothingYet);
    latestLoad.current(undefined).then(
      (page) => { if (asked.current === question) setPages({ entries: page.entries, next: page.next, loaded: true, error: null }); },
      (error: unknown) => { if (asked.current === question) setPages({ ...nothingYet, loaded: true, error }); },
    );
  }, [query]);

  const more = async () => {
    if (pages.next === null) return;
    const question = asked.current;
    setBusy(true);
    try {
      const page = await latestLoad.current(pages.next);
      if (asked.current === question) setPages((shown) => ({ entries: [...shown.entries, ...page.entries], next: page.next, loaded: true, error: null }));
    } catch (error) {
      if (asked.current === question) setPages((shown) => ({ ...shown, error }));
    } finally {
      setBusy(false);
    }
  };

  return { ...pages, busy, more };
}

import { useEffect, useState } from 'react';

export const sections = ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings'] as const;

export type Section = (typeof sections)[number];

export type Route = { section: Section; /** What follows the section, such as a record's id in #/barriers/ID. */ detail: string | null };

/** `#/settings` or `#/barriers/ID` names a place; any other hash (an in-page link such as `#history-part`) keeps the current one. */
function routeFromHash(): Route | null {
  const hash = window.location.hash;
  if (hash === '' || hash === '#' || hash === '#/') return { section: 'dashboard', detail: null };
  if (!hash.startsWith('#/')) return null;
  const [name, detail] = hash.slice(2).split('/');
  const section = sections.find((candidate) => candidate === name) ?? 'dashboard';
  return { section, detail: detail === undefined || detail === '' ? null : decodeURIComponent(detail) };
}

/** The place lives in the address, so Back, reload and bookmarks work as expected. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => routeFromHash() ?? { section: 'dashboard', detail: null });
  useEffect(() => {
    const onChange = () => {
      const next = routeFromHash();
      if (next !== null) setRoute(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

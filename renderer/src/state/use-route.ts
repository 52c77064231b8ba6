import { useEffect, useState } from 'react';

export const sections = ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings'] as const;

export type Section = (typeof sections)[number];

/** `#/settings` names a section; any other hash (an in-page link such as `#history-part`) keeps the current one. */
function sectionFromHash(): Section | null {
  const hash = window.location.hash;
  if (hash === '' || hash === '#' || hash === '#/') return 'dashboard';
  if (!hash.startsWith('#/')) return null;
  return sections.find((section) => section === hash.slice(2)) ?? 'dashboard';
}

/** The section lives in the address (#/settings), so Back, reload and bookmarks work as expected. */
export function useRoute(): Section {
  const [section, setSection] = useState<Section>(() => sectionFromHash() ?? 'dashboard');
  useEffect(() => {
    const onChange = () => {
      const next = sectionFromHash();
      if (next !== null) setSection(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return section;
}

import { useEffect, useState } from 'react';

export const sections = ['dashboard', 'quarterly', 'barriers', 'meetings', 'feedback', 'fidelity', 'reports', 'settings'] as const;

export type Section = (typeof sections)[number];

function sectionFromHash(): Section {
  const name = window.location.hash.replace(/^#\/?/, '');
  return sections.find((section) => section === name) ?? 'dashboard';
}

/** The section lives in the address (#/settings), so Back, reload and bookmarks work as expected. */
export function useRoute(): Section {
  const [section, setSection] = useState<Section>(sectionFromHash);
  useEffect(() => {
    const onChange = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return section;
}

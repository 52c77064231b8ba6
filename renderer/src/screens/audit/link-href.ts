import type { LinkTarget } from '../../../../electron/core/audit/described-change';

/** The app's address for a place: `#/barriers/ID`, or the section alone. */
export function linkHref(link: LinkTarget): string {
  return link.id === null ? `#/${link.place}` : `#/${link.place}/${encodeURIComponent(link.id)}`;
}

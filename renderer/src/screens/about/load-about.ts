import { call } from '../../api/api-client';

/** getAbout, kept at one identity for useSectionData, which loads again whenever its loader changes. */
export function loadAbout() {
  return call('getAbout', {});
}

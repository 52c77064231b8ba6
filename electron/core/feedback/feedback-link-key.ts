import type { FeedbackLink } from './feedback-types';

/** One string per link, to compare the links an entry has with those a save brings. */
export function feedbackLinkKey(link: FeedbackLink): string {
  return `${link.kind}|${link.ref}`;
}

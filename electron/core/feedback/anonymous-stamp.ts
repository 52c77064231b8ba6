/**
 * The time an anonymous entry is stamped with: the start of its day. A time to the second could be set
 * beside "who was working as whom" at that second, or beside the next change someone made.
 */
export function anonymousStamp(iso: string): string {
  return `${iso.slice(0, 10)}T00:00:00.000Z`;
}

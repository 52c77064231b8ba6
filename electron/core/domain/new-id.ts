/** Random UUIDs keep ids unique when committees merge files from several machines. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

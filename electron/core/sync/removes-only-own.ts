import * as Y from 'yjs';

/**
 * Whether `update`, applied to `base` (a Yjs document state), removes or replaces only what its own writers
 * wrote: every item it deletes (a removed entry, or a value it overwrites) belongs to a Yjs client that
 * writes in the update itself. The drop box's credential can write but not read, so whoever holds it cannot
 * name anyone else's entries and send them along: this keeps them from removing or rewriting others' words.
 * A device that edits or removes an entry it did not write (a coordinator tidying the drop box) sends that
 * entry's items with its change.
 */
export function removesOnlyOwn(base: Uint8Array, update: Uint8Array): boolean {
  const writers = new Set(Y.decodeUpdate(update).structs.map((struct) => struct.id.client));
  const copy = new Y.Doc();
  Y.applyUpdate(copy, base);
  let own = true;
  copy.on('afterTransaction', (transaction: Y.Transaction) => {
    for (const client of transaction.deleteSet.clients.keys()) if (!writers.has(client)) own = false;
  });
  Y.applyUpdate(copy, update);
  copy.destroy();
  return own;
}

import type { FilePreview } from './plan-import';

/** Whether importing a file would change anything: a figure or target added or replaced. */
export function changesSomething(preview: Pick<FilePreview, 'added' | 'replaced'>): boolean {
  return preview.added > 0 || preview.replaced > 0;
}

import type { DownloadItem } from 'electron';

/**
 * What the page hands over as a file (minutes, reports, templates, the paper form) goes where the user
 * chooses, in the system's save dialog, under the name the workbench gave it. Without a save path set
 * here, Electron asks; the options only make sure it proposes the document's own name.
 */
export function askWhereToSave(item: Pick<DownloadItem, 'getFilename' | 'setSaveDialogOptions'>): void {
  item.setSaveDialogOptions({ defaultPath: item.getFilename() });
}

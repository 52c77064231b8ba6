import { unzipSync } from 'fflate';
import { ImportRefusal } from './import-refusal';
import { workbookLimits } from './workbook-limits';

const megabytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024);

/**
 * The parts of an XLSX workbook, unpacked within the limits. The ZIP directory is read first, without
 * inflating anything, and the declared sizes are checked; then each part is inflated into a buffer of
 * its declared size, never more, so a part that lies about its size cannot grow past it (fflate stops
 * there). The parser later reads these parts and never the original, compressed file.
 */
export function unpackWorkbook(bytes: Uint8Array): Record<string, Uint8Array> {
  const parts: { name: string; size: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        parts.push({ name: file.name, size: file.originalSize });
        return false;
      },
    });
  } catch {
    throw new ImportRefusal('file_unreadable');
  }
  if (!parts.some((part) => part.name === 'xl/workbook.xml') || !parts.some((part) => part.name === '[Content_Types].xml')) throw new ImportRefusal('workbook_not_xlsx');
  if (parts.length > workbookLimits.maxParts) throw new ImportRefusal('workbook_too_many_parts', { parts: parts.length, limit: workbookLimits.maxParts });
  const sheets = parts.filter((part) => /^xl\/worksheets\/[^/]+\.xml$/.test(part.name)).length;
  if (sheets > workbookLimits.maxSheets) throw new ImportRefusal('workbook_too_many_sheets', { sheets, limit: workbookLimits.maxSheets });
  const unpacked = parts.reduce((sum, part) => sum + part.size, 0);
  if (unpacked > workbookLimits.maxUnpackedBytes) {
    throw new ImportRefusal('workbook_too_large_unpacked', { sizeMb: megabytes(unpacked), limitMb: megabytes(workbookLimits.maxUnpackedBytes) });
  }
  try {
    return unzipSync(bytes);
  } catch {
    throw new ImportRefusal('file_unreadable');
  }
}

import { ImportRefusal } from './import-refusal';
import { workbookLimits } from './workbook-limits';

// A cell element, with or without a namespace prefix: <c r="A1">, <c/>, <x:c ...>; not <col> or <cfRule>.
const cellStart = /<(?:[A-Za-z_][\w.-]*:)?c[\s/>]/g;

function cellsIn(xml: string): number {
  let count = 0;
  cellStart.lastIndex = 0;
  while (cellStart.exec(xml) !== null) count += 1;
  return count;
}

/** The longest text between two tags, counting an entity such as &amp; as the one character it stands for. */
function longestText(xml: string): number {
  let longest = 0;
  let start = xml.indexOf('>');
  while (start !== -1) {
    const end = xml.indexOf('<', start + 1);
    const stop = end === -1 ? xml.length : end;
    // Only a long run needs its entities counted.
    if (stop - start - 1 > workbookLimits.maxTextLength) {
      const run = xml.slice(start + 1, stop);
      longest = Math.max(longest, run.replace(/&#?\w+;/g, 'x').length);
    }
    start = end === -1 ? -1 : xml.indexOf('>', end);
  }
  return longest;
}

// How a complete sheet or table of strings ends. A part that does not was cut short: by a damaged file,
// or by unpacking stopping at the size the part claimed (a file that lies about its sizes).
const complete = /<\/(?:[A-Za-z_][\w.-]*:)?(?:worksheet|sst)>\s*$/;

/**
 * Checks the unpacked sheets and shared strings before the workbook is parsed: the cells of all sheets
 * together, the length of any one text (a single 400 MB string took the parser minutes), and that each
 * part is whole.
 */
export function checkWorkbookParts(parts: Readonly<Record<string, Uint8Array>>): void {
  const decoder = new TextDecoder('utf-8');
  let cells = 0;
  for (const [name, content] of Object.entries(parts)) {
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(name);
    if (!sheet && name !== 'xl/sharedStrings.xml') continue;
    const xml = decoder.decode(content);
    if (!complete.test(xml.slice(-200))) throw new ImportRefusal('workbook_damaged');
    if (sheet) {
      cells += cellsIn(xml);
      if (cells > workbookLimits.maxCells) throw new ImportRefusal('workbook_too_many_cells', { limit: workbookLimits.maxCells });
    }
    const longest = longestText(xml);
    if (longest > workbookLimits.maxTextLength) throw new ImportRefusal('workbook_text_too_long', { length: longest, limit: workbookLimits.maxTextLength });
  }
}

/** A body part of a Word document as a reader meets it; level 0 is the document title. */
export type DocxBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; xml: string; rows: string[] }
  | { kind: 'figure'; xml: string };

export function decodeXml(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
}

/** The visible text of a piece of WordprocessingML, line breaks included. */
export function docxText(xml: string): string {
  return decodeXml([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((match) => match[1] ?? '\n').join(''));
}

/** Headings (by Word's Title and Heading n styles), paragraphs, pictures and tables in order; a table row's cells joined by " | ". */
export function docxBlocks(document: string): DocxBlock[] {
  const body = document.slice(document.indexOf('<w:body>'), document.lastIndexOf('<w:sectPr'));
  return [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]): DocxBlock => {
    if (xml.startsWith('<w:tbl>')) return { kind: 'table', xml, rows: [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) => docxText(row.replace(/<\/w:p>/g, '</w:p><w:t> | </w:t>'))) };
    if (xml.includes('<w:drawing>')) return { kind: 'figure', xml };
    const style = /<w:pStyle w:val="(\w+)"\/>/.exec(xml)?.[1] ?? '';
    const level = style === 'Title' ? '0' : /^Heading(\d)$/.exec(style)?.[1];
    return level === undefined ? { kind: 'paragraph', text: docxText(xml) } : { kind: 'heading', level: Number(level), text: docxText(xml) };
  });
}

import XLSX from '@e965/xlsx';

// The CFB reader in @e965/xlsx opens ZIP packages such as .docx, but its types declare it `any`.
type ZipContainer = { FullPaths: string[] };
type ZipReader = { read: (data: Buffer, options: { type: 'buffer' }) => ZipContainer; find: (container: ZipContainer, path: string) => { content: Uint8Array } | null };

function isZipReader(value: unknown): value is ZipReader {
  return typeof value === 'object' && value !== null && 'read' in value && 'find' in value && typeof value.read === 'function' && typeof value.find === 'function';
}

/** The parts of a Word file by their path inside the package ("/word/document.xml"), as text. */
export function docxParts(bytes: Uint8Array): { paths: string[]; text: (path: string) => string } {
  const reader: unknown = XLSX.CFB;
  if (!isZipReader(reader)) throw new Error('@e965/xlsx no longer offers its CFB reader');
  const container = reader.read(Buffer.from(bytes), { type: 'buffer' });
  return {
    paths: container.FullPaths,
    text: (path) => {
      const entry = reader.find(container, path);
      if (entry === null) throw new Error(`${path} is missing from the .docx`);
      return Buffer.from(entry.content).toString('utf8');
    },
  };
}

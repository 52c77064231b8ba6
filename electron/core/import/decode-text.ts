import chardet from 'chardet';
import iconv from 'iconv-lite';
import { textEncodings, type TextEncoding } from '../domain/text-encodings';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding; detected: TextEncoding | null }
  | { ok: false; code: 'encoding_unknown' | 'encoding_implausible'; detected: TextEncoding | null; choices: readonly TextEncoding[] };

const byteOrderMarks: readonly { bytes: readonly number[]; encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

// chardet names the ISO pages where the Windows pages are meant: Windows-1250 and -1252 are supersets of
// ISO-8859-2 and -1 for every letter a spreadsheet holds.
const ourName: Record<string, TextEncoding> = {
  'windows-1250': 'windows-1250',
  'ISO-8859-2': 'windows-1250',
  'windows-1252': 'windows-1252',
  'ISO-8859-1': 'windows-1252',
};

// Encodings of scripts the workbench's languages are not written in: when chardet is sure of one of
// these, reading the file as a European code page would only turn its names into garbage.
const foreignScripts = new Set(['Shift_JIS', 'EUC-JP', 'ISO-2022-JP', 'Big5', 'GB18030', 'EUC-KR', 'ISO-2022-KR', 'ISO-2022-CN', 'windows-1251', 'KOI8-R', 'ISO-8859-5', 'windows-1256', 'ISO-8859-6', 'ISO-8859-7', 'windows-1255', 'ISO-8859-8']);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What the bytes are: a byte order mark decides, then valid UTF-8, then chardet among the Windows pages. */
function detect(bytes: Uint8Array): TextEncoding | 'foreign' | null {
  const marked = byteOrderMarks.find((mark) => startsWith(bytes, mark.bytes));
  if (marked !== undefined) return marked.encoding;
  if (isUtf8(bytes)) return 'utf-8';
  // UTF-16 without its mark: every other byte of Latin text is zero. Excel always writes the mark.
  if (bytes.subarray(0, 4096).filter((byte) => byte === 0).length > 64) return null;
  const candidates = chardet.analyse(bytes.subarray(0, 256 * 1024));
  const ours = candidates.find((candidate) => candidate.name in ourName && candidate.confidence > 0);
  const best = candidates[0];
  if (best !== undefined && foreignScripts.has(best.name) && best.confidence >= 50 && (ours === undefined || ours.confidence * 2 < best.confidence)) return 'foreign';
  return ours === undefined ? null : (ourName[ours.name] ?? null);
}

/**
 * Text that is plausibly what the file's author wrote: no replacement characters (bytes the encoding
 * does not define), no control characters but tabs and line breaks, and words that look like words of a
 * language written in Latin letters. In Czech, Croatian, French, Danish or Spanish, letters with
 * diacritics are a minority even in the words that have them (Čtvrtletí, København); Cyrillic or Greek
 * read as a Windows code page turns whole words into them (Ěîńęâŕ). A file decoded in the wrong
 * encoding fails this more often than not; the preview shows the names for the user to judge the rest.
 */
function plausible(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u.test(text)) return false;
  let letters = 0;
  let marked = 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const others = word.replace(/[A-Za-z]/g, '').length;
    if (others === 0) continue;
    letters += word.length;
    marked += others;
  }
  return marked < 8 || marked / letters <= 0.6;
}

/**
 * Decodes a text file with iconv-lite, in the encoding detected or the one the user chose in the
 * preview. A file whose encoding cannot be told, or whose text does not read as text in it, is refused
 * with the encodings to choose from rather than imported as garbage.
 */
export function decodeText(bytes: Uint8Array, override?: TextEncoding): DecodedText {
  const found = detect(bytes);
  const detected = found === 'foreign' ? null : found;
  const encoding = override ?? detected;
  if (encoding === null) return { ok: false, code: 'encoding_unknown', detected: null, choices: textEncodings };
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
  // A byte order mark or valid UTF-8 settles the encoding: what the text then holds is the cells' business (a
  // name with a control character is refused at its cell). A guessed or chosen encoding must also read as text.
  const certain = encoding === detected && (encoding === 'utf-8' || encoding.startsWith('utf-16'));
  if (!certain && !plausible(text)) return { ok: false, code: 'encoding_implausible', detected, choices: textEncodings };
  return { ok: true, text, encoding, detected };
}

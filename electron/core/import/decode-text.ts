import type { TextEncoding } from '../domain/text-encodings';

// Most accented letters share their byte in both Windows code pages (á é í ó ú ý š ž). Some bytes are
// a common letter in one and a rare one in the other: 0xEC is Czech ě but Italian ì, 0xE0 is French à
// but Slovak ŕ. Those bytes decide; č/è and ř/ø are common on both sides and do not. A tie goes to the
// Central European page, since the first committees are Czech, and the preview lets the user switch.
const centralBytes = new Set([0xec, 0xcc, 0x9d, 0x8d, 0xef, 0xcf, 0xf2, 0xd2, 0xf9, 0xd9]);
const westernBytes = new Set([0xe0, 0xc0, 0xe5, 0xc5, 0xe6, 0xc6, 0xf1, 0xd1, 0xe3, 0xc3, 0xf5, 0xd5, 0xfb, 0xdb, 0x9c, 0x8c]);

function guessSingleByte(bytes: Uint8Array): TextEncoding {
  let central = 0;
  let western = 0;
  for (const byte of bytes) {
    if (centralBytes.has(byte)) central += 1;
    else if (westernBytes.has(byte)) western += 1;
  }
  return western > central ? 'windows-1252' : 'windows-1250';
}

/** What the bytes most likely are: UTF-8 (with or without BOM) when they are valid UTF-8, else a Windows code page. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return guessSingleByte(bytes);
  }
}

// Node decodes "windows-1252" as ISO-8859-1, which leaves 0x80–0x9F as control characters; Windows puts
// € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ there (five bytes are unassigned and stay as they are).
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (char) => windows1252High.charAt(char.charCodeAt(0) - 0x80));
}

/** Decodes a text file; the user's choice in the preview overrides the detection. */
export function decodeText(bytes: Uint8Array, override?: TextEncoding): { text: string; encoding: TextEncoding; detected: TextEncoding } {
  const detected = detectEncoding(bytes);
  const encoding = override ?? detected;
  const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding, detected };
}

import type { TextEncoding } from '../domain/text-encodings';

// Letters that only the Central European code page produces from these bytes (č ě ř ů ď ň ť ľ ĺ ŕ…),
// and letters that only the Western one does (è ì ø ù ï ò å æ ñ…): the bytes are the same, the
// readings differ, so whichever reading yields more of its own letters wins.
const czechOnly = /[čěřůďňťľĺŕőűČĚŘŮĎŇŤĽĹŔŐŰśźŚŹąęĄĘłŁ]/gu;
const westernOnly = /[èìøùïòåæñõãðþÈÌØÙÏÒÅÆÑÕÃÐÞ]/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function guessSingleByte(bytes: Uint8Array): TextEncoding {
  const central = new TextDecoder('windows-1250').decode(bytes);
  const western = new TextDecoder('windows-1252').decode(bytes);
  return count(central, czechOnly) >= count(western, westernOnly) && count(central, czechOnly) > 0 ? 'windows-1250' : 'windows-1252';
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

/** Decodes a text file; the user's choice in the preview overrides the detection. */
export function decodeText(bytes: Uint8Array, override?: TextEncoding): { text: string; encoding: TextEncoding; detected: TextEncoding } {
  const detected = detectEncoding(bytes);
  const encoding = override ?? detected;
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding, detected };
}

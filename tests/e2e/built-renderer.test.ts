import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join('dist', 'renderer');

/**
 * Addresses that occur in the bundled libraries but are never fetched: XML namespace names, links
 * to documentation inside error messages, and the sample addresses shown as hints. Anything else fails the test, so a new dependency that would
 * load something from the network is noticed.
 */
const inert = new Set([
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/1998/Math/MathML',
  'https://react.dev/errors/',
  'https://react.i18next.com/latest/usetranslation-hook',
  // The sample sync server addresses in the Sharing texts (wss://…): example.org is reserved for examples.
  '//server.example.org',
  '//sync.example.org',
]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('the built renderer', () => {
  it('references no remote address: no fonts, scripts, images or telemetry from the network', () => {
    const found = new Set<string>();
    for (const file of files(root).filter((name) => /\.(html|js|css)$/.test(name))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)<>]*/gi)) {
        const url = match[0].replace(/[\\,;]+$/, '');
        if (url.startsWith('//') || /^https?:/i.test(url)) found.add(url);
      }
    }
    expect([...found].filter((url) => !inert.has(url))).toEqual([]);
  });

  it('has a page whose scripts and styles come from its own folder', () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(match[1]).toMatch(/^(\.\/|data:)/);
  });
});

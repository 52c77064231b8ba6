// Draws the committee file's document icon (resources/icons/committee-file.png, .ico for Windows, .icns for
// macOS), which electron-builder's fileAssociations take. Run by hand when the design changes; the files are
// kept in the repository, so a build needs no canvas. Both containers hold the PNG as it is, which Windows
// Vista and later and macOS 10.7 and later read.
import { createCanvas } from '@napi-rs/canvas';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const folder = join(fileURLToPath(new URL('..', import.meta.url)), 'resources', 'icons');

function draw(size) {
  const canvas = createCanvas(size, size);
  const g = canvas.getContext('2d');
  const s = size / 256;
  // A sheet with a folded corner, in the app's blue, with three lines of a register and the letters IPS.
  g.strokeStyle = '#0b5cad';
  g.lineWidth = 8 * s;
  const shape = (points, fill) => {
    g.fillStyle = fill;
    g.beginPath();
    for (const [x, y] of points) g.lineTo(x * s, y * s);
    g.closePath();
    g.fill();
    g.stroke();
  };
  shape([[48, 16], [168, 16], [216, 64], [216, 240], [48, 240]], '#ffffff');
  shape([[168, 16], [168, 64], [216, 64]], '#cfe0f3');
  g.fillStyle = '#0b5cad';
  g.font = `bold ${56 * s}px sans-serif`;
  g.textAlign = 'center';
  g.fillText('IPS', 132 * s, 130 * s);
  for (const y of [160, 184, 208]) g.fillRect(76 * s, y * s, 112 * s, 10 * s);
  return canvas.toBuffer('image/png');
}

const png256 = draw(256);
const png512 = draw(512);
writeFileSync(join(folder, 'committee-file.png'), png512);

// ICO: a header, one directory entry (0 means 256 px), then the PNG.
const ico = Buffer.alloc(6 + 16);
ico.writeUInt16LE(0, 0);
ico.writeUInt16LE(1, 2);
ico.writeUInt16LE(1, 4);
ico.writeUInt8(0, 6);
ico.writeUInt8(0, 7);
ico.writeUInt16LE(1, 10);
ico.writeUInt16LE(32, 12);
ico.writeUInt32LE(png256.length, 14);
ico.writeUInt32LE(22, 18);
writeFileSync(join(folder, 'committee-file.ico'), Buffer.concat([ico, png256]));

// ICNS: the "icns" header and two PNG entries, ic08 (256 px) and ic09 (512 px).
function entry(type, data) {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32BE(data.length + 8, 4);
  return Buffer.concat([head, data]);
}
const body = Buffer.concat([entry('ic08', png256), entry('ic09', png512)]);
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'ascii');
icnsHead.writeUInt32BE(body.length + 8, 4);
writeFileSync(join(folder, 'committee-file.icns'), Buffer.concat([icnsHead, body]));
console.log('Wrote committee-file.png, .ico and .icns in resources/icons.');

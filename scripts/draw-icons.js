#!/usr/bin/env node
/**
 * Draws the add-in icons (16, 32, 64, 80 px): a blue tile with three rising bars in the
 * light colours (red, yellow, green) and a gold star over the tallest. Supersampled for
 * smooth edges; PNG written with zlib, so no image library is needed.
 */
const { deflateSync } = require("node:zlib");
const { writeFileSync, mkdirSync } = require("node:fs");
const path = require("node:path");

const SS = 4;
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function inStar(x, y, cx, cy, outer, inner) {
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? outer : inner;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Colour at a point of the unit square (0..1), or null for transparent. */
function shade(u, v) {
  if (inStar(u, v, 0.74, 0.25, 0.17, 0.07)) return [255, 200, 40];
  const bars = [
    [0.17, 0.33, 0.62, [209, 52, 56]],
    [0.42, 0.58, 0.47, [234, 163, 0]],
    [0.67, 0.83, 0.44, [16, 124, 16]],
  ];
  for (const [x0, x1, top, colour] of bars) {
    if (inRoundedRect(u, v, x0, top, x1, 0.84, 0.03)) return colour;
  }
  if (inRoundedRect(u, v, 0.04, 0.04, 0.96, 0.96, 0.16)) return u + v < 1.1 ? [0, 99, 177] : [0, 84, 160];
  return null;
}

function draw(size) {
  const out = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const colour = shade((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a++; }
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) { out[i] = r / a; out[i + 1] = g / a; out[i + 2] = b / a; }
      out[i + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  return png(size, out);
}

const dir = path.join(__dirname, "..", "assets");
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) writeFileSync(path.join(dir, `icon-${size}.png`), draw(size));
console.log(`icons written to ${dir}`);

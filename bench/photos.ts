// Photo-like 12 MP JPEGs for the benchmarks (bench:hash, bench:web), generated once with sharp into
// a temp folder and kept between runs, so every benchmark hashes the same pictures.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

export const WIDTH = 4000;
export const HEIGHT = 3000;

export function seededBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

/** A photo-like 12 MP JPEG: smooth shapes and gradients plus sensor-like noise, about 4-6 MB. */
async function makePhoto(path: string, seed: number): Promise<void> {
  const shapes = Array.from({ length: 12 }, (_, i) => {
    const r = (seed * 97 + i * 53) % 360;
    return `<circle cx="${(seed * 331 + i * 709) % WIDTH}" cy="${(seed * 173 + i * 401) % HEIGHT}" r="${200 + ((i * 137) % 600)}" fill="hsl(${r},55%,${35 + (i % 4) * 10}%)" fill-opacity="0.7"/>`;
  }).join('');
  const svg = `<svg width="${WIDTH}" height="${HEIGHT}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${seed * 40},50%,70%)"/><stop offset="1" stop-color="hsl(${seed * 40 + 120},40%,25%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  // The SVG renders as RGBA: drop the alpha so the buffer is the 3-channel image it is used as.
  const base = await sharp(Buffer.from(svg)).blur(4).removeAlpha().raw().toBuffer();
  const noise = seededBytes(WIDTH * HEIGHT * 3, seed);
  for (let i = 0; i < base.length; i++)
    base[i] = Math.max(0, Math.min(255, base[i] + ((noise[i] - 128) >> 4)));
  await sharp(base, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality: 90 })
    .toFile(`${path}.part`);
  renameSync(`${path}.part`, path); // an interrupted run leaves no truncated photo behind
}

/** Paths of `count` benchmark photos, made on first use. */
export async function benchPhotos(count: number): Promise<string[]> {
  const dir = join(tmpdir(), 'backstop-bench-hash-v2');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `photo-${i}.jpg`);
    if (!existsSync(path)) await makePhoto(path, i + 1);
    files.push(path);
  }
  return files;
}

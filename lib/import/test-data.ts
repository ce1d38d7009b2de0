// Test helpers: the shared real data lives outside the repository (../shared/data next to the
// clone); it is read in place, never copied in. SHARED_DATA_DIR overrides the location.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export const DATA_DIR = process.env.SHARED_DATA_DIR ?? path.resolve(here, "../../../shared/data");
export const FIXTURES_DIR = path.resolve(here, "fixtures");

export function readData(name: string): string {
  const file = path.join(DATA_DIR, name);
  if (!fs.existsSync(file)) throw new Error(`shared test data not found: ${file} (set SHARED_DATA_DIR)`);
  return fs.readFileSync(file, "utf8");
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES_DIR, name), "utf8");
}

export function dataFiles(): string[] {
  return fs.readdirSync(DATA_DIR).sort();
}

/** Deterministic pseudo-random junk (mulberry32), so failures reproduce. */
export function junk(length: number, opts: { printable?: boolean; seed?: number } = {}): string {
  let a = opts.seed ?? 42;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i < length; i++) {
    chunk.push(opts.printable ? 33 + Math.floor(rand() * 94) : Math.floor(rand() * 256));
    if (chunk.length === 8192) {
      out.push(String.fromCharCode(...chunk));
      chunk.length = 0;
    }
  }
  out.push(String.fromCharCode(...chunk));
  return out.join("");
}

/** Random bytes decoded leniently as UTF-8, as a browser upload of a binary file would be. */
export function binaryAsText(length: number, seed = 7): string {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x >> 16;
  }
  return new TextDecoder().decode(bytes);
}

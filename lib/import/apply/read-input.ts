// Turns what a user hands in (a file's bytes, or a folder of Markdown posts) into a ParseResult,
// with the sha256 that recognises a rerun of the same input. Malformed input throws
// ImportParseError naming the line or field; nothing has been written at that point.
import crypto from "node:crypto";
import { parseImport } from "../detect";
import { parseMany } from "../formats/markdown-post";
import { IMPORT_FORMATS, ImportParseError, type ImportFormat, type ParseResult } from "../types";
import { decodeImportBytes, MAX_IMPORT_CHARS } from "../util";

export type ParsedInput = { parse: ParseResult; contentHash: string; fileName: string };

export function hashBytes(...parts: (Uint8Array | string)[]) {
  const h = crypto.createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex");
}

export function checkFormat(format: string | undefined): ImportFormat | undefined {
  if (!format) return undefined;
  if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ImportParseError(`unknown format "${format}"; expected one of ${IMPORT_FORMATS.join(", ")}`, undefined, "format");
  }
  return format as ImportFormat;
}

export function parseBytes(bytes: Uint8Array, fileName: string, format?: string): ParsedInput {
  if (bytes.length > MAX_IMPORT_CHARS) {
    throw new ImportParseError(`${fileName}: the file is ${(bytes.length / 1048576).toFixed(1)} MB, more than the ${MAX_IMPORT_CHARS / 1048576} MB limit`);
  }
  const text = decodeImportBytes(bytes, fileName);
  const parse = parseImport(text, { format: checkFormat(format), fileName });
  return { parse, contentHash: hashBytes(bytes), fileName };
}

/** A folder of Jekyll/Hugo posts: every Markdown file in it (not recursive into dot folders). */
export function parseMarkdownFolder(files: { name: string; bytes: Uint8Array }[], folderName: string): ParsedInput {
  const md = files.filter((f) => /\.(?:md|markdown|mdown|mkd|mdx)$/i.test(f.name)).sort((a, b) => a.name.localeCompare(b.name));
  if (!md.length) throw new ImportParseError(`${folderName}: the folder holds no Markdown (.md) files`);
  const parse = parseMany(md.map((f) => ({ name: f.name, text: decodeImportBytes(f.bytes, f.name) })));
  if (!parse.posts.length) {
    const first = parse.skipped[0];
    throw new ImportParseError(`${folderName}: no post could be read${first ? `; ${first.message}` : ""}`, first?.line, first?.field);
  }
  return { parse, contentHash: hashBytes(...md.flatMap((f) => [f.name, f.bytes])), fileName: folderName };
}

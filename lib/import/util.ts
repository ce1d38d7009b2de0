// Helpers shared by the format parsers: input checks, CSV reading with line numbers, dates,
// author lists, and the final clean-up every ImportedPost goes through.
import { parse as parseCsv, CsvError, type InfoRecord, type Options } from "csv-parse/sync";
import type { PostKind, PostSource } from "@/lib/domain";
import {
  canonicalizeUrl,
  decodeLatexAccents,
  extractArxivId,
  extractDoi,
  extractLesswrongId,
  stripHtml,
  tidyWhitespace,
} from "./identity";
import { ImportParseError, type ImportFormat, type ImportedPost, type ParseResult } from "./types";

/** Largest input the parsers accept (characters). */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

export function emptyResult(format: ImportFormat): ParseResult {
  return { format, posts: [], agendas: [], lists: [], skipped: [] };
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  const end = Math.min(index, text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

export function columnAt(text: string, index: number): number {
  const start = text.lastIndexOf("\n", Math.max(0, index - 1));
  return index - start;
}

function preview(s: string, max = 40): string {
  const one = s.replace(/\s+/g, " ").trim();
  return JSON.stringify(one.length > max ? one.slice(0, max) + "…" : one);
}

/**
 * Checks that the input is usable text and returns it without a byte-order mark. Throws
 * ImportParseError for non-strings, oversized input, empty input, and binary data: a NUL byte,
 * or many U+FFFD replacement characters / C0 control characters (what invalid UTF-8 or a binary
 * file turns into when decoded leniently).
 */
export function prepareText(text: unknown, label: string): string {
  if (typeof text !== "string") throw new ImportParseError(`${label}: expected text input, got ${typeof text}`);
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ImportParseError(
      `${label}: input is ${(text.length / 1048576).toFixed(1)} MB, more than the ${MAX_IMPORT_CHARS / 1048576} MB limit`,
    );
  }
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!s.trim()) throw new ImportParseError(`${label}: the file is empty`);
  const nul = s.indexOf("\0");
  if (nul !== -1) {
    const line = lineAt(s, nul);
    throw new ImportParseError(
      `${label}: binary data (NUL byte) at line ${line}, column ${columnAt(s, nul)}; this does not look like a text file`,
      line,
    );
  }
  // Binary or mis-encoded files are dense with these; real exports carry a few strays
  // (the Zotero file has 2 in 1.8 MB). So judge by density, not a fixed count (a fixed
  // count refused any big archive made of such exports): 8 within 4 KB anywhere, or more
  // than 1 in 1,000 characters overall.
  const recent: number[] = [];
  let bad = 0;
  let first = -1;
  let packed = false;
  for (const m of s.matchAll(/[\ufffd\x01-\x08\x0e-\x1f\x7f]/g)) {
    const at = m.index ?? 0;
    if (first === -1) first = at;
    bad++;
    recent.push(at);
    if (recent.length > 8) recent.shift();
    if (recent.length === 8 && at - recent[0] < 4096) {
      first = recent[0];
      packed = true;
      break;
    }
  }
  if (packed || (bad > 0 && bad / s.length > 0.001)) {
    const line = lineAt(s, first);
    const what = s[first] === "\ufffd" ? "invalid UTF-8 (replacement character U+FFFD)" : "binary control characters";
    throw new ImportParseError(
      `${label}: ${what} at line ${line}, column ${columnAt(s, first)}; the file is binary or not UTF-8 encoded (save it as UTF-8 text)`,
      line,
    );
  }
  return s;
}

/**
 * Decodes file bytes to text for the parsers: UTF-8 (BOM optional) or UTF-16 with a BOM.
 * Invalid UTF-8 throws ImportParseError naming the line and byte offset instead of silently
 * producing replacement characters.
 */
export function decodeImportBytes(bytes: Uint8Array, fileName?: string): string {
  const label = fileName ?? "import";
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    throw new ImportParseError(
      `${label}: invalid UTF-8 at line ${line} (byte ${offset}); the file is binary or not UTF-8 encoded (save it as UTF-8 text)`,
      line,
    );
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return b.length;
}

// ---------------------------------------------------------------------------------------------
// CSV

export type CsvRow = { line: number; record: Record<string, string> };

/**
 * Reads a CSV with a header row. Header names are matched to `required`/`optional` names
 * case-insensitively and reported under those names. Throws ImportParseError naming the missing
 * required columns, or the line of a malformed record (unclosed quote, wrong field count).
 */
export function readCsv(
  text: string,
  opts: { label: string; required: string[]; optional?: string[] },
): { columns: string[]; rows: CsvRow[] } {
  const known = [...opts.required, ...(opts.optional ?? [])];
  const byLower = new Map(known.map((k) => [k.toLowerCase(), k]));
  let header: string[];
  try {
    const first = parseCsv(text, { to: 1, bom: true, relax_column_count: true }) as string[][];
    header = (first[0] ?? []).map((h) => h.trim());
  } catch (e) {
    throw csvError(e, opts.label);
  }
  const columns = header.map((h) => byLower.get(h.toLowerCase()) ?? h);
  const missing = opts.required.filter((c) => !columns.includes(c));
  if (missing.length) {
    const shown = header.slice(0, 15).map((c) => preview(c, 30)).join(", ") + (header.length > 15 ? `, … (${header.length} columns)` : "");
    throw new ImportParseError(
      `${opts.label}: the header (line 1) is missing required column${missing.length > 1 ? "s" : ""} ${missing
        .map((m) => `"${m}"`)
        .join(", ")}; found ${shown || "no columns"}`,
      1,
      missing[0],
    );
  }
  // Each record becomes its row as soon as it is read, holding the known columns only: a whole
  // file of raw records (a Zotero export has about 87 columns, mostly empty) held at once took
  // several times the file's size in memory.
  const keep = [...new Set(columns.filter((c) => byLower.has(c.toLowerCase())))].map((c) => ({ name: c, at: indexesOf(columns, c) }));
  // Line numbers from byte offsets: csv-parse's own line counter counts a CRLF inside a quoted
  // field twice. info.bytes is where each record ends, so the next one starts there (after any
  // line breaks and skipped blank lines).
  const bytes = new TextEncoder().encode(text);
  let scan = 0;
  let line = 1;
  let end = 0;
  let k = 0;
  let rows: CsvRow[];
  try {
    rows = parseCsv(text, {
      bom: true,
      skip_empty_lines: true,
      // csv-parse's types do not let on_record change the record's shape without `columns`.
      on_record: ((values: string[], info: InfoRecord): CsvRow | null => {
        let start = end;
        end = info.bytes;
        while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
        for (; scan < start; scan++) {
          const b = bytes[scan];
          if (b === 0x0a || (b === 0x0d && bytes[scan + 1] !== 0x0a)) line++;
        }
        if (k++ === 0) return null; // the header
        const record: Record<string, string> = {};
        // A repeated column name keeps its first non-empty value.
        for (const { name, at } of keep) record[name] = at.map((i) => values[i] ?? "").find(Boolean) ?? "";
        return { line, record };
      }) as unknown as Options["on_record"],
    }) as unknown as CsvRow[];
  } catch (e) {
    throw csvError(e, opts.label, columns.length, text);
  }
  return { columns, rows };
}

function indexesOf(columns: string[], name: string): number[] {
  return columns.flatMap((c, i) => (c === name ? [i] : []));
}

function lineAtByte(text: string, offset: number): number {
  const bytes = new TextEncoder().encode(text);
  let line = 1;
  let end = Math.min(offset, bytes.length);
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--; // the record's own line break
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function csvError(e: unknown, label: string, expected?: number, text?: string): ImportParseError {
  if (e instanceof CsvError) {
    const info = e as unknown as { lines?: number; bytes?: number; record?: unknown[] };
    // csv-parse counts a CRLF inside quotes twice; count from the byte offset instead.
    const line = text != null && typeof info.bytes === "number" ? lineAtByte(text, info.bytes) : info.lines;
    let msg = e.message.replace(/\s*(?:on|at) line \d+.*$/, "");
    if (e.code === "CSV_RECORD_INCONSISTENT_COLUMNS" || e.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH") {
      const got = Array.isArray(info.record) ? info.record.length : undefined;
      msg = `record has ${got ?? "a different number of"} field${got === 1 ? "" : "s"} but the header has ${expected ?? "another number"} (a stray quote, a wrong delimiter or a truncated row?)`;
    } else if (e.code === "CSV_QUOTE_NOT_CLOSED") {
      msg = "a quoted field opened here is never closed (is the file truncated?)";
    } else if (e.code === "INVALID_OPENING_QUOTE") {
      msg = `a quote character inside an unquoted field (${msg})`;
    }
    return new ImportParseError(`${label}: line ${line ?? "?"}: ${msg}`, line);
  }
  return new ImportParseError(`${label}: ${(e as Error)?.message ?? String(e)}`);
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= 1000 && y <= 2100;
}

function ymd(y: number, m: number, d: number): { publishedAt?: string; publishedYear?: number } {
  if (!validYear(y)) return {};
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (m < 1 || m > 12 || d < 1 || d > days[m - 1]) return { publishedYear: y };
  return { publishedAt: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, publishedYear: y };
}

/**
 * Reads a publication date. Full dates give `publishedAt` (YYYY-MM-DD, the date as written, the
 * time and zone ignored) and `publishedYear`; partial dates (2020, 2020-04, 2025-03-XX,
 * "March 2021") give only the year; "unknown" or garbage give nothing.
 */
export function parseDate(value: unknown): { publishedAt?: string; publishedYear?: number } {
  if (value == null || value === "") return {};
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? {} : ymd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === "number") return validYear(value) ? { publishedYear: value } : {};
  const s = String(value).trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\S.*)?$/.exec(s))) return ymd(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s))) return ymd(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})(?:[-/.](?:\d{1,2}|XX)(?:[-/.](?:\d{1,2}|XX))?)?$/i.exec(s))) return validYear(+m[1]) ? { publishedYear: +m[1] } : {};
  // "March 5, 2021", "Mar. 5 2021"
  if ((m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s))) {
    const mo = MONTHS[m[1].slice(0, 4).toLowerCase()] ?? MONTHS[m[1].slice(0, 3).toLowerCase()];
    return mo ? ymd(+m[3], mo, +m[2]) : {};
  }
  // "5 March 2021"
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(s))) {
    const mo = MONTHS[m[2].slice(0, 4).toLowerCase()] ?? MONTHS[m[2].slice(0, 3).toLowerCase()];
    return mo ? ymd(+m[3], mo, +m[1]) : {};
  }
  // "March 2021"
  if ((m = /^([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(s))) {
    return MONTHS[m[1].slice(0, 3).toLowerCase()] && validYear(+m[2]) ? { publishedYear: +m[2] } : {};
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// Authors

/** "Last, First" -> "First Last"; "Last, Jr., First" -> "First Last Jr."; anything else unchanged. */
export function flipLastFirst(name: string): string {
  const parts = name.split(",").map((p) => p.trim()).filter(Boolean);
  if (parts.length === 2) return `${parts[1]} ${parts[0]}`;
  if (parts.length === 3) return `${parts[2]} ${parts[0]} ${parts[1]}`;
  return parts.join(" ");
}

const LAST_FIRST = /^\s*[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?\s*,\s*(?:[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.)(?:[\s.-]+[\p{Lu}][\p{L}'’-]*\.?)*\s*$/u;

/**
 * Splits an author string in any of the styles met in the data:
 *  - Zotero/BibTeX `Last, First; Last, First` (semicolons) -> "First Last" each, in order;
 *  - `Last, First and Last, First` (BibTeX) -> flipped likewise;
 *  - `First Last, First Last` / `A, B and C` (comma lists, also LessWrong user names and team names).
 * A lone `Last, First` (one comma, capitalised words) is read as one flipped name unless
 * `commaMeansList` is set (files known to use comma lists).
 */
export function parseAuthorList(value: unknown, opts: { commaMeansList?: boolean } = {}): string[] {
  if (value == null) return [];
  if (Array.isArray(value)) return cleanNames(value.flatMap((v) => (typeof v === "string" ? [v] : nameOf(v))));
  const s = tidyWhitespace(String(value)).replace(/\n/g, " ");
  if (!s) return [];
  if (s.includes(";")) return cleanNames(s.split(";").map(flipLastFirst));
  if (/\s(?:and|&)\s/i.test(s) && !/\b(?:team|research|lab|labs|group|institute|foundation|center|centre)\b/i.test(s)) {
    const byAnd = s.split(/\s+(?:and|&)\s+/i);
    if (byAnd.length > 1 && byAnd.every((p) => LAST_FIRST.test(p))) return cleanNames(byAnd.map(flipLastFirst));
    return cleanNames(s.split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/i));
  }
  if (!opts.commaMeansList && LAST_FIRST.test(s)) return cleanNames([flipLastFirst(s)]);
  return cleanNames(s.split(","));
}

function nameOf(v: unknown): string[] {
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    const n = o.displayName ?? o.name ?? o.username ?? o.fullName;
    if (typeof n === "string") return [n];
  }
  return [];
}

export function cleanNames(names: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const n of names) {
    const t = normalizeUnicode(tidyWhitespace(decodeLatexAccents(String(n)))).replace(/\s+/g, " ").replace(/^[,;\s]+|[,;\s]+$/g, "");
    if (!t) continue;
    const k = t.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

/** Splits a tag field on `;` or `,` (or takes an array), trims, drops empties, dedupes case-insensitively. */
export function parseTagList(value: unknown, separators: RegExp = /[;,]/): string[] {
  if (value == null) return [];
  const items = Array.isArray(value) ? value.map((v) => (v == null ? "" : String(v))) : String(value).split(separators);
  return cleanNames(items);
}

// ---------------------------------------------------------------------------------------------
// Posts

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
}

/** Rough word count of Markdown: code fences, link targets, images and markup ignored. */
export function countMarkdownWords(md: string): number {
  const text = md
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/https?:\/\/\S+/g, " ");
  return countWords(text);
}

/** Cuts text at a word boundary to at most `max` characters, adding an ellipsis. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + "…";
}

/** Plain-text summary: HTML stripped, LaTeX macro preamble lines (`% ...`) dropped, whitespace tidied. */
export function cleanSummary(value: unknown): string | undefined {
  if (value == null) return undefined;
  let s = normalizeUnicode(stripHtml(String(value)));
  if (/^%/m.test(s)) s = tidyWhitespace(s.replace(/^%(?:\s.*)?$/gm, ""));
  return s || undefined;
}

/** NFC, with a dotless ı + combining accent (what `\\"{\\i}` decodes to) folded into the accented i. */
export function normalizeUnicode(s: string): string {
  return s.normalize("NFC").replace(/ı([\u0300-\u036f])/g, (_m, mark: string) => ("i" + mark).normalize("NFC"));
}

export function cleanTitle(value: unknown): string {
  if (value == null) return "";
  let s = String(value);
  if (/[<&]/.test(s)) s = stripHtml(s);
  return normalizeUnicode(tidyWhitespace(decodeLatexAccents(s)).replace(/\s*\n\s*/g, " "));
}

export function kindForSource(source: PostSource, fallback: PostKind = "other"): PostKind {
  switch (source) {
    case "lesswrong":
    case "alignment_forum":
      return "forum_post";
    case "arxiv":
    case "journal":
    case "conference":
      return "paper";
    case "video":
      return "video";
    case "blog":
      return "blog_post";
    default:
      return fallback;
  }
}

export type PostDraft = Omit<ImportedPost, "tags" | "agendas" | "authors" | "url"> & {
  url?: string | null;
  authors?: string[];
  tags?: string[];
  agendas?: string[];
};

const DOI_IN_URL = /doi\.org\/|\/doi\/|\/(?:article|chapter|content\/pdf)\/10\./i;

/**
 * Final clean-up shared by every format: canonical URL, ids derived from the URL when not given,
 * a URL synthesised from arXiv id / DOI when missing, titles and summaries as plain text, tags and
 * authors trimmed and de-duplicated, publishedYear derived from publishedAt, no undefined keys.
 */
export function finalizePost(d: PostDraft): ImportedPost {
  const rawUrl = d.url?.trim() || undefined;
  let url = rawUrl ? canonicalizeUrl(rawUrl) ?? undefined : undefined;
  const lesswrongId = d.lesswrongId || (rawUrl ? extractLesswrongId(rawUrl) : null) || undefined;
  const arxivId = d.arxivId || (rawUrl ? extractArxivId(rawUrl) : null) || undefined;
  const doi = (d.doi && extractDoi(d.doi)) || (rawUrl && DOI_IN_URL.test(rawUrl) ? extractDoi(rawUrl) : null) || undefined;
  if (!url && arxivId) url = `https://arxiv.org/abs/${arxivId}`;
  if (!url && doi) url = `https://doi.org/${doi}`;
  const summary = d.summary ? cleanSummary(d.summary) : undefined;
  const year = d.publishedYear ?? (d.publishedAt ? Number(d.publishedAt.slice(0, 4)) : undefined);
  // Built in a fixed key order so JSON dumps read the same for every format.
  const post = { line: d.line, title: cleanTitle(d.title), authors: cleanNames(d.authors ?? []) } as ImportedPost;
  if (url) post.url = url;
  if (lesswrongId) post.lesswrongId = lesswrongId;
  if (arxivId) post.arxivId = arxivId;
  if (doi) post.doi = doi;
  post.source = d.source;
  post.kind = d.kind;
  if (d.publishedAt) post.publishedAt = d.publishedAt;
  if (year) post.publishedYear = year;
  if (summary) post.summary = summary;
  if (d.body && d.body.trim()) post.body = d.body;
  if (d.wordCount != null && Number.isFinite(d.wordCount) && d.wordCount >= 0) post.wordCount = Math.round(d.wordCount);
  post.tags = parseTagList(d.tags ?? []);
  post.agendas = cleanNames(d.agendas ?? []);
  return post;
}

/** Parses an integer field ("5385", " 12 ", "1,234"); undefined when empty or not a number. */
export function toInt(value: unknown): number | undefined {
  if (value == null || value === "") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? Math.trunc(value) : undefined;
  const n = Number(String(value).replace(/[,_\s]/g, ""));
  return Number.isFinite(n) ? Math.trunc(n) : undefined;
}

/** Interprets "True"/"true"/"1"/"yes" as true. */
export function toBool(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  return /^(?:true|1|yes|y|t)$/i.test(String(value ?? "").trim());
}

export { preview };

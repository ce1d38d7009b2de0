// A Markdown post with YAML front matter, as Jekyll and Hugo write it:
//   ---
//   layout: post
//   title: "My post"
//   date: 2021-03-04 10:00:00 +0000
//   categories: alignment interpretability      (list, or space/comma separated string)
//   tags: [rlhf, evals]
//   author: Jane Doe                            (or authors: [..])
//   description: One-line summary               (or summary:)
//   canonical_url: https://...                  (or canonicalURL / url / link, absolute only)
//   draft: false
//   ---
//   Body in Markdown.
import matter from "gray-matter";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { PostSource } from "@/lib/domain";
import { canonicalizeUrl, sourceFromUrl } from "../identity";
import { ImportParseError, type ParseOptions, type ParseResult } from "../types";
import {
  countMarkdownWords,
  emptyResult,
  finalizePost,
  kindForSource,
  parseAuthorList,
  parseDate,
  prepareText,
  toBool,
} from "../util";
import { titleFromFileName } from "./markdown-links";

type FrontMatter = Record<string, unknown>;

function first(fm: FrontMatter, keys: string[]): unknown {
  for (const k of keys) {
    const v = fm[k];
    if (v != null && v !== "") return v;
  }
  return undefined;
}

/** Jekyll/Hugo term lists: a YAML list, or a string split on commas (if any) else on whitespace. */
export function termList(value: unknown): string[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => (v == null ? [] : [String(v)]));
  const s = String(value).trim();
  if (!s) return [];
  return s.includes(",") ? s.split(",") : s.split(/\s+/);
}

function authorsOf(fm: FrontMatter): string[] {
  const v = first(fm, ["authors", "author", "creator", "creators"]);
  if (v == null) return [];
  if (Array.isArray(v)) return parseAuthorList(v);
  if (typeof v === "object") return parseAuthorList([v]);
  return parseAuthorList(String(v));
}

function readFrontMatter(input: string, label: string): { data: FrontMatter; content: string } {
  if (/^\+\+\+\s*$/m.test(input.split(/\r?\n/, 1)[0] ?? "")) {
    throw new ImportParseError(`${label}: TOML front matter (+++) is not supported; convert it to YAML between --- lines`, 1);
  }
  const lines = input.split(/\r?\n/);
  if (!/^---\s*$/.test(lines[0] ?? "")) return { data: {}, content: input };
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
  if (close === -1) {
    throw new ImportParseError(`${label}: the front matter opened on line 1 is never closed by a "---" line`, 1, "front matter");
  }
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(input, {
      engines: { yaml: (s: string) => (parseYaml(s, { uniqueKeys: false }) ?? {}) as object },
    });
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const line = (e.linePos?.[0]?.line ?? 0) + 1;
      throw new ImportParseError(`${label}: YAML front matter error at line ${line}: ${e.message.split("\n")[0].replace(/\s*at line \d+, column \d+:?\s*$/, "")}`, line, "front matter");
    }
    throw new ImportParseError(`${label}: unreadable front matter: ${(e as Error).message}`, 1, "front matter");
  }
  if (file.data == null || typeof file.data !== "object" || Array.isArray(file.data)) {
    throw new ImportParseError(`${label}: front matter must be a YAML mapping (key: value lines)`, 2, "front matter");
  }
  return { data: file.data as FrontMatter, content: file.content };
}

/** One post from one Markdown file. A draft (draft: true / published: false) gives no post and one skipped entry. */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const label = options.fileName ?? "Markdown post";
  const input = prepareText(text, label);
  const { data: fm, content } = readFrontMatter(input, label);
  const result = emptyResult("markdown-post");
  const body = content.replace(/^\s*\n/, "").trimEnd();

  const h1 = /^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
  const title = String(first(fm, ["title", "name"]) ?? "").trim() || h1 || titleFromFileName(options.fileName) || "";
  if (!title) {
    result.skipped.push({ line: 1, field: "title", message: "post without a title (no title in front matter, no # heading, no file name)" });
    return result;
  }
  if (toBool(fm.draft) || fm.published === false || String(fm.published).toLowerCase() === "false") {
    result.skipped.push({ line: 1, field: "draft", message: `draft post "${title}"` });
    return result;
  }
  const fileDate = /(?:^|[\\/])(\d{4}-\d{2}-\d{2})-[^\\/]*$/.exec(options.fileName ?? "")?.[1];
  const date = parseDate(first(fm, ["date", "pubDate", "publishDate", "published", "created"]) ?? fileDate);
  const rawUrl = first(fm, ["canonical_url", "canonicalURL", "canonicalUrl", "canonical", "url", "link", "permalink", "external_url"]);
  const url = typeof rawUrl === "string" && canonicalizeUrl(rawUrl) ? rawUrl : undefined;
  let source: PostSource = url ? sourceFromUrl(url) : "blog";
  if (source === "other") source = "blog";
  const tags = [...termList(fm.tags), ...termList(fm.categories), ...termList(fm.category), ...termList(fm.keywords)];
  const summary = first(fm, ["description", "summary", "excerpt", "abstract", "subtitle"]);
  result.posts.push(
    finalizePost({
      line: 1,
      title,
      authors: authorsOf(fm),
      url,
      source,
      kind: kindForSource(source, "blog_post"),
      publishedAt: date.publishedAt,
      publishedYear: date.publishedYear,
      summary: summary == null ? undefined : String(summary),
      body: body || undefined,
      wordCount: body ? countMarkdownWords(body) : undefined,
      tags,
    }),
  );
  return result;
}

/**
 * Parses a folder of Markdown posts. A file that fails to parse does not stop the others: it is
 * reported in `skipped` (message prefixed with the file name). Non-Markdown files are skipped.
 */
export function parseMany(files: { name: string; text: string }[]): ParseResult {
  const result = emptyResult("markdown-post");
  for (const f of files) {
    if (!/\.(?:md|markdown|mdown|mkd|mdx)$/i.test(f.name)) {
      result.skipped.push({ message: `${f.name}: not a Markdown file` });
      continue;
    }
    try {
      const r = parse(f.text, { fileName: f.name });
      result.posts.push(...r.posts);
      for (const s of r.skipped) result.skipped.push({ ...s, message: `${f.name}: ${s.message}` });
    } catch (e) {
      if (!(e instanceof ImportParseError)) throw e;
      result.skipped.push({
        ...(e.line != null ? { line: e.line } : {}),
        ...(e.field ? { field: e.field } : {}),
        message: e.message.startsWith(f.name) ? e.message : `${f.name}: ${e.message}`,
      });
    }
  }
  return result;
}

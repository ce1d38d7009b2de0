// Plain list of URLs, one per line. Blank lines and lines starting with # are ignored. A line may
// carry a title after the URL ("https://... Some title"), and may be a "- " bullet.
import { canonicalizeUrl, extractArxivId, lesswrongSlug, sourceFromUrl, titleFromSlug } from "../identity";
import { ImportParseError, type ParseOptions, type ParseResult } from "../types";
import { emptyResult, finalizePost, kindForSource, prepareText, preview } from "../util";

/** Title used when the line gives none: "arXiv:ID" for arXiv, the slug in words for LW/AF, else the URL. */
export function titleForUrl(url: string): string {
  const arxiv = extractArxivId(url);
  if (arxiv) return `arXiv:${arxiv}`;
  const slug = lesswrongSlug(url);
  if (slug) return titleFromSlug(slug);
  return canonicalizeUrl(url) ?? url.trim();
}

/** Splits "URL [separator] title" into its parts; null when the line does not start with a URL. */
export function splitUrlLine(line: string): { url: string; canonical: string; title?: string } | null {
  const t = line.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, "");
  const m = /^(<[^>\s]+>|\S+)(?:\s+(.*))?$/.exec(t);
  if (!m) return null;
  const url = m[1].replace(/^<|>$/g, "");
  const canonical = canonicalizeUrl(url);
  if (!canonical) return null;
  const title = m[2]?.replace(/^[-–—|:#]+\s*/, "").trim();
  return { url, canonical, ...(title ? { title } : {}) };
}

export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const label = options.fileName ?? "URL list";
  const input = prepareText(text, label);
  const result = emptyResult("url-list");
  const lines = input.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    if (!t || t.startsWith("#")) return;
    const parsed = splitUrlLine(t);
    if (!parsed) {
      result.skipped.push({ line, message: `not a URL: ${preview(t)}` });
      return;
    }
    const source = extractArxivId(parsed.url) ? "arxiv" : sourceFromUrl(parsed.canonical);
    result.posts.push(
      finalizePost({
        line,
        title: parsed.title ?? titleForUrl(parsed.url),
        authors: [],
        url: parsed.url,
        source,
        kind: kindForSource(source, "other"),
      }),
    );
  });
  if (!result.posts.length) {
    const first = result.skipped[0];
    throw new ImportParseError(
      `${label}: no URLs found${first ? `; line ${first.line} is ${first.message}` : " (only blank lines and # comments)"}`,
      first?.line ?? 1,
    );
  }
  // A text file that is mostly something else (junk, prose, a log) is not a URL list, even if a
  // line or two happens to parse as a URL: refuse it instead of importing the stray lines.
  const lines_ = result.posts.length + result.skipped.length;
  if (result.skipped.length >= 20 && result.posts.length * 4 < lines_) {
    const first = result.skipped[0];
    throw new ImportParseError(
      `${label}: not a list of URLs: ${result.skipped.length} of ${lines_} lines are not URLs; line ${first.line} is ${first.message}`,
      first.line,
    );
  }
  return result;
}

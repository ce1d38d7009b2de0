// A Markdown reading list:
//   # List title
//   Optional description paragraph.
//   ## Section
//   - [Title](https://...) — optional note
// Every "- [Title](url)" item becomes a post; when the file has ## headings it also becomes one
// ImportedList (one section per heading) titled from the # H1 or the file name.
import { canonicalizeUrl, extractArxivId, extractLesswrongId, sourceFromUrl, tidyWhitespace } from "../identity";
import { ImportParseError, type ImportedList, type ImportedListPostRef, type ParseOptions, type ParseResult } from "../types";
import { emptyResult, finalizePost, kindForSource, prepareText, preview } from "../util";
import { splitUrlLine, titleForUrl } from "./url-list";

const LIST_ITEM = /^\s{0,12}(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Finds the first inline link [text](url "title") in a line, brackets and parentheses balanced. */
export function findMarkdownLink(s: string): { text: string; url: string; start: number; end: number } | null {
  for (let start = s.indexOf("["); start !== -1; start = s.indexOf("[", start + 1)) {
    if (start > 0 && s[start - 1] === "\\") continue;
    if (start > 0 && s[start - 1] === "!") continue; // image
    let depth = 0;
    let i = start;
    for (; i < s.length; i++) {
      const c = s[i];
      if (c === "\\") {
        i++;
        continue;
      }
      if (c === "[") depth++;
      else if (c === "]" && --depth === 0) break;
    }
    if (i >= s.length || s[i + 1] !== "(") continue;
    const textEnd = i;
    let j = i + 2;
    let pd = 1;
    for (; j < s.length; j++) {
      const c = s[j];
      if (c === "\\") {
        j++;
        continue;
      }
      if (c === "(") pd++;
      else if (c === ")" && --pd === 0) break;
    }
    if (j >= s.length) continue;
    const target = s.slice(i + 2, j).trim();
    const urlPart = target.startsWith("<") ? target.slice(1, target.indexOf(">") === -1 ? undefined : target.indexOf(">")) : target.split(/\s+/)[0];
    return { text: s.slice(start + 1, textEnd), url: urlPart, start, end: j + 1 };
  }
  return null;
}

function plainInline(md: string): string {
  return tidyWhitespace(
    md
      .replace(/`([^`]*)`/g, "$1")
      .replace(/(\*\*|__)(.*?)\1/g, "$2")
      .replace(/(^|[^\w*])[*_]([^*_]+)[*_](?=[^\w*]|$)/g, "$1$2")
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1"),
  ).replace(/\n/g, " ");
}

export function titleFromFileName(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]+$/, "").replace(/^\d{4}-\d{2}-\d{2}-/, "");
  const words = stem.replace(/[-_]+/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : undefined;
}

export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const label = options.fileName ?? "Markdown link list";
  const input = prepareText(text, label);
  const result = emptyResult("markdown-links");
  let h1: string | undefined;
  const description: string[] = [];
  let sawHeading = false;
  let sawItem = false;
  const sections: { title: string | null; postRefs: ImportedListPostRef[] }[] = [{ title: null, postRefs: [] }];
  let inFence = false;

  input.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (/^\s{0,3}(```|~~~)/.test(raw)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const heading = HEADING.exec(raw);
    if (heading) {
      const title = plainInline(heading[2]);
      if (heading[1].length === 1 && h1 === undefined && !sawItem && !sawHeading) h1 = title;
      else {
        sawHeading = true;
        sections.push({ title, postRefs: [] });
      }
      return;
    }
    const item = LIST_ITEM.exec(raw);
    if (!item) {
      if (!sawItem && !sawHeading && raw.trim()) description.push(raw.trim());
      return;
    }
    const content = item[1];
    const link = findMarkdownLink(content);
    let url: string | undefined;
    let title: string | undefined;
    let note: string | undefined;
    if (link) {
      url = link.url;
      title = plainInline(link.text);
      note = plainInline(content.slice(link.end).replace(/^[*_]+/, "")).replace(/^[\s\-–—:|,.]+/, "").trim() || undefined;
    } else {
      const bare = splitUrlLine(content);
      if (!bare) return; // an ordinary bullet without a link
      url = bare.url;
      title = bare.title;
    }
    sawItem = true;
    const canonical = canonicalizeUrl(url);
    if (!canonical) {
      result.skipped.push({ line, field: "url", message: `link target is not an absolute http(s) URL: ${preview(url)}` });
      return;
    }
    const source = extractArxivId(url) ? "arxiv" : sourceFromUrl(canonical);
    const post = finalizePost({
      line,
      title: title || titleForUrl(url),
      authors: [],
      url,
      source,
      kind: kindForSource(source, "other"),
      summary: note,
    });
    result.posts.push(post);
    const lesswrongId = extractLesswrongId(url) ?? undefined;
    sections[sections.length - 1].postRefs.push({
      url: post.url,
      ...(lesswrongId ? { lesswrongId } : {}),
      title: post.title,
    });
  });

  if (!result.posts.length) {
    const first = result.skipped[0];
    if (first) {
      throw new ImportParseError(`${label}: no "- [Title](https://...)" link lines found; line ${first.line}: ${first.message}`, first.line);
    }
    const lines = input.split(/\r?\n/, 10_000);
    const i = lines.findIndex((l) => l.trim() && !HEADING.test(l));
    throw new ImportParseError(
      `${label}: no "- [Title](https://...)" link lines found${i === -1 ? "" : `; line ${i + 1} is ${preview(lines[i], 40)}`}`,
      i === -1 ? undefined : i + 1,
    );
  }
  if (sawHeading) {
    const listTitle = h1 ?? titleFromFileName(options.fileName) ?? "Imported reading list";
    const list: ImportedList = {
      title: listTitle,
      ...(description.length ? { description: plainInline(description.join(" ")) } : {}),
      sections: sections
        .filter((s) => s.postRefs.length)
        .map((s) => ({ title: s.title ?? listTitle, postRefs: s.postRefs })),
    };
    result.lists.push(list);
  }
  return result;
}

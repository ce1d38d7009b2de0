// LessWrong / Alignment Forum GraphQL responses:
//   { data: { post: { result: Post } } }                 one post
//   { data: { posts: { results: Post[] } } }             a list
//   { data: { sequence: { result: Sequence } } }         a sequence: chapters[].posts[]
//   { data: { sequences: { results: Sequence[] } } }
// GraphQL aliases (data.anyName.result(s)), a bare array of posts and { result(s) } are accepted too.
import { canonicalizeUrl, extractLesswrongId, stripHtml } from "../identity";
import { ImportParseError, type ImportedList, type ImportedPost, type ParseOptions, type ParseResult } from "../types";
import {
  cleanTitle,
  countMarkdownWords,
  countWords,
  emptyResult,
  finalizePost,
  lineAt,
  columnAt,
  parseAuthorList,
  parseDate,
  prepareText,
  toInt,
  truncateText,
} from "../util";

type Json = Record<string, unknown>;

const SUMMARY_MAX = 2000;

function isObj(v: unknown): v is Json {
  return v != null && typeof v === "object" && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() ? v : undefined;
}

function parseJson(input: string, label: string): unknown {
  try {
    return JSON.parse(input);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const end = input.trimEnd().length;
    const atEnd = /end of (?:JSON )?input|Unterminated string/i.test(msg) || (pos != null && Number(pos[1]) >= end);
    let line: number;
    let col: number;
    if (atEnd) {
      line = lineAt(input, end);
      col = columnAt(input, end);
    } else if (lc) {
      line = Number(lc[1]);
      col = Number(lc[2]);
    } else if (pos) {
      line = lineAt(input, Number(pos[1]));
      col = columnAt(input, Number(pos[1]));
    } else {
      line = lineAt(input, end);
      col = columnAt(input, end);
    }
    const truncated = atEnd ? " (the file looks truncated)" : "";
    throw new ImportParseError(`${label}: invalid JSON at line ${line}, column ${col}${truncated}: ${msg}`, line);
  }
}

type Found = { posts: Json[]; sequences: Json[] };

function looksLikePost(v: unknown): v is Json {
  return isObj(v) && (typeof v._id === "string" || typeof v.pageUrl === "string" || typeof v.slug === "string") && !Array.isArray(v.chapters);
}

function looksLikeSequence(v: unknown): v is Json {
  return isObj(v) && (Array.isArray(v.chapters) || (Array.isArray(v.posts) && typeof v.title === "string" && !("pageUrl" in v)));
}

function collect(value: unknown, into: Found, path: string, label: string): void {
  const take = (item: unknown, where: string) => {
    if (looksLikeSequence(item)) into.sequences.push(item);
    else if (looksLikePost(item)) into.posts.push(item);
    else if (item != null) {
      throw new ImportParseError(`${label}: field ${where} is neither a post (with _id/pageUrl) nor a sequence (with chapters)`, undefined, where);
    }
  };
  if (Array.isArray(value)) {
    value.forEach((item, i) => take(item, `${path}[${i}]`));
    return;
  }
  if (!isObj(value)) return;
  if ("result" in value || "results" in value) {
    if (Array.isArray(value.results)) value.results.forEach((item, i) => take(item, `${path}.results[${i}]`));
    if (value.result != null) take(value.result, `${path}.result`);
    return;
  }
  take(value, path);
}

/** Finds the posts and sequences in a GraphQL response (or a bare list / object). */
function findContent(json: unknown, label: string): Found {
  const found: Found = { posts: [], sequences: [] };
  if (isObj(json) && Array.isArray(json.errors) && json.errors.length && !isObj(json.data)) {
    const first = json.errors[0] as Json;
    throw new ImportParseError(`${label}: the GraphQL response has errors[0]: ${String(first?.message ?? JSON.stringify(first))}`, undefined, "errors");
  }
  if (isObj(json) && "data" in json) {
    if (!isObj(json.data)) throw new ImportParseError(`${label}: field "data" is ${json.data === null ? "null" : typeof json.data}, expected an object`, undefined, "data");
    for (const [key, value] of Object.entries(json.data)) {
      if (value == null) continue;
      collect(value, found, `data.${key}`, label);
    }
  } else if (Array.isArray(json) || (isObj(json) && ("result" in json || "results" in json))) {
    collect(json, found, "$", label);
  } else if (looksLikePost(json) || looksLikeSequence(json)) {
    collect(json, found, "$", label);
  } else {
    throw new ImportParseError(
      `${label}: not a LessWrong/Alignment Forum GraphQL response: expected data.post.result, data.posts.results, data.sequence.result or data.sequences.results`,
      undefined,
      "data",
    );
  }
  return found;
}

/** Line of the first `"_id": "<id>"` of every id in the file (one pass). */
function indexIdLines(input: string): Map<string, number> {
  const lines = new Map<string, number>();
  const re = /"_id"\s*:\s*"([^"\\]*)"/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    for (let i = input.indexOf("\n", last); i !== -1 && i < m.index; i = input.indexOf("\n", i + 1)) line++;
    last = m.index;
    if (!lines.has(m[1])) lines.set(m[1], line);
  }
  return lines;
}

function postAuthors(p: Json): string[] {
  const names: unknown[] = [];
  const user = p.user;
  if (isObj(user)) names.push(str(user.displayName) ?? str(user.username) ?? str(user.slug) ?? "");
  else if (typeof p.author === "string") names.push(...parseAuthorList(p.author));
  else if (isObj(p.author)) names.push(str(p.author.displayName) ?? str(p.author.username) ?? "");
  else if (typeof p.authorDisplayName === "string") names.push(p.authorDisplayName);
  const co = Array.isArray(p.coauthors) ? p.coauthors : Array.isArray(p.coauthorStatuses) ? p.coauthorStatuses : [];
  for (const c of co) {
    if (typeof c === "string") names.push(c);
    else if (isObj(c)) {
      const u = isObj(c.user) ? c.user : c;
      names.push(str(u.displayName) ?? str(u.username) ?? str(u.slug) ?? "");
    }
  }
  return names.filter((n): n is string => typeof n === "string");
}

function postTags(p: Json): string[] {
  const out: string[] = [];
  for (const list of [p.tags, p.tagRels]) {
    if (!Array.isArray(list)) continue;
    for (const t of list) {
      if (typeof t === "string") out.push(t);
      else if (isObj(t)) {
        const tag = isObj(t.tag) ? t.tag : t;
        const name = str(tag.name) ?? str(tag.displayName);
        if (name) out.push(name);
      }
    }
  }
  return out;
}

type PostOut = { post?: ImportedPost; skip?: { line: number; field?: string; message: string }; ref?: { url?: string; lesswrongId?: string; title?: string } };

function convertPost(p: Json, line: number): PostOut {
  const id = str(p._id);
  const title = cleanTitle(p.title);
  const pageUrl = str(p.pageUrl) ?? str(p.linkUrl);
  const af = p.af === true || (pageUrl ? /alignmentforum\.org/.test(pageUrl) : false);
  const slug = str(p.slug);
  const fallbackPage =
    pageUrl ?? (id ? `https://www.${af ? "alignmentforum.org" : "lesswrong.com"}/posts/${id}${slug ? `/${slug}` : ""}` : undefined);
  const external = str(p.url);
  const url = external ?? fallbackPage;
  const lesswrongId = id ?? (pageUrl ? extractLesswrongId(pageUrl) ?? undefined : undefined);
  const ref = { url: canonicalizeUrl(fallbackPage ?? url) ?? undefined, lesswrongId, title: title || undefined };
  if (p.isEvent === true || (pageUrl && /\/events\//.test(pageUrl))) {
    return { skip: { line, field: "isEvent", message: `event, not a post: "${title || id}"` }, ref };
  }
  if (!title) return { skip: { line, field: "title", message: `post ${id ?? "(no _id)"} has no title` }, ref };
  if (p.draft === true) return { skip: { line, field: "draft", message: `draft post "${title}"` }, ref };

  const contents = isObj(p.contents) ? p.contents : {};
  const markdown = str(contents.markdown) ?? str(p.markdown);
  const html = str(contents.html) ?? str(p.htmlBody) ?? str(p.html);
  const plainDescription = str(contents.plaintextDescription) ?? str(p.plaintextDescription) ?? str(p.plaintextExcerpt);
  const highlight = isObj(p.customHighlight) ? str(p.customHighlight.html) : undefined;
  let summary: string | undefined;
  if (highlight) summary = stripHtml(highlight);
  else if (plainDescription) summary = plainDescription;
  else if (html) summary = stripHtml(html);
  else if (markdown) summary = markdown.replace(/[#*_`>]+/g, " ");
  if (summary) summary = truncateText(stripHtml(summary), SUMMARY_MAX);

  const wordCount =
    toInt(contents.wordCount) ??
    toInt(p.wordCount) ??
    (markdown ? countMarkdownWords(markdown) : html ? countWords(stripHtml(html)) : undefined);
  const date = parseDate(str(p.postedAt) ?? str(p.createdAt));
  const post = finalizePost({
    line,
    title,
    authors: postAuthors(p),
    url,
    lesswrongId,
    source: af ? "alignment_forum" : "lesswrong",
    kind: "forum_post",
    publishedAt: date.publishedAt,
    publishedYear: date.publishedYear,
    summary,
    body: markdown,
    wordCount,
    tags: postTags(p),
  });
  return { post, ref };
}

function chapterPosts(ch: Json): Json[] {
  return Array.isArray(ch.posts) ? ch.posts.filter(isObj) : [];
}

export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const label = options.fileName ?? "LessWrong JSON";
  const input = prepareText(text, label);
  const json = parseJson(input, label);
  const { posts, sequences } = findContent(json, label);
  const result = emptyResult("lesswrong-json");
  const byId = new Map<string, ImportedPost>();
  const skippedIds = new Set<string>();
  const idLines = indexIdLines(input);

  const addPost = (p: Json) => {
    const id = str(p._id);
    const line = (id && idLines.get(id)) || 1;
    const out = convertPost(p, line);
    if (id && (byId.has(id) || skippedIds.has(id))) return out; // the same post listed twice (e.g. in two chapters)
    if (out.post) {
      result.posts.push(out.post);
      if (id) byId.set(id, out.post);
    } else if (out.skip) {
      result.skipped.push(out.skip);
      if (id) skippedIds.add(id);
    }
    return out;
  };

  for (const p of posts) addPost(p);
  for (const seq of sequences) {
    const seqTitle = cleanTitle(seq.title) || "Untitled sequence";
    const contents = isObj(seq.contents) ? seq.contents : {};
    const description =
      str(contents.plaintextDescription) ?? (str(contents.html) ? stripHtml(str(contents.html)) : undefined) ?? str(contents.markdown) ?? str(seq.description);
    const chapters: Json[] = Array.isArray(seq.chapters)
      ? seq.chapters.filter(isObj)
      : Array.isArray(seq.posts)
        ? [{ title: seqTitle, posts: seq.posts }]
        : [];
    const list: ImportedList = {
      title: seqTitle,
      ...(description ? { description: truncateText(description, SUMMARY_MAX) } : {}),
      sections: [],
    };
    chapters.forEach((ch, i) => {
      const number = toInt(ch.number);
      const title =
        cleanTitle(ch.title) ||
        cleanTitle(ch.subtitle) ||
        (chapters.length === 1 ? seqTitle : `Chapter ${number ?? i + 1}`);
      const refs = chapterPosts(ch).map((p) => {
        const out = addPost(p);
        return out.ref ?? {};
      });
      list.sections.push({
        title,
        postRefs: refs.map((r) => ({
          ...(r.url ? { url: r.url } : {}),
          ...(r.lesswrongId ? { lesswrongId: r.lesswrongId } : {}),
          ...(r.title ? { title: r.title } : {}),
        })),
      });
    });
    result.lists.push(list);
  }
  if (!result.posts.length && !result.lists.length && !result.skipped.length) {
    throw new ImportParseError(`${label}: the response contains no posts or sequences (data.posts.results is empty?)`, undefined, "data");
  }
  return result;
}

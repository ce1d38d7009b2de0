// Markdown -> safe HTML for user-written text (reviews, replies, bios, imported posts).
//
// Pipeline (a fresh processor per call; results are cached by content, see renderMarkdown):
//
//   guard the source: truncate, cap container nesting per line, split into top-level chunks
//   -> each chunk: remark-parse + remark-gfm + remark-math, or plain paragraphs if the
//      chunk is too dense for micromark (its worst cases are quadratic)
//   -> merged mdast: raw HTML becomes literal text (comments dropped), depth checked
//   -> remark-rehype (no allowDangerousHtml: raw HTML never becomes elements)
//   -> rehype-slug (heading ids)
//   -> rehype-sanitize (GitHub schema, protocols narrowed, math classes allowed, ids prefixed)
//   -> post-sanitize pass (URL allow-lists, rel on external links, prefixed in-page
//      anchors, math budget, table of contents)
//   -> rehype-katex (trust off)  <- AFTER sanitize, so only KaTeX's own markup is added
//   -> rehype-stringify

import { createHash } from "node:crypto";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkRehype from "remark-rehype";
import rehypeSlug from "rehype-slug";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeKatex from "rehype-katex";
import rehypeStringify from "rehype-stringify";
import type { Schema } from "hast-util-sanitize";
import type { Element, Root as HastRoot, RootContent as HastRootContent } from "hast";
import type { PhrasingContent, Root as MdastRoot, RootContent as MdastRootContent } from "mdast";

export const MARKDOWN_LIMITS = {
  /** Input beyond this many UTF-16 code units is cut off and a note is appended. */
  maxInputChars: 200_000,
  /** More lines than this: the whole document is shown as plain text. */
  maxLines: 50_000,
  /** Container markers (`>`, list bullets, `[^x]:`) honoured at the start of one line. */
  maxMarkersPerLine: 10,
  /** Leading indentation (columns) kept in front of container markers outside code. */
  maxIndentColumns: 64,
  /** Top-level chunks are cut (at blank-line boundaries) once they reach this size. */
  chunkTargetChars: 4_000,
  /** Per chunk: markers * (lines + markers) above this renders the chunk as plain text. */
  maxChunkContainerCost: 30_000_000,
  /** Per chunk: markup characters (outside code fences) allowed: base + ratio * length. */
  chunkMarkupBase: 500,
  chunkMarkupRatio: 0.3,
  /** Per paragraph / heading / table cell: `*`, `_`, `[`, `]`, `~` allowed (micromark is quadratic in them). */
  maxInlineDelimiters: 400,
  /** mdast depth beyond which the whole document is rendered as plain text. */
  maxTreeDepth: 150,
  /** Math expressions rendered with KaTeX; further ones stay as TeX source in <code>. */
  maxMathExpressions: 500,
  /** Longest single TeX expression rendered with KaTeX. */
  maxMathExpressionChars: 2_000,
  /** Total TeX source rendered with KaTeX. */
  maxMathTotalChars: 20_000,
} as const;

export interface RenderMarkdownOptions {
  /** Add ids to headings (default true). */
  headingIds?: boolean;
  /**
   * Prefix for every id in the output (footnotes, headings) so several rendered documents
   * can share one page. Characters outside [A-Za-z0-9_-] are dropped and a trailing "-"
   * is added if missing. Default "user-content-".
   */
  idPrefix?: string;
}

export interface TocHeading {
  depth: number;
  text: string;
  id: string;
}

export interface RenderedMarkdown {
  html: string;
  /** h2/h3 headings in document order (the footnote section's label is excluded). */
  headings: TocHeading[];
  /** The input exceeded MARKDOWN_LIMITS.maxInputChars and was cut. */
  truncated: boolean;
  /** Some or all of the input was too complex and is shown as unformatted text. */
  degraded: boolean;
}

const DEFAULT_ID_PREFIX = "user-content-";

const KATEX_OPTIONS = Object.freeze({
  trust: false, // no \href, \url, \includegraphics, \htmlClass, \htmlId, \htmlStyle, \htmlData
  strict: "ignore",
  maxSize: 10, // em; stops \rule / \kern from covering the page
  maxExpand: 500,
  // Never pass a shared `macros` object: \gdef writes into it and would leak between renders.
} as const);

export function normalizeIdPrefix(prefix: string | undefined): string {
  if (prefix === undefined) return DEFAULT_ID_PREFIX;
  const cleaned = prefix.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 64);
  if (cleaned === "") return DEFAULT_ID_PREFIX;
  return /[-_]$/.test(cleaned) ? cleaned : `${cleaned}-`;
}

// ---------------------------------------------------------------------------------------
// Source guard and chunking (all linear in the input)

function truncateSource(md: string): { text: string; truncated: boolean } {
  const max = MARKDOWN_LIMITS.maxInputChars;
  if (md.length <= max) return { text: md, truncated: false };
  let end = max;
  const code = md.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // don't split a surrogate pair
  return { text: md.slice(0, end), truncated: true };
}

interface LinePrefix {
  /** index where the content after the container prefix starts */
  contentStart: number;
  /** end offset of each container marker, in order */
  markerEnds: number[];
  /** whitespace columns inside the prefix */
  indentColumns: number;
}

function isBlankOrTab(ch: string | undefined): boolean {
  return ch === undefined || ch === " " || ch === "\t";
}

function scanPrefix(line: string): LinePrefix {
  const markerEnds: number[] = [];
  const n = line.length;
  let pos = 0;
  let cols = 0;
  let contentStart = 0;
  for (;;) {
    while (pos < n && (line[pos] === " " || line[pos] === "\t")) {
      cols += line[pos] === "\t" ? 4 : 1;
      pos++;
    }
    contentStart = pos;
    if (pos >= n) break;
    const ch = line[pos];
    if (ch === ">") {
      pos++;
      markerEnds.push(pos);
      continue;
    }
    if ((ch === "-" || ch === "+" || ch === "*") && isBlankOrTab(line[pos + 1])) {
      pos++;
      markerEnds.push(pos);
      continue;
    }
    if (ch >= "0" && ch <= "9") {
      let p = pos;
      while (p < n && p - pos < 9 && line[p] >= "0" && line[p] <= "9") p++;
      if ((line[p] === "." || line[p] === ")") && isBlankOrTab(line[p + 1])) {
        pos = p + 1;
        markerEnds.push(pos);
        continue;
      }
      break;
    }
    if (ch === "[" && line[pos + 1] === "^") {
      const close = line.indexOf("]", pos + 2);
      if (close > pos + 2 && close - pos < 1000 && line[close + 1] === ":" && !/\s/.test(line.slice(pos + 2, close))) {
        pos = close + 2;
        markerEnds.push(pos);
        continue;
      }
    }
    break;
  }
  return { contentStart, markerEnds, indentColumns: cols };
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Same as micromark's normalizeIdentifier. */
function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, " ").trim().toLowerCase().toUpperCase();
}

const MARKUP_CHARS = new Set(["*", "_", "[", "]", "~", "`", "\\", "<", "&", "$", "|", "@", "^", "!"]);
const EMPHASIS_AND_LABEL_CHARS = new Set(["*", "_", "[", "]", "~"]);
// Code spans / inline math with equal-length, unescaped fences. Only used for the density
// estimate; the quadratic delimiters are counted exactly per paragraph (inlineTooDense).
const CODE_OR_MATH_SPAN_RE = /(?<![\\`$])(`+|\$+)(?![`$])[^`$]*?(?<![`$\\])\1(?![`$])/g;
const DEFINITION_RE = /^ {0,3}\[((?:[^[\]\\]|\\.){1,999})\]:[ \t]*\S/;
const FOOTNOTE_DEF_RE = /^ {0,3}\[\^([^\]\s]{1,999})\]:/;

interface Chunk {
  text: string;
  plain: boolean;
  /** more emphasis/label delimiters than one paragraph may hold: check paragraph by paragraph */
  checkInline: boolean;
}

interface ChunkPlan {
  chunks: Chunk[];
  /** normalized label -> the definition line (for link references across chunks) */
  definitions: Map<string, string>;
  /** normalized footnote labels defined anywhere */
  footnotes: Map<string, string>;
}

function planChunks(source: string): ChunkPlan {
  const lines = source.split("\n");
  const definitions = new Map<string, string>();
  const footnotes = new Map<string, string>();
  const chunks: Chunk[] = [];

  let fence: { char: string; len: number } | null = null;
  let chunkLines: string[] = [];
  let chunkChars = 0;
  let chunkMarkers = 0;
  let chunkMarkup = 0;
  let chunkDelims = 0;
  let prevBlank = true;

  const flush = () => {
    if (chunkLines.length === 0) return;
    const containerCost = chunkMarkers * (chunkLines.length + chunkMarkers);
    const markupBudget = MARKDOWN_LIMITS.chunkMarkupBase + MARKDOWN_LIMITS.chunkMarkupRatio * chunkChars;
    chunks.push({
      text: chunkLines.join("\n"),
      plain: containerCost > MARKDOWN_LIMITS.maxChunkContainerCost || chunkMarkup > markupBudget,
      checkInline: chunkDelims > MARKDOWN_LIMITS.maxInlineDelimiters,
    });
    chunkLines = [];
    chunkChars = 0;
    chunkMarkers = 0;
    chunkMarkup = 0;
    chunkDelims = 0;
  };

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    let prefix = scanPrefix(line);

    if (prefix.markerEnds.length > MARKDOWN_LIMITS.maxMarkersPerLine) {
      const keepEnd = prefix.markerEnds[MARKDOWN_LIMITS.maxMarkersPerLine - 1];
      line = line.slice(0, keepEnd) + " " + line.slice(prefix.contentStart);
      prefix = scanPrefix(line);
    }
    if (!fence && prefix.markerEnds.length > 0 && prefix.indentColumns > MARKDOWN_LIMITS.maxIndentColumns) {
      // Absurd indentation in front of container markers: flatten the prefix.
      const markers = prefix.markerEnds.map((end, k) => line.slice(k === 0 ? 0 : prefix.markerEnds[k - 1], end).trim());
      line = " ".repeat(MARKDOWN_LIMITS.maxIndentColumns) + markers.join(" ") + " " + line.slice(prefix.contentStart);
      prefix = scanPrefix(line);
    }

    const blank = line.trim() === "";
    // A chunk may end before a line that starts a new top-level block: previous line
    // blank, this one unindented, not inside a fence.
    if (!fence && prevBlank && !blank && !/^[ \t]/.test(line) && chunkChars >= MARKDOWN_LIMITS.chunkTargetChars) {
      flush();
    }

    chunkLines.push(line);
    chunkChars += line.length + 1;
    chunkMarkers += prefix.markerEnds.length;
    prevBlank = blank;

    const content = line.slice(prefix.contentStart);
    // Raw count over everything, code included: only a cheap upper bound (see checkInline).
    for (let k = 0; k < content.length; k++) if (EMPHASIS_AND_LABEL_CHARS.has(content[k])) chunkDelims++;
    if (fence) {
      const close = /^(`{3,}|~{3,}|\${2,})[ \t]*$/.exec(content);
      if (close && close[1][0] === fence.char && close[1].length >= fence.len) fence = null;
      continue;
    }
    const open = /^(`{3,}|~{3,}|\${2,})(.*)$/.exec(content);
    if (open) {
      const ch = open[1][0];
      if (!((ch === "`" || ch === "$") && open[2].includes(ch))) {
        fence = { char: ch, len: open[1].length };
        continue;
      }
    }
    // Density estimate (linear cost only; fence tracking here is approximate). Code spans and inline math are tokenized cheaply: count each as one markup char.
    const counted = content.includes("`") || content.includes("$") ? content.replace(CODE_OR_MATH_SPAN_RE, "$") : content;
    for (let k = 0; k < counted.length; k++) if (MARKUP_CHARS.has(counted[k])) chunkMarkup++;

    const fn = FOOTNOTE_DEF_RE.exec(line);
    if (fn) {
      const id = normalizeLabel(fn[1]);
      if (!footnotes.has(id)) footnotes.set(id, fn[1]);
    } else if (prefix.markerEnds.length === 0) {
      const def = DEFINITION_RE.exec(line);
      if (def) {
        const id = normalizeLabel(def[1]);
        if (id !== "" && !definitions.has(id)) definitions.set(id, line.trim());
      }
    }
  }
  flush();
  return { chunks, definitions, footnotes };
}

// ---------------------------------------------------------------------------------------
// Building the mdast

class TooDeepError extends Error {}

type Parser = { parse(text: string): MdastRoot };

function plainParagraphs(text: string): MdastRootContent[] {
  const out: MdastRootContent[] = [];
  for (const para of text.split(/\n[ \t]*\n/)) {
    const lines = para.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    if (lines.length === 0) continue;
    const children: PhrasingContent[] = [];
    lines.forEach((l, k) => {
      if (k > 0) children.push({ type: "break" });
      children.push({ type: "text", value: l });
    });
    out.push({ type: "paragraph", children });
  }
  return out;
}

/**
 * Does any paragraph, heading or table cell hold more emphasis/label delimiters than
 * micromark handles in reasonable time? The block structure comes from a parse of a copy in
 * which those delimiters are replaced by letters (same length, so offsets line up, and
 * linear to parse). The replacement can only merge paragraphs or turn code into paragraphs,
 * never the reverse, so the per-paragraph counts are upper bounds.
 */
function inlineTooDense(parser: Parser, chunk: string): boolean {
  const neutral = chunk
    .split("\n")
    .map((line) => {
      const { contentStart } = scanPrefix(line);
      const content = line.slice(contentStart);
      if (/^~{3,}/.test(content)) return line; // keep tilde fences
      return line.slice(0, contentStart) + content.replace(/[*_[\]~]/g, "x");
    })
    .join("\n");
  const tree = parser.parse(neutral);
  const stack: MdastNodeLike[] = [...(tree.children as unknown as MdastNodeLike[])];
  while (stack.length > 0) {
    const node = stack.pop()! as MdastNodeLike & { position?: { start: { offset?: number }; end: { offset?: number } } };
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? chunk.length;
      let count = 0;
      for (let k = start; k < end; k++) if (EMPHASIS_AND_LABEL_CHARS.has(chunk[k])) count++;
      if (count > MARKDOWN_LIMITS.maxInlineDelimiters) return true;
      continue;
    }
    if (node.children) for (const child of node.children) stack.push(child);
  }
  return false;
}

/**
 * Parse one chunk. References to definitions in other chunks are made resolvable by
 * appending the needed definitions (and stub footnote definitions) after the chunk;
 * nodes coming from that suffix are dropped again by source offset.
 */
function parseChunk(parser: Parser, chunk: string, plan: ChunkPlan, single: boolean): MdastRootContent[] {
  let suffix = "";
  if (!single && (plan.definitions.size > 0 || plan.footnotes.size > 0) && chunk.includes("[")) {
    const needed = new Set<string>();
    const labelRe = /\[([^[\]]{1,999})\]/g;
    let m: RegExpExecArray | null;
    while ((m = labelRe.exec(chunk)) !== null) needed.add(m[1]);
    const parts: string[] = [];
    for (const raw of needed) {
      if (raw.startsWith("^")) {
        const label = plan.footnotes.get(normalizeLabel(raw.slice(1)));
        if (label !== undefined) parts.push(`[^${label}]: x`);
      } else {
        const def = plan.definitions.get(normalizeLabel(raw));
        if (def !== undefined) parts.push(def);
      }
    }
    if (parts.length > 0) suffix = "\n\n" + parts.join("\n\n") + "\n";
  }
  const limit = chunk.length;
  const tree = parser.parse(chunk + suffix);
  if (suffix === "") return tree.children;
  const kept: MdastRootContent[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    if (start >= limit) continue;
    if (end > limit) return parser.parse(chunk).children; // the suffix got swallowed; redo without it
    kept.push(node);
  }
  return kept;
}

type MdastNodeLike = { type: string; children?: MdastNodeLike[]; value?: string };
const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/** Raw HTML -> literal text (comments dropped, like GitHub); throws TooDeepError. Iterative. */
function neutralizeHtmlAndCheckDepth(tree: MdastRoot): void {
  const stack: { node: MdastNodeLike; depth: number }[] = [{ node: tree as unknown as MdastNodeLike, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MARKDOWN_LIMITS.maxTreeDepth) throw new TooDeepError("markdown nested too deeply");
    const children = node.children;
    if (!children) continue;
    const flow = FLOW_PARENTS.has(node.type);
    const next: MdastNodeLike[] = [];
    for (const child of children) {
      if (child.type === "html") {
        const value = child.value ?? "";
        if (/^\s*<!--[\s\S]*?-->\s*$/.test(value)) continue;
        const text = { type: "text", value };
        next.push(flow ? { type: "paragraph", children: [text] } : text);
        continue;
      }
      next.push(child);
      stack.push({ node: child, depth: depth + 1 });
    }
    node.children = next;
  }
}

// ---------------------------------------------------------------------------------------
// Plain fallback for the whole document

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;",
  );
}

const TRUNCATED_NOTE = `Content truncated: only the first ${MARKDOWN_LIMITS.maxInputChars.toLocaleString("en-US")} characters are shown.`;
const DEGRADED_NOTE = "Some of this text is shown without formatting because it is too complex to render.";

function renderPlain(source: string, truncated: boolean): RenderedMarkdown {
  let html = `<p class="md-notice md-degraded"><em>${escapeHtml(DEGRADED_NOTE)}</em></p>`;
  for (const para of source.split(/\n[ \t]*\n/)) {
    const lines = para.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    if (lines.length > 0) html += `\n<p>${lines.map(escapeHtml).join("<br>\n")}</p>`;
  }
  if (truncated) html += `\n<p class="md-notice md-truncated"><em>${escapeHtml(TRUNCATED_NOTE)}</em></p>`;
  return { html, headings: [], truncated, degraded: true };
}

// ---------------------------------------------------------------------------------------
// hast post-processing

type HastParent = HastRoot | Element;

function classList(el: Element): string[] {
  const c: unknown = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === "string" ? c.split(/\s+/) : [];
}

function hastText(node: HastRootContent | HastRoot): string {
  let out = "";
  const stack: (HastRootContent | HastRoot)[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === "text") out += n.value;
    else if ("children" in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** Drop characters browsers ignore or strip inside URLs before judging the scheme. */
function compactUrl(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, "");
}

const SAFE_LINK_SCHEMES = new Set(["http", "https", "mailto"]);

/** How a link href is treated; null means unsafe (the href is removed). */
export function classifyHref(href: string): "anchor" | "relative" | "external" | "mailto" | null {
  const s = compactUrl(href);
  if (s === "") return null;
  if (s.startsWith("#")) return "anchor";
  const colon = s.indexOf(":");
  const firstDelim = s.search(/[/?#\\]/);
  if (colon >= 0 && (firstDelim < 0 || colon < firstDelim)) {
    const scheme = s.slice(0, colon).toLowerCase();
    if (!SAFE_LINK_SCHEMES.has(scheme)) return null;
    return scheme === "mailto" ? "mailto" : "external";
  }
  if (/^[/\\]{2}/.test(s)) return "external"; // protocol-relative
  return "relative";
}

/** Images are only loaded from absolute http(s) URLs. */
export function isSafeImageSrc(src: string): boolean {
  return /^https?:\/\/[^/\\\s]/i.test(src) && compactUrl(src) === src;
}

const EXTERNAL_REL = ["nofollow", "ugc", "noopener", "noreferrer"];

interface PostSanitizeState {
  prefix: string;
  headings: TocHeading[];
  truncated: boolean;
  degraded: boolean;
}

function noticeElement(className: string, text: string): Element {
  return {
    type: "element",
    tagName: "p",
    properties: { className: ["md-notice", className] },
    children: [{ type: "element", tagName: "em", properties: {}, children: [{ type: "text", value: text }] }],
  };
}

function rehypePostSanitize(state: PostSanitizeState) {
  return (tree: HastRoot) => {
    const ids = new Set<string>();
    const anchors: Element[] = [];
    const images: { el: Element; parent: HastParent }[] = [];
    let mathCount = 0;
    let mathChars = 0;
    let footnotes: Element | null = null;

    const stack: { node: HastRootContent; parent: HastParent; inFootnotes: boolean }[] = [];
    for (let i = tree.children.length - 1; i >= 0; i--) stack.push({ node: tree.children[i], parent: tree, inFootnotes: false });
    while (stack.length > 0) {
      const { node, parent, inFootnotes } = stack.pop()!;
      if (node.type !== "element") continue;
      const el = node;
      const props = el.properties ?? (el.properties = {});
      if (typeof props.id === "string") ids.add(props.id);
      let childInFootnotes = inFootnotes;

      switch (el.tagName) {
        case "a":
          anchors.push(el);
          break;
        case "img":
          images.push({ el, parent });
          break;
        case "section":
          if (props.dataFootnotes !== undefined) {
            childInFootnotes = true;
            if (parent === tree) footnotes = el;
          }
          break;
        case "h2":
        case "h3":
          if (!inFootnotes) {
            state.headings.push({
              depth: el.tagName === "h2" ? 2 : 3,
              text: hastText(el).replace(/\s+/g, " ").trim(),
              id: typeof props.id === "string" ? props.id : "",
            });
          }
          break;
        case "code": {
          const classes = classList(el);
          if (classes.includes("language-math") || classes.includes("math-inline") || classes.includes("math-display")) {
            const tex = hastText(el);
            mathCount++;
            mathChars += tex.length;
            if (
              mathCount > MARKDOWN_LIMITS.maxMathExpressions ||
              tex.length > MARKDOWN_LIMITS.maxMathExpressionChars ||
              mathChars > MARKDOWN_LIMITS.maxMathTotalChars
            ) {
              // Over budget: keep the TeX source visible as code; rehype-katex skips it.
              props.className = [
                ...classes.filter((c) => c !== "language-math" && c !== "math-inline" && c !== "math-display"),
                "math-unrendered",
              ];
            }
          }
          break;
        }
      }
      for (let i = el.children.length - 1; i >= 0; i--) {
        stack.push({ node: el.children[i], parent: el, inFootnotes: childInFootnotes });
      }
    }

    for (const a of anchors) {
      const props = a.properties;
      const href = typeof props.href === "string" ? props.href : undefined;
      const kind = href === undefined ? null : classifyHref(href);
      if (href === undefined || kind === null) {
        delete props.href;
        continue;
      }
      if (kind === "anchor") {
        // Ids were prefixed by the sanitizer; point in-page links (#fn-1, #my-heading) at them.
        const frag = href.slice(1);
        let decoded = frag;
        try {
          decoded = decodeURIComponent(frag);
        } catch {
          /* keep raw */
        }
        if (!ids.has(decoded) && ids.has(state.prefix + decoded)) props.href = "#" + state.prefix + frag;
      } else if (kind === "external") {
        props.rel = [...EXTERNAL_REL];
      }
    }

    for (const { el, parent } of images) {
      const index = parent.children.indexOf(el);
      if (index < 0) continue;
      const src = typeof el.properties.src === "string" ? el.properties.src : "";
      if (!isSafeImageSrc(src)) {
        const alt = typeof el.properties.alt === "string" ? el.properties.alt : "";
        if (alt) parent.children.splice(index, 1, { type: "text", value: alt });
        else parent.children.splice(index, 1);
        continue;
      }
      el.properties.loading = "lazy";
      el.properties.decoding = "async";
      el.properties.referrerPolicy = "no-referrer";
    }

    if (state.degraded) tree.children.unshift(noticeElement("md-degraded", DEGRADED_NOTE), { type: "text", value: "\n" });
    if (state.truncated) {
      const note = noticeElement("md-truncated", TRUNCATED_NOTE);
      const at = footnotes ? tree.children.indexOf(footnotes) : -1;
      if (at >= 0) tree.children.splice(at, 0, note, { type: "text", value: "\n" });
      else tree.children.push({ type: "text", value: "\n" }, note);
    }
  };
}

// ---------------------------------------------------------------------------------------
// Sanitizer schema

function buildSchema(prefix: string): Schema {
  const attributes = { ...(defaultSchema.attributes ?? {}) };
  // remark-math emits <code class="language-math math-inline|math-display">; keep those.
  attributes.code = [["className", /^language-./, "math-inline", "math-display"]];
  return {
    ...defaultSchema,
    attributes,
    clobberPrefix: prefix,
    clobber: ["ariaDescribedBy", "ariaLabelledBy", "id", "name"],
    protocols: {
      href: ["http", "https", "mailto"],
      src: ["http", "https"],
      cite: ["http", "https"],
      longDesc: ["http", "https"],
    },
    // Raw HTML never reaches the sanitizer, but be explicit about what must not survive.
    tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== "picture" && t !== "source"),
    strip: ["script", "style", "svg", "math", "iframe", "object", "embed", "form", "template", "noscript", "textarea", "title"],
  };
}

function createProcessor(prefix: string, headingIds: boolean, state: PostSanitizeState) {
  const base = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMath)
    // Ids are generated unprefixed; the sanitizer prefixes every id exactly once and the
    // post-sanitize pass re-points in-page anchors at the prefixed ids.
    .use(remarkRehype, { clobberPrefix: "" });
  return (headingIds ? base.use(rehypeSlug) : base)
    .use(rehypeSanitize, buildSchema(prefix))
    .use(rehypePostSanitize, state)
    .use(rehypeKatex, KATEX_OPTIONS)
    .use(rehypeStringify);
}

// ---------------------------------------------------------------------------------------
// Public API

/**
 * Render user markdown to sanitized HTML. Synchronous and CPU-bound: typical reviews take
 * milliseconds, a 200,000-character document a few seconds, so cache the result (e.g. per
 * content hash + idPrefix) rather than rendering on every request.
 */
/**
 * Rendering is pure (the same text and options always give the same sanitized HTML, the
 * same for every viewer) and CPU-heavy, so results are kept in a small LRU keyed by a
 * hash of text and options: a popular thread renders once, not once per request.
 */
const CACHE_MAX_ENTRIES = 2_000;
const CACHE_MAX_SOURCE = 100_000;
// Bounded by size as well as by count: 2,000 entries of up to 100,000 characters could
// otherwise hold hundreds of MB of HTML in the server (see docs/benchmarks.md, RSS).
// ~8 M characters is a few thousand typical reviews and replies, 16 MB at most.
const CACHE_MAX_CHARS = 8_000_000;
const renderCache = new Map<string, { result: RenderedMarkdown; chars: number }>();
let cachedChars = 0;

const sizeOf = (r: RenderedMarkdown) => r.html.length + r.headings.reduce((n, h) => n + h.id.length + h.text.length, 0);

export function renderMarkdown(md: string, opts: RenderMarkdownOptions = {}): RenderedMarkdown {
  const source = typeof md === "string" ? md : "";
  if (source.length > CACHE_MAX_SOURCE) return renderMarkdownUncached(source, opts);
  const key = createHash("sha256").update(`${opts.idPrefix ?? ""}\u0000${opts.headingIds !== false}\u0000`).update(source).digest("base64");
  const hit = renderCache.get(key);
  if (hit) {
    renderCache.delete(key);
    renderCache.set(key, hit);
    return hit.result;
  }
  const result = Object.freeze(renderMarkdownUncached(source, opts));
  const chars = sizeOf(result);
  renderCache.set(key, { result, chars });
  cachedChars += chars;
  while (renderCache.size > CACHE_MAX_ENTRIES || (cachedChars > CACHE_MAX_CHARS && renderCache.size > 1)) {
    const oldest = renderCache.keys().next().value!;
    cachedChars -= renderCache.get(oldest)!.chars;
    renderCache.delete(oldest);
  }
  return result;
}

/** What the render cache holds now (for tests and memory reports). */
export function renderCacheStats() {
  return { entries: renderCache.size, chars: cachedChars, maxChars: CACHE_MAX_CHARS };
}

function renderMarkdownUncached(md: string, opts: RenderMarkdownOptions = {}): RenderedMarkdown {
  const prefix = normalizeIdPrefix(opts.idPrefix);
  const headingIds = opts.headingIds !== false;
  const { text, truncated } = truncateSource(typeof md === "string" ? md : "");
  const source = text.replace(/\r\n?/g, "\n").replace(/\u0000/g, "\uFFFD");

  if (countLines(source) > MARKDOWN_LIMITS.maxLines) return renderPlain(source, truncated);

  const state: PostSanitizeState = { prefix, headings: [], truncated, degraded: false };
  const processor = createProcessor(prefix, headingIds, state);
  try {
    const plan = planChunks(source);
    const single = plan.chunks.length === 1;
    const tree: MdastRoot = { type: "root", children: [] };
    for (const chunk of plan.chunks) {
      if (chunk.plain || (chunk.checkInline && inlineTooDense(processor, chunk.text))) {
        state.degraded = true;
        tree.children.push(...plainParagraphs(chunk.text));
      } else {
        tree.children.push(...parseChunk(processor, chunk.text, plan, single));
      }
    }
    neutralizeHtmlAndCheckDepth(tree);
    const hast = processor.runSync(tree);
    const html = processor.stringify(hast);
    return { html, headings: state.headings, truncated, degraded: state.degraded };
  } catch (error) {
    if (error instanceof TooDeepError || error instanceof RangeError) return renderPlain(source, truncated);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------
// Plain excerpt

const EXCERPT_SKIP = new Set([
  "html",
  "code",
  "math",
  "image",
  "imageReference",
  "footnoteReference",
  "footnoteDefinition",
  "definition",
  "yaml",
  "thematicBreak",
]);
const EXCERPT_BLOCKS = new Set(["paragraph", "heading", "listItem", "blockquote", "tableCell", "tableRow", "list", "table"]);

function collapseWhitespace(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function cutAt(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars <= 1) return maxChars === 1 ? "…" : "";
  let cut = maxChars - 1; // room for the ellipsis
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  const space = text.lastIndexOf(" ", cut);
  if (space > cut * 0.6) cut = space;
  return text.slice(0, cut).replace(/[\s,.;:!?-]+$/, "") + "…";
}

/**
 * Plain text of (the start of) a markdown document, at most `maxChars` characters with an
 * ellipsis when cut. No markup at all; NOT HTML-escaped (render it as a React text child).
 * Code blocks, display math, images, raw HTML and footnotes are left out; inline code and
 * inline TeX source are kept.
 */
export function renderPlainExcerpt(md: string, maxChars: number): string {
  const limit = Number.isFinite(maxChars) ? Math.max(0, Math.floor(maxChars)) : 0;
  if (limit === 0 || typeof md !== "string" || md.length === 0) return "";
  // Only the head of the document can reach the excerpt; parse a bounded slice.
  const sliceLen = Math.min(MARKDOWN_LIMITS.maxInputChars, limit * 20 + 2_000);
  const source = truncateSource(md.length > sliceLen ? md.slice(0, sliceLen) : md).text.replace(/\r\n?/g, "\n").replace(/\u0000/g, "");
  const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath);
  const plan = planChunks(source);
  const single = plan.chunks.length === 1;
  const parts: string[] = [];
  let length = 0;
  for (const chunk of plan.chunks) {
    if (length > limit) break;
    let children: MdastRootContent[];
    try {
      const plain = chunk.plain || (chunk.checkInline && inlineTooDense(parser, chunk.text));
      children = plain ? plainParagraphs(chunk.text) : parseChunk(parser, chunk.text, plan, single);
    } catch {
      children = plainParagraphs(chunk.text);
    }
    const stack: MdastRootContent[] = [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    while (stack.length > 0 && length <= limit) {
      const node = stack.pop()!;
      if (EXCERPT_SKIP.has(node.type)) continue;
      if (node.type === "text" || node.type === "inlineCode" || node.type === "inlineMath") {
        parts.push(node.value);
        length += node.value.length;
        continue;
      }
      if (node.type === "break") {
        parts.push(" ");
        continue;
      }
      if ("children" in node) {
        if (EXCERPT_BLOCKS.has(node.type)) stack.push({ type: "text", value: " " });
        const kids = node.children as MdastRootContent[];
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
      }
    }
  }
  return cutAt(collapseWhitespace(parts.join("")), limit);
}

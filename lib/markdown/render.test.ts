import { describe, expect, it } from "vitest";
import {
  MARKDOWN_LIMITS,
  classifyHref,
  isSafeImageSrc,
  normalizeIdPrefix,
  renderMarkdown,
  renderPlainExcerpt,
} from "./render";

// ---------------------------------------------------------------------------------------
// A small, strict scanner for the generated HTML. rehype-stringify escapes "<" in text and
// quotes every attribute value, so every real tag matches TAG_RE.

const TAG_RE =
  /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTR_RE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

interface Tag {
  name: string;
  attrs: Record<string, string>;
  inKatex: boolean;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&(amp|quot|lt|gt|apos|colon|tab|newline);/gi, (_, n: string) =>
      ({ amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", colon: ":", tab: "\t", newline: "\n" })[n.toLowerCase()] ?? "",
    );
}

function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const stack: { name: string; katex: boolean }[] = [];
  let count = 0;
  for (const m of html.matchAll(TAG_RE)) {
    count++;
    const [, closing, rawName, rawAttrs, selfClosing] = m;
    const name = rawName.toLowerCase();
    if (closing) {
      const idx = stack.map((s) => s.name).lastIndexOf(name);
      if (idx >= 0) stack.length = idx;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(ATTR_RE)) {
      attrs[a[1].toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? "");
    }
    const parentKatex = stack.length > 0 && stack[stack.length - 1].katex;
    const isKatexRoot = /(^|\s)(katex|katex-display|katex-error)(\s|$)/.test(attrs.class ?? "");
    tags.push({ name, attrs, inKatex: parentKatex || isKatexRoot });
    if (!VOID.has(name) && !selfClosing) stack.push({ name, katex: parentKatex || isKatexRoot });
  }
  // Every "<" that could open a tag must have been a well-formed tag we saw.
  const opens = html.match(/<[a-zA-Z!/?]/g)?.length ?? 0;
  expect(opens).toBe(count);
  return tags;
}

const FORBIDDEN_TAGS = new Set([
  "script", "iframe", "frame", "frameset", "style", "form", "object", "embed", "applet", "base", "meta",
  "link", "template", "noscript", "textarea", "select", "button", "option", "video", "audio", "portal",
]);
const URL_ATTRS = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset"];
const ALLOWED_CLASSES = new Set([
  "contains-task-list", "task-list-item", "footnotes", "sr-only", "data-footnote-backref",
  "md-notice", "md-degraded", "md-truncated", "math-unrendered", "math-inline", "math-display",
]);

function expectSafe(html: string, prefix = "user-content-"): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|style|form|object|embed)\b/i);
  for (const tag of scanTags(html)) {
    expect(FORBIDDEN_TAGS.has(tag.name), `forbidden <${tag.name}>`).toBe(false);
    if (!tag.inKatex) {
      expect(["svg", "math"].includes(tag.name), `<${tag.name}> outside KaTeX`).toBe(false);
      expect(tag.attrs.style, "style attribute outside KaTeX").toBeUndefined();
      for (const cls of (tag.attrs.class ?? "").split(/\s+/).filter(Boolean)) {
        expect(ALLOWED_CLASSES.has(cls) || /^language-./.test(cls), `class ${cls}`).toBe(true);
      }
    }
    for (const name of Object.keys(tag.attrs)) {
      expect(/^on/i.test(name), `event handler ${name} on <${tag.name}>`).toBe(false);
    }
    for (const attr of URL_ATTRS) {
      const value = tag.attrs[attr];
      if (value === undefined) continue;
      const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
      expect(compact, `${attr} on <${tag.name}>`).not.toMatch(/^(javascript|data|vbscript|file|blob):/);
      expect(/^(https?:|mailto:|#|\/|\.|[^:/?#]*([/?#]|$))/.test(compact), `${attr}=${value}`).toBe(true);
    }
    if (tag.name === "img") expect(tag.attrs.src).toMatch(/^https?:\/\//);
    if (tag.name === "input") {
      expect(tag.attrs.type).toBe("checkbox");
      expect("disabled" in tag.attrs).toBe(true);
    }
    if (tag.attrs.id !== undefined) expect(tag.attrs.id.startsWith(prefix)).toBe(true);
  }
}

// ---------------------------------------------------------------------------------------

describe("renderMarkdown: GFM features", () => {
  it("renders a table with alignment", () => {
    const { html } = renderMarkdown("| Paper | Year |\n|:--|--:|\n| Risks from Learned Optimization | 2019 |\n");
    expect(html).toContain("<table>");
    expect(html).toContain('<th align="left">Paper</th>');
    expect(html).toContain('<td align="right">2019</td>');
    expectSafe(html);
  });

  it("renders strikethrough, autolinks and task lists", () => {
    const { html } = renderMarkdown("~~old~~ see https://www.alignmentforum.org\n\n- [ ] to read\n- [x] read\n");
    expect(html).toContain("<del>old</del>");
    expect(html).toContain('<a href="https://www.alignmentforum.org" rel="nofollow ugc noopener noreferrer">');
    expect(html).toContain('<ul class="contains-task-list">');
    expect(html).toContain('<input type="checkbox" disabled>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expectSafe(html);
  });

  it("renders footnotes with prefixed, linked ids", () => {
    const md = "Mesa-optimizers[^mesa] matter.\n\n[^mesa]: Hubinger et al. 2019.\n";
    const { html } = renderMarkdown(md, { idPrefix: "review-42" });
    expect(html).toContain('<a href="#review-42-fn-mesa" id="review-42-fnref-mesa" data-footnote-ref aria-describedby="review-42-footnote-label">1</a>');
    expect(html).toContain('<section data-footnotes class="footnotes">');
    expect(html).toContain('<li id="review-42-fn-mesa">');
    expect(html).toContain('href="#review-42-fnref-mesa"');
    expectSafe(html, "review-42-");
  });

  it("keeps two rendered documents' ids apart", () => {
    const md = "## Summary\n\nA claim[^1].\n\n[^1]: Source.\n";
    const a = renderMarkdown(md, { idPrefix: "r1-" }).html;
    const b = renderMarkdown(md, { idPrefix: "r2-" }).html;
    const ids = (h: string) => [...h.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(a).length).toBeGreaterThan(0);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
  });

  it("uses user-content- as the default prefix and normalizes custom ones", () => {
    expect(renderMarkdown("## Hi").html).toBe('<h2 id="user-content-hi">Hi</h2>');
    expect(normalizeIdPrefix(undefined)).toBe("user-content-");
    expect(normalizeIdPrefix("r1")).toBe("r1-");
    expect(normalizeIdPrefix('r"><x')).toBe("rx-");
    expect(normalizeIdPrefix("")).toBe("user-content-");
  });

  it("renders inline and display math with KaTeX", () => {
    const { html } = renderMarkdown("Expected return $\\mathbb{E}[R]$.\n\n$$\n\\sum_t \\gamma^t r_t\n$$\n");
    expect(html).toContain('<span class="katex">');
    expect(html).toContain('<span class="mord mathbb">E</span>');
    expect(html).toContain('<annotation encoding="application/x-tex">\\mathbb{E}[R]</annotation>');
    expect(html).toContain('<span class="katex-display">');
    expectSafe(html);
  });

  it("renders ```math fences as display math", () => {
    const { html } = renderMarkdown("```math\nx^2\n```");
    expect(html).toContain('<span class="katex-display">');
  });

  it("shows KaTeX errors inline instead of throwing", () => {
    const { html } = renderMarkdown("$\\frac{1}{$ and $\\undefinedmacro$");
    expect(html).toContain("katex");
    expectSafe(html);
  });

  it("adds heading ids and returns the h2/h3 table of contents", () => {
    const md = "# Title\n\n## Inner alignment\n\ntext\n\n### Deceptive alignment\n\n#### Too deep\n\n## Inner alignment\n\n## Value $V$\n\nNote[^1]\n\n[^1]: x\n";
    const { html, headings } = renderMarkdown(md, { idPrefix: "t-" });
    expect(headings).toEqual([
      { depth: 2, text: "Inner alignment", id: "t-inner-alignment" },
      { depth: 3, text: "Deceptive alignment", id: "t-deceptive-alignment" },
      { depth: 2, text: "Inner alignment", id: "t-inner-alignment-1" },
      { depth: 2, text: "Value V", id: "t-value-v" },
    ]);
    expect(html).toContain('<h2 id="t-inner-alignment">Inner alignment</h2>');
    expect(html).toContain('<h4 id="t-too-deep">');
  });

  it("points in-page anchor links at the prefixed heading ids", () => {
    const { html } = renderMarkdown("[jump](#setup)\n\n## Setup\n", { idPrefix: "p-" });
    expect(html).toContain('<a href="#p-setup">jump</a>');
  });

  it("can skip heading ids", () => {
    const { html, headings } = renderMarkdown("## A\n\n### B", { headingIds: false });
    expect(html).toBe("<h2>A</h2>\n<h3>B</h3>");
    expect(headings).toEqual([
      { depth: 2, text: "A", id: "" },
      { depth: 3, text: "B", id: "" },
    ]);
  });

  it("marks external links, leaves relative and anchor links alone", () => {
    const { html } = renderMarkdown("[a](https://arxiv.org/abs/1906.01820) [b](/posts/abc) [c](#x) [d](mailto:a@b.org) [e](//evil.example)");
    expect(html).toContain('<a href="https://arxiv.org/abs/1906.01820" rel="nofollow ugc noopener noreferrer">a</a>');
    expect(html).toContain('<a href="/posts/abc">b</a>');
    expect(html).toContain('<a href="#x">c</a>');
    expect(html).toContain('<a href="mailto:a@b.org">d</a>');
    expect(html).toContain('<a href="//evil.example" rel="nofollow ugc noopener noreferrer">e</a>');
  });

  it("only loads images from absolute http(s) URLs", () => {
    const { html } = renderMarkdown("![ok](https://example.org/a.png) ![rel](/a.png) ![proto](//x.org/a.png) ![](data:image/png;base64,AAAA)");
    expect(html).toContain('<img src="https://example.org/a.png" alt="ok" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
    expect(html).not.toContain('src="/a.png"');
    expect(html).not.toContain('src="//x.org');
    expect(html).toContain("rel");
    expect(html.match(/<img/g)?.length).toBe(1);
    expectSafe(html);
  });

  it("resolves references and footnotes across chunks of a long document", () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} ${"lorem ipsum dolor sit amet ".repeat(8)}`).join("\n\n");
    const md = `See [the paper][Risks] and a note[^n].\n\n${filler}\n\n[risks]: https://arxiv.org/abs/1906.01820\n\n[^n]: The note.\n`;
    expect(md.length).toBeGreaterThan(MARKDOWN_LIMITS.chunkTargetChars * 2);
    const { html, degraded } = renderMarkdown(md);
    expect(degraded).toBe(false);
    expect(html).toContain('<a href="https://arxiv.org/abs/1906.01820" rel="nofollow ugc noopener noreferrer">the paper</a>');
    expect(html).toContain('href="#user-content-fn-n"');
    expect(html).toContain('<li id="user-content-fn-n">');
    expect(html).not.toContain("[risks]:");
  });

  it("handles empty and non-string input", () => {
    expect(renderMarkdown("").html).toBe("");
    expect(renderMarkdown(undefined as unknown as string).html).toBe("");
  });
});

// ---------------------------------------------------------------------------------------

const XSS_CORPUS: string[] = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<IMG SRC=\"javascript:alert('XSS');\">",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>XSS</text></a></svg>",
  '<iframe src="javascript:alert(1)"></iframe>',
  "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
  "<style>body{display:none}</style>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<form action="https://evil.example"><input name=x><button>go</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="#" onclick="alert(1)">x</a>',
  "<details open ontoggle=alert(1)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<template><script>alert(1)</script></template>",
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  "<link rel=stylesheet href=//evil.example/x.css>",
  "<x onmouseover=alert(1)>hover me",
  "<!--><script>alert(1)</script>-->",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](&#x6A;avascript&#x3A;alert(1))",
  "[x](javascript&colon;alert(1))",
  "[x](<java\tscript:alert(1)>)",
  "[x]( javascript:alert(1))",
  "[x](javascript://%0aalert(1))",
  "[x](java%0ascript:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](VBScript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](ｊavascript:alert(1))",
  "[x](file:///etc/passwd)",
  '[x](https://example.org "t\\" onmouseover=\\"alert(1)")',
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  '![x](https://example.org/a.png" onerror="alert(1))',
  "![x](JAVASCRIPT:alert(1))",
  "[x][evil]\n\n[evil]: javascript:alert(1)",
  "[evil]\n\n[evil]: JaVaScRiPt:alert(1) \"title\"",
  "![img][evil]\n\n[evil]: data:text/html,hi",
  "<javascript:alert(1)>",
  "<JAVASCRIPT:alert(1)>",
  "<vbscript:msgbox(1)>",
  "<data:text/html,<script>alert(1)</script>>",
  "[<img src=x onerror=alert(1)>](https://example.org)",
  "**<img src=x onerror=alert(1)>**",
  "# <img src=x onerror=alert(1)> heading",
  "| <script>alert(1)</script> | [x](javascript:alert(1)) |\n|---|---|\n| <svg onload=alert(1)> | ![x](javascript:1) |",
  "- [ ] <img src=x onerror=alert(1)>\n- [x] [x](javascript:alert(1))",
  "> <iframe src=//evil.example>\n> [x](javascript:alert(1))",
  "[^\"><img src=x onerror=alert(1)>]\n\n[^\"><img src=x onerror=alert(1)>]: note",
  "Note[^x\" onclick=\"alert(1)]\n\n[^x\" onclick=\"alert(1)]: body",
  "www.example.org/<script>alert(1)</script>",
  "```html\n<script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",
  "$\\href{javascript:alert(1)}{x}$",
  "$\\url{javascript:alert(1)}$",
  "$$\n\\href{javascript:alert(1)}{click}\n$$",
  "$\\htmlClass{evil}{x}$",
  "$\\htmlId{user-content-fn-1}{x}$",
  "$\\htmlStyle{position:fixed;top:0;left:0;width:100%;height:100%}{x}$",
  "$\\htmlData{onclick=alert(1)}{x}$",
  "$\\includegraphics{javascript:alert(1)}$",
  "$\\def\\x{\\href{javascript:alert(1)}{y}}\\x$",
  "$\\color{red;background:url(javascript:alert(1))}{x}$",
  "$\\text{<img src=x onerror=alert(1)>}$",
  "$<script>alert(1)</script>$",
  "```math\n\\href{javascript:alert(1)}{x}\n```",
  "$\\rule{10000em}{10000em}$",
];

describe("renderMarkdown: XSS corpus", () => {
  it("has a large corpus", () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(XSS_CORPUS.map((p, i) => [i, p] as const))("payload %i is neutralized: %s", (_i, payload) => {
    const { html } = renderMarkdown(payload, { idPrefix: "x-" });
    expectSafe(html, "x-");
    // The same payload embedded in a longer document behaves the same.
    const embedded = renderMarkdown(`Intro paragraph.\n\n${payload}\n\nOutro with [ok](https://example.org).`, { idPrefix: "x-" });
    expectSafe(embedded.html, "x-");
  });

  it("escapes raw HTML as visible text rather than dropping the user's words", () => {
    const { html } = renderMarkdown("I prefer <b>bold</b> claims");
    expect(html).toBe("<p>I prefer &#x3C;b>bold&#x3C;/b> claims</p>");
  });

  it("drops HTML comments", () => {
    expect(renderMarkdown("a\n\n<!-- hidden note -->\n\nb").html).toBe("<p>a</p>\n<p>b</p>");
  });

  it("keeps the link text when the href is removed", () => {
    expect(renderMarkdown("[click me](javascript:alert(1))").html).toBe("<p><a>click me</a></p>");
  });

  it("does not honour KaTeX trust-only commands", () => {
    const { html } = renderMarkdown("$\\href{https://example.org}{x}$ $\\htmlClass{evil}{y}$");
    expect(html).not.toContain("href=");
    expect(html).not.toContain('class="evil"');
  });

  it("does not leak KaTeX macros between renders", () => {
    renderMarkdown("$\\gdef\\leak{LEAKED}\\leak$");
    const { html } = renderMarkdown("$\\leak$");
    // Undefined in a fresh render: KaTeX reports it instead of expanding the macro.
    expect(html).toContain('<span class="mord" style="color:#cc0000;">\\leak</span>');
    expect(html).not.toMatch(/<mi>L<\/mi>/);
  });

  it("lets KaTeX SVG through only as KaTeX output", () => {
    const { html } = renderMarkdown("$\\sqrt{x}$");
    expectSafe(html);
  });

  it("caps KaTeX sizes", () => {
    const { html } = renderMarkdown("$\\rule{10000em}{10000em}$");
    expect(html).not.toMatch(/style="[^"]*10000em/);
    expect(html).toContain("border-right-width:10em");
  });

  it("classifies hrefs", () => {
    expect(classifyHref("https://x.org")).toBe("external");
    expect(classifyHref("HTTP://x.org")).toBe("external");
    expect(classifyHref("//x.org")).toBe("external");
    expect(classifyHref("\\\\x.org")).toBe("external");
    expect(classifyHref("/a/b:c")).toBe("relative");
    expect(classifyHref("a/b")).toBe("relative");
    expect(classifyHref("#frag")).toBe("anchor");
    expect(classifyHref("mailto:a@b.c")).toBe("mailto");
    expect(classifyHref("javascript:alert(1)")).toBeNull();
    expect(classifyHref(" java\tscript:alert(1)")).toBeNull();
    expect(classifyHref("\u0001javascript:alert(1)")).toBeNull();
    expect(classifyHref("data:text/html,x")).toBeNull();
    expect(classifyHref("")).toBeNull();
    expect(isSafeImageSrc("https://x.org/a.png")).toBe(true);
    expect(isSafeImageSrc("/a.png")).toBe(false);
    expect(isSafeImageSrc("https:/\\x")).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------

describe("renderMarkdown: adversarial input", () => {
  const timed = <T,>(fn: () => T): { value: T; ms: number } => {
    const start = performance.now();
    const value = fn();
    return { value, ms: performance.now() - start };
  };

  it("survives 5,000 levels of blockquote quickly", () => {
    const { value, ms } = timed(() => renderMarkdown(">".repeat(5000) + " deep"));
    expect(value.html).toContain("deep");
    expect(value.html.match(/<blockquote>/g)!.length).toBeLessThanOrEqual(MARKDOWN_LIMITS.maxMarkersPerLine);
    expect(ms).toBeLessThan(5_000);
  });

  it("survives 5,000 lines of growing blockquote depth and 5,000 nested list levels", () => {
    const quotes = Array.from({ length: 5000 }, (_, i) => ">".repeat(Math.min(i + 1, 5000)) + " x").join("\n").slice(0, 150_000);
    const lists = "- ".repeat(5000) + "item";
    const indented = Array.from({ length: 400 }, (_, i) => " ".repeat(2 * i) + "- x").join("\n");
    for (const md of [quotes, lists, indented]) {
      const { value, ms } = timed(() => renderMarkdown(md));
      expect(value.html.length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(20_000);
    }
  });

  it("survives nested footnote definitions and mixed containers", () => {
    for (const md of ["[^a]: ".repeat(30_000), "> - > 1. [^x]: ".repeat(10_000) + "end"]) {
      const { value, ms } = timed(() => renderMarkdown(md));
      expect(typeof value.html).toBe("string");
      expect(ms).toBeLessThan(20_000);
    }
  });

  it("renders delimiter floods as plain text without blowing the stack", () => {
    const floods = [
      "*".repeat(100_000) + "a" + "*".repeat(100_000),
      "*_".repeat(60_000),
      "[".repeat(60_000) + "a" + "]".repeat(60_000),
      "[a".repeat(30_000) + "](x)".repeat(30_000),
      "[^a]".repeat(40_000),
    ];
    for (const md of floods) {
      const { value, ms } = timed(() => renderMarkdown(md));
      expect(value.degraded).toBe(true);
      expect(value.html).toContain("md-degraded");
      expectSafe(value.html);
      expect(ms).toBeLessThan(20_000);
    }
  });

  it("renders a flood of inline math with a bounded number of KaTeX calls", () => {
    const { value, ms } = timed(() => renderMarkdown("$x$ ".repeat(40_000)));
    expect(value.html.match(/class="katex"/g)!.length).toBe(MARKDOWN_LIMITS.maxMathExpressions);
    expectSafe(value.html);
    expect(ms).toBeLessThan(20_000);
  });

  it("checks delimiter density per paragraph, not via approximate fence tracking", () => {
    const flood = "*_".repeat(60_000);
    const attacks = [
      "lorem ipsum dolor sit *_ amet consectetur adipiscing elit sed do eiusmod tempor ".repeat(2_000),
      "<a title='`'>" + flood + "`", // a code span that raw HTML swallows
      "para\n```\ncode\n\n```\n" + flood, // fence opener/closer parity
      "<div>\n```\n\n" + flood, // fence inside an HTML block
      "    ```\n" + flood, // indented code, not a fence
      "> quoted\n> " + "*_ ".repeat(40_000), // one paragraph across quoted lines
      "1. item\n2. " + "word *_ ".repeat(150) + "\n3. " + "word *_ ".repeat(150), // list items are separate paragraphs
    ];
    for (const md of attacks) {
      const { value, ms } = timed(() => renderMarkdown(md));
      expectSafe(value.html);
      expect(ms).toBeLessThan(20_000);
    }
    expect(renderMarkdown(attacks[0]).degraded).toBe(true);
    expect(renderMarkdown(attacks[1]).degraded).toBe(true);
    expect(renderMarkdown(attacks[2]).degraded).toBe(true);
    expect(renderMarkdown(attacks[6]).degraded).toBe(false);
  });

  it("keeps formatting for long but ordinary documents", () => {
    const py = "```python\n" + Array.from({ length: 80 }, (_, i) => `    self._cache[key_${i}] = __compute__(items[${i}], *args, **kwargs)`).join("\n") + "\n```\n";
    const code = ("## Section\n\nSome explanation with a [link](https://x.org/a_b) and `inline_code`.\n\n" + py + "\n").repeat(4);
    const math = "We have $\\mathbb{E}_{x \\sim p}[f(x)] \\le \\epsilon$ and $\\sum_{i=1}^n a_i^2$ so that $\\|\\theta_t\\|_2 \\to 0$.\n\n".repeat(100);
    const table = "| Paper | Link |\n|---|---|\n" + Array.from({ length: 300 }, (_, i) => `| *Paper ${i}* | [link](https://arxiv.org/abs/${i}_x) |`).join("\n");
    const outline = Array.from({ length: 150 }, (_, i) => `- Item ${i} [l](https://x.org/${i})\n  - sub *a*\n  - sub **b**`).join("\n");
    for (const md of [code, math, table, outline]) {
      const r = renderMarkdown(md);
      expect(r.degraded).toBe(false);
      expectSafe(r.html);
    }
  });

  it("shows documents with too many lines as plain text", () => {
    const { value, ms } = timed(() => renderMarkdown("x\n".repeat(MARKDOWN_LIMITS.maxLines + 1)));
    expect(value.degraded).toBe(true);
    expect(value.html.startsWith('<p class="md-notice md-degraded">')).toBe(true);
    expect(ms).toBeLessThan(20_000);
  });

  it("truncates input over 200,000 characters with a note", () => {
    const md = "word ".repeat(50_000) + "TAIL_MARKER";
    const { value, ms } = timed(() => renderMarkdown(md));
    expect(value.truncated).toBe(true);
    expect(value.html).toContain("md-truncated");
    expect(value.html).toContain("Content truncated");
    expect(value.html).not.toContain("TAIL_MARKER");
    expect(ms).toBeLessThan(30_000);
    expect(renderMarkdown("short").truncated).toBe(false);
  });

  it("puts the truncation note before the footnotes and never splits a surrogate pair", () => {
    const md = "Note[^1].\n\n[^1]: x\n\n" + "😀".repeat(150_000);
    const { html, truncated } = renderMarkdown(md);
    expect(truncated).toBe(true);
    expect(html.indexOf("md-truncated")).toBeLessThan(html.indexOf("data-footnotes"));
    expect(html).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("limits the number of expressions KaTeX renders", () => {
    const md = Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: ` + "let $x^2$ be the value, ".repeat(10)).join("\n\n");
    const { html } = renderMarkdown(md);
    expect(html.match(/class="katex"/g)!.length).toBe(MARKDOWN_LIMITS.maxMathExpressions);
    expect(html).toContain('<code class="math-unrendered">x^2</code>');
  });

  it("renders a deeply nested KaTeX group without crashing", () => {
    const { html } = renderMarkdown("$" + "{".repeat(1500) + "x" + "}".repeat(1500) + "$");
    expect(html.length).toBeGreaterThan(0);
    expectSafe(html);
  });

  it("replaces NUL characters", () => {
    const { html } = renderMarkdown("a\u0000b");
    expect(html).not.toContain("\u0000");
  });
});

// ---------------------------------------------------------------------------------------

describe("renderPlainExcerpt", () => {
  it("strips markup and keeps the words", () => {
    const md = "## Summary\n\nThis **paper** argues that *mesa-optimizers* can be [deceptive](https://x.org).\n\n```py\ncode()\n```\n\n- one\n- two <b>bold</b>";
    expect(renderPlainExcerpt(md, 500)).toBe("Summary This paper argues that mesa-optimizers can be deceptive. one two bold");
  });

  it("cuts at a word boundary with an ellipsis", () => {
    const out = renderPlainExcerpt("The quick brown fox jumps over the lazy dog", 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out).toBe("The quick brown fox…");
  });

  it("drops images, footnotes, raw HTML and keeps inline math source", () => {
    const md = "![alt](https://x.org/a.png) Claim[^1] with $x^2$ and <script>alert(1)</script> done.\n\n[^1]: Footnote text.";
    expect(renderPlainExcerpt(md, 200)).toBe("Claim with x^2 and alert(1) done.");
  });

  it("handles edge limits and adversarial input", () => {
    expect(renderPlainExcerpt("hello", 0)).toBe("");
    expect(renderPlainExcerpt("hello", Number.NaN)).toBe("");
    expect(renderPlainExcerpt("", 10)).toBe("");
    expect(renderPlainExcerpt(">".repeat(2_000) + " deep", 50)).toBe("deep");
    expect(renderPlainExcerpt(">".repeat(100_000) + " deep", 50)).toBe("");
    const flood = renderPlainExcerpt("*_".repeat(100_000), 100);
    expect(flood.length).toBeLessThanOrEqual(100);
    expect(renderPlainExcerpt("a\u0000b\u0007c", 10)).toBe("abc");
  });
});

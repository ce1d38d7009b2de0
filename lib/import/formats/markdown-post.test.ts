import { describe, expect, it } from "vitest";
import { readFixture } from "../test-data";
import { ImportParseError } from "../types";
import { parse, parseMany, termList } from "./markdown-post";

describe("markdown-post", () => {
  it("reads Jekyll front matter: space-separated categories, comma tags, author, description with HTML, canonical_url", () => {
    const r = parse(readFixture("posts/2021-03-04-jekyll-post.md"), { fileName: "2021-03-04-jekyll-post.md" });
    expect(r.posts).toEqual([
      {
        line: 1,
        title: "Why I Work on AI Alignment: A Personal Note",
        authors: ["Jane Doe"],
        url: "https://janedoe.substack.com/p/why-i-work-on-ai-alignment",
        source: "blog",
        kind: "blog_post",
        publishedAt: "2021-03-04",
        publishedYear: 2021,
        summary: "A short note on motivation & career choice.",
        body: "I started thinking about **AI alignment** in 2019.\n\n## Why\n\nBecause [the stakes](https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc/agi-ruin) are high.",
        wordCount: 14,
        tags: ["rlhf", "interpretability", "evals", "alignment", "career"],
        agendas: [],
      },
    ]);
  });

  it("reads Hugo front matter: authors list with objects, tag lists, summary, canonicalURL on the AF", () => {
    const p = parse(readFixture("posts/hugo-post.md"), { fileName: "hugo-post.md" }).posts[0];
    expect(p).toMatchObject({
      title: "Notes on Goodhart's Law",
      authors: ["Alex Roe", "Sam Poe"],
      url: "https://www.alignmentforum.org/posts/EbFABnst8LsidYs5Y",
      lesswrongId: "EbFABnst8LsidYs5Y",
      source: "alignment_forum",
      kind: "forum_post",
      publishedAt: "2023-11-20",
      summary: "Four kinds of Goodhart, with examples.",
      tags: ["goodhart", "reward hacking", "Alignment"],
    });
    expect(p.body?.startsWith("# Notes on Goodhart's Law")).toBe(true);
  });

  it("takes the title from the first # heading, then the file name; the date from a Jekyll file name", () => {
    expect(parse(readFixture("posts/no-front-matter.md")).posts[0]).toMatchObject({ title: "Plain Markdown Without Front Matter", source: "blog", wordCount: 13 });
    const p = parse("---\nlayout: post\n---\nNo heading here.\n", { fileName: "_posts/2020-05-06-on-mesa-optimizers.md" }).posts[0];
    expect(p).toMatchObject({ title: "On mesa optimizers", publishedAt: "2020-05-06" });
    // a relative url (Hugo's `url: /posts/x/`) is not a canonical URL
    expect(parse("---\ntitle: T\nurl: /posts/x/\n---\nbody\n").posts[0].url).toBeUndefined();
  });

  it("skips drafts", () => {
    const r = parse(readFixture("posts/draft.md"));
    expect(r.posts).toEqual([]);
    expect(r.skipped).toEqual([{ line: 1, field: "draft", message: 'draft post "Unfinished thoughts"' }]);
    expect(parse("---\ntitle: T\npublished: false\n---\nx").posts).toEqual([]);
  });

  it("names the line of broken front matter", () => {
    try {
      parse(readFixture("posts/broken-front-matter.md"), { fileName: "broken-front-matter.md" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportParseError);
      expect((e as Error).message).toMatch(/^broken-front-matter\.md: YAML front matter error at line \d+: Missing closing "quote/);
      expect((e as ImportParseError).field).toBe("front matter");
    }
    expect(() => parse("---\ntitle: never closed\n\nbody\n", { fileName: "open.md" })).toThrow(
      /open\.md: the front matter opened on line 1 is never closed by a "---" line/,
    );
    expect(() => parse('+++\ntitle = "TOML"\n+++\nbody\n')).toThrow(/TOML front matter \(\+\+\+\) is not supported/);
    expect(() => parse("---\n- a\n- b\n---\nbody\n")).toThrow(/front matter must be a YAML mapping/);
  });

  it("parseMany reads a folder, reporting bad files and drafts without stopping", () => {
    const names = ["2021-03-04-jekyll-post.md", "hugo-post.md", "draft.md", "broken-front-matter.md", "no-front-matter.md"];
    const files = [...names.map((n) => ({ name: n, text: readFixture(`posts/${n}`) })), { name: "cover.png", text: "\u0089PNG" }];
    const r = parseMany(files);
    expect(r.format).toBe("markdown-post");
    expect(r.posts.map((p) => p.title)).toEqual([
      "Why I Work on AI Alignment: A Personal Note",
      "Notes on Goodhart's Law",
      "Plain Markdown Without Front Matter",
    ]);
    expect(r.skipped.map((s) => s.message.split(":")[0])).toEqual(["draft.md", "broken-front-matter.md", "cover.png"]);
    expect(r.skipped[0].message).toBe('draft.md: draft post "Unfinished thoughts"');
  });

  it("termList splits strings on commas, else on spaces", () => {
    expect(termList("a b  c")).toEqual(["a", "b", "c"]);
    expect(termList("a b, c")).toEqual(["a b", " c"]);
    expect(termList(["x", null, 3])).toEqual(["x", "3"]);
    expect(termList(undefined)).toEqual([]);
  });
});

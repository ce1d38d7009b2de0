import { describe, expect, it } from "vitest";
import { readFixture } from "../test-data";
import { findMarkdownLink, parse, titleFromFileName } from "./markdown-links";

describe("markdown-links", () => {
  const r = parse(readFixture("reading-list.md"), { fileName: "reading-list.md" });

  it("reads `- [Title](url)` items (with -, *, 1. bullets, emphasis, notes, autolinks)", () => {
    expect(r.posts.map((p) => [p.line, p.title, p.url, p.source])).toEqual([
      [5, "Risks from Learned Optimization", "https://arxiv.org/abs/1906.01820", "arxiv"],
      [9, "AGI Ruin: A List of Lethalities", "https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc", "lesswrong"],
      [10, "Takeoff speeds", "https://www.alignmentforum.org/posts/AfH2oPHCApdKicM4m", "alignment_forum"],
      [11, "Concrete Problems in AI Safety (2016)", "https://arxiv.org/abs/1606.06565", "arxiv"],
      [17, "Von Neumann–Morgenstern utility theorem", "https://en.wikipedia.org/wiki/Von_Neumann%E2%80%93Morgenstern_(utility)_theorem", "other"],
      [18, "https://youtube.com/watch?v=pYXy-A4siMw", "https://youtube.com/watch?v=pYXy-A4siMw", "video"],
    ]);
    expect(r.posts[0].summary).toBe("the mesa-optimization paper");
    expect(r.posts[2].summary).toBe("Paul's argument");
    expect(r.posts[4].kind).toBe("other");
    expect(r.posts[5].kind).toBe("video");
    expect(r.skipped).toEqual([{ line: 19, field: "url", message: 'link target is not an absolute http(s) URL: "/posts/local"' }]);
  });

  it("builds one list from the headings, titled by the H1, skipping empty sections and code", () => {
    expect(r.lists).toHaveLength(1);
    const list = r.lists[0];
    expect(list.title).toBe("Intro to AI Alignment");
    expect(list.description).toBe("A short reading list for newcomers. Start at the top.");
    expect(list.sections.map((s) => [s.title, s.postRefs.length])).toEqual([
      ["Intro to AI Alignment", 1],
      ["Foundations", 3],
      ["Wider reading", 2],
    ]);
    expect(list.sections[1].postRefs[0]).toEqual({
      url: "https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc",
      lesswrongId: "uMQ3cqWDPHhjtiesc",
      title: "AGI Ruin: A List of Lethalities",
    });
  });

  it("makes no list without ## headings, and titles a list from the file name without an H1", () => {
    const flat = parse("- [A](https://example.com/a)\n- [B](https://example.com/b)\n");
    expect(flat.posts).toHaveLength(2);
    expect(flat.lists).toEqual([]);
    const named = parse("## Part one\n- [A](https://example.com/a)\n", { fileName: "lists/my_reading-list.md" });
    expect(named.lists[0].title).toBe("My reading list");
    expect(named.lists[0].sections[0].title).toBe("Part one");
  });

  it("throws when there is no link item", () => {
    expect(() => parse("# Title\n\nJust prose.\n", { fileName: "prose.md" })).toThrow(/prose\.md: no "- \[Title\]\(https:\/\/\.\.\.\)" link lines found/);
  });

  it("finds links with nested brackets and parentheses", () => {
    expect(findMarkdownLink("[[Paper] A (b)](https://x.org/a_(b)) rest")).toEqual({ text: "[Paper] A (b)", url: "https://x.org/a_(b)", start: 0, end: 36 });
    expect(findMarkdownLink("![img](https://x.org/i.png)")).toBeNull();
    expect(findMarkdownLink("no link")).toBeNull();
    expect(titleFromFileName("2021-03-04-my-post.md")).toBe("My post");
  });
});

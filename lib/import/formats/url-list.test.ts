import { describe, expect, it } from "vitest";
import { readFixture } from "../test-data";
import { ImportParseError } from "../types";
import { parse, splitUrlLine, titleForUrl } from "./url-list";

describe("url-list", () => {
  const r = parse(readFixture("urls.txt"), { fileName: "urls.txt" });

  it("reads one URL per line, ignoring blank lines and # comments, and reports other lines", () => {
    expect(r.posts.map((p) => [p.line, p.url, p.title])).toEqual([
      [3, "https://arxiv.org/abs/2203.02155", "arXiv:2203.02155"],
      [4, "https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc", "Agi ruin a list of lethalities"],
      [5, "https://www.alignmentforum.org/posts/AfH2oPHCApdKicM4m", "Takeoff speeds"],
      [6, "https://example.com/Blog/Post?a=1&b=2", "https://example.com/Blog/Post?a=1&b=2"],
      [8, "https://openai.com/research/instruction-following", "Aligning language models to follow instructions"],
      [9, "https://arxiv.org/abs/hep-th/9901001", "arXiv:hep-th/9901001"],
      [11, "https://doi.org/10.1145/3377325.3377498", "https://doi.org/10.1145/3377325.3377498"],
    ]);
    expect(r.skipped).toEqual([{ line: 10, message: 'not a URL: "this line is not a url"' }]);
  });

  it("sets ids, source and kind from the URL", () => {
    expect(r.posts[0]).toEqual({
      line: 3,
      title: "arXiv:2203.02155",
      authors: [],
      url: "https://arxiv.org/abs/2203.02155",
      arxivId: "2203.02155",
      source: "arxiv",
      kind: "paper",
      tags: [],
      agendas: [],
    });
    expect(r.posts[1]).toMatchObject({ lesswrongId: "uMQ3cqWDPHhjtiesc", source: "lesswrong", kind: "forum_post" });
    expect(r.posts[2]).toMatchObject({ source: "alignment_forum", kind: "forum_post" });
    expect(r.posts[4]).toMatchObject({ source: "blog", kind: "blog_post" });
    expect(r.posts[6]).toMatchObject({ doi: "10.1145/3377325.3377498", source: "journal", kind: "paper" });
  });

  it("helpers", () => {
    expect(splitUrlLine("- <https://x.org/a> — A title")).toEqual({ url: "https://x.org/a", canonical: "https://x.org/a", title: "A title" });
    expect(splitUrlLine("words first https://x.org")).toBeNull();
    expect(titleForUrl("https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc")).toBe("https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc");
  });

  it("throws when no line is a URL, naming the first bad line", () => {
    try {
      parse("# comment\n\nhello world\nstill not a url\n", { fileName: "notes.txt" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportParseError);
      expect((e as Error).message).toBe('notes.txt: no URLs found; line 3 is not a URL: "hello world"');
      expect((e as ImportParseError).line).toBe(3);
    }
    expect(() => parse("# only comments\n# here\n")).toThrow(/no URLs found \(only blank lines and # comments\)/);
  });
});

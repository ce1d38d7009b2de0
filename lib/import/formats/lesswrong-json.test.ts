import { describe, expect, it } from "vitest";
import { readData, readFixture } from "../test-data";
import { ImportParseError } from "../types";
import { parse } from "./lesswrong-json";

describe("lesswrong-json: the real single-post response", () => {
  const text = readData("lw-graphql-post.json");
  const result = parse(text, { fileName: "lw-graphql-post.json" });

  it("reads data.post.result", () => {
    expect(result.format).toBe("lesswrong-json");
    expect(result.posts).toHaveLength(1);
    expect(result.skipped).toEqual([]);
    expect(result.lists).toEqual([]);
    const p = result.posts[0];
    expect(p).toMatchObject({
      line: 5,
      title: "AGI Ruin: A List of Lethalities",
      authors: ["Eliezer Yudkowsky"],
      url: "https://www.lesswrong.com/posts/uMQ3cqWDPHhjtiesc",
      lesswrongId: "uMQ3cqWDPHhjtiesc",
      source: "lesswrong",
      kind: "forum_post",
      publishedAt: "2022-06-05",
      publishedYear: 2022,
      wordCount: 9087,
      tags: [],
      agendas: [],
    });
    expect(text.split("\n")[4]).toContain('"_id": "uMQ3cqWDPHhjtiesc"');
  });

  it("keeps no HTML: without contents.markdown there is no body, and the summary is plain text", () => {
    const p = result.posts[0];
    expect(p.body).toBeUndefined();
    expect(p.summary).toMatch(/^Preamble:\n\(If you're already familiar with all basics/);
    expect(p.summary!.length).toBeLessThanOrEqual(2000);
    expect(p.summary).not.toMatch(/<[a-z/]|&nbsp;/);
    expect(p.summary).not.toContain("\u00a0");
  });

  it("falls back to the HTML body as plain text when there is no plaintextDescription", () => {
    const json = JSON.parse(text);
    delete json.data.post.result.contents.plaintextDescription;
    delete json.data.post.result.contents.wordCount;
    const p = parse(JSON.stringify(json)).posts[0];
    expect(p.summary).toMatch(/^Preamble:\n\n\(If you're already familiar/);
    expect(p.summary!.length).toBeLessThanOrEqual(2000);
    expect(p.summary!.endsWith("…")).toBe(true);
    expect(p.summary).not.toMatch(/<[a-z/]|&nbsp;/);
    expect(p.wordCount).toBeGreaterThan(8500);
    expect(p.wordCount).toBeLessThan(9500);
  });
});

describe("lesswrong-json: sequences and lists", () => {
  it("turns a sequence into a list with one section per chapter, and imports its posts once", () => {
    const r = parse(readFixture("lw-sequence.json"), { fileName: "lw-sequence.json" });
    expect(r.lists).toEqual([
      {
        title: "Risks from Learned Optimization",
        description: "The mesa-optimization sequence & its five posts.",
        sections: [
          {
            title: "Chapter 1",
            postRefs: [
              {
                url: "https://www.alignmentforum.org/posts/FkgsxrGf3QxhfLWHG",
                lesswrongId: "FkgsxrGf3QxhfLWHG",
                title: "Risks from Learned Optimization: Introduction",
              },
            ],
          },
          {
            title: "Deceptive alignment",
            postRefs: [
              { url: "https://www.lesswrong.com/posts/zthDPAjh9w6Ytbeks", lesswrongId: "zthDPAjh9w6Ytbeks", title: "Deceptive Alignment" },
              {
                url: "https://www.alignmentforum.org/posts/FkgsxrGf3QxhfLWHG",
                lesswrongId: "FkgsxrGf3QxhfLWHG",
                title: "Risks from Learned Optimization: Introduction",
              },
              {
                url: "https://www.lesswrong.com/events/eventEventEvent01",
                lesswrongId: "eventEventEvent01",
                title: "Mesa-optimization reading group (Berkeley)",
              },
            ],
          },
        ],
      },
    ]);
    expect(r.posts.map((p) => p.lesswrongId)).toEqual(["FkgsxrGf3QxhfLWHG", "zthDPAjh9w6Ytbeks"]);
    expect(r.skipped).toEqual([{ line: 61, field: "isEvent", message: 'event, not a post: "Mesa-optimization reading group (Berkeley)"' }]);
  });

  it("reads user, coauthors, tags, af, markdown body and commentCount/commentsCount variants", () => {
    const [intro, deceptive] = parse(readFixture("lw-sequence.json")).posts;
    expect(intro).toEqual({
      line: 16,
      title: "Risks from Learned Optimization: Introduction",
      authors: ["evhub", "Chris van Merwijk", "vlad_m", "Joar Skalse", "Scott Garrabrant"],
      url: "https://www.alignmentforum.org/posts/FkgsxrGf3QxhfLWHG",
      lesswrongId: "FkgsxrGf3QxhfLWHG",
      source: "alignment_forum",
      kind: "forum_post",
      publishedAt: "2019-05-31",
      publishedYear: 2019,
      summary: "This is the first of five posts.\n\nMotivation\n\nThe goal of this sequence is to analyze...",
      body: "*This is the first of five posts.*\n\n## Motivation\n\nThe goal of this sequence is to analyze the type of learned optimization that occurs when a learned model is itself an optimizer.",
      wordCount: 3181,
      tags: ["Mesa-Optimization", "Inner Alignment"],
      agendas: [],
    });
    // a link post: url is the external link, lesswrongId stays the _id; plain `author` string; <script> dropped
    expect(deceptive).toMatchObject({
      url: "https://arxiv.org/abs/1906.01820",
      lesswrongId: "zthDPAjh9w6Ytbeks",
      arxivId: "1906.01820",
      authors: ["evhub"],
      source: "lesswrong",
      kind: "forum_post",
    });
    expect(deceptive.summary).toBe(
      "With enough training in sufficiently diverse environments, it seems plausible that the base objective will eventually have to be fully represented in the mesa-optimizer — a link post.",
    );
    expect(deceptive.body).toBeUndefined();
  });

  it("reads data.posts.results, 24-hex ids, and skips posts without a title", () => {
    const r = parse(readFixture("lw-posts.json"));
    expect(r.posts.map((p) => [p.line, p.lesswrongId, p.source, p.authors[0]])).toEqual([
      [2, "AfH2oPHCApdKicM4m", "lesswrong", "paulfchristiano"],
      [4, "5bd75cc58225bf0670375309", "alignment_forum", "Vanessa Kosoy"],
    ]);
    expect(r.posts[0]).toMatchObject({ summary: "Futurists have argued for years about whether AGI will arrive quickly.", wordCount: 2600, tags: ["AI Takeoff", "AI Timelines"] });
    expect(r.skipped).toEqual([{ line: 3, field: "title", message: "post noTitleNoTitle001 has no title" }]);
  });

  it("accepts sequences lists, GraphQL aliases, bare arrays and a pageUrl-less post", () => {
    const seqs = {
      data: {
        sequences: {
          results: [
            { _id: "s1", title: "One", chapters: [{ number: 1, title: "", posts: [{ _id: "aaaaaaaaaaaaaaaaa", title: "A", slug: "a" }] }] },
            { _id: "s2", title: "Two", chapters: [{ number: 1, posts: [] }, { number: 2, posts: [{ _id: "bbbbbbbbbbbbbbbbb", title: "B" }] }] },
          ],
        },
      },
    };
    const r = parse(JSON.stringify(seqs));
    expect(r.lists.map((l) => [l.title, l.sections.map((s) => s.title)])).toEqual([
      ["One", ["One"]],
      ["Two", ["Chapter 1", "Chapter 2"]],
    ]);
    expect(r.posts.map((p) => p.url)).toEqual(["https://www.lesswrong.com/posts/aaaaaaaaaaaaaaaaa", "https://www.lesswrong.com/posts/bbbbbbbbbbbbbbbbb"]);
    const aliased = parse('{"data":{"lethalities":{"result":{"_id":"uMQ3cqWDPHhjtiesc","title":"AGI Ruin","af":true}}}}');
    expect(aliased.posts[0]).toMatchObject({ lesswrongId: "uMQ3cqWDPHhjtiesc", source: "alignment_forum", url: "https://www.alignmentforum.org/posts/uMQ3cqWDPHhjtiesc" });
    const bare = parse('[{"_id":"uMQ3cqWDPHhjtiesc","title":"AGI Ruin","user":{"username":"Eliezer_Yudkowsky"}}]');
    expect(bare.posts[0].authors).toEqual(["Eliezer_Yudkowsky"]);
  });
});

describe("lesswrong-json: malformed input", () => {
  it("names the line and column of truncated JSON", () => {
    const text = readData("lw-graphql-post.json");
    const cut = text.slice(0, text.indexOf('"baseScore"'));
    try {
      parse(cut, { fileName: "post.json" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportParseError);
      const lines = cut.trimEnd().split("\n").length;
      expect((e as Error).message).toMatch(new RegExp(`^post\\.json: invalid JSON at line ${lines}, column \\d+ \\(the file looks truncated\\)`));
      expect((e as ImportParseError).line).toBe(lines);
    }
  });

  it("names the line of a syntax error in the middle", () => {
    const bad = '{\n  "data": {\n    "post": {\n      "result": { "_id": "x", "title": "T",, }\n    }\n  }\n}';
    expect(() => parse(bad)).toThrow(/invalid JSON at line 4, column \d+/);
  });

  it("explains a JSON file of the wrong shape, a GraphQL error, and an empty result", () => {
    expect(() => parse('{"hello": "world"}', { fileName: "x.json" })).toThrow(
      /x\.json: not a LessWrong\/Alignment Forum GraphQL response: expected data\.post\.result/,
    );
    expect(() => parse('{"errors":[{"message":"Cannot query field \\"foo\\""}],"data":null}')).toThrow(
      /the GraphQL response has errors\[0\]: Cannot query field "foo"/,
    );
    expect(() => parse('{"data":{"posts":{"results":[]}}}')).toThrow(/contains no posts or sequences/);
    expect(() => parse('{"data":{"post":{"result":{"foo":1}}}}')).toThrow(/field data\.post\.result is neither a post/);
    try {
      parse('{"data": 5}');
    } catch (e) {
      expect((e as ImportParseError).field).toBe("data");
    }
  });
});

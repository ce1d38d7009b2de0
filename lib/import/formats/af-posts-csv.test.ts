import { beforeAll, describe, expect, it } from "vitest";
import { normalizeTitle } from "../identity";
import { readData } from "../test-data";
import type { ParseResult } from "../types";
import { parse } from "./af-posts-csv";

const FILE = "af-posts.csv";

describe("af-posts-csv on the real dump", () => {
  let result: ParseResult;
  let text: string;
  beforeAll(() => {
    text = readData(FILE);
    const t0 = performance.now();
    result = parse(text, { fileName: FILE });
    console.info(`af-posts-csv: ${result.posts.length} posts from ${(text.length / 1e6).toFixed(1)} MB in ${(performance.now() - t0).toFixed(0)} ms`);
  });

  it("accounts for all 4,274 rows: 4,267 posts and 7 events skipped", () => {
    expect(result.posts.length + result.skipped.length).toBe(4274);
    expect(result.posts).toHaveLength(4267);
    expect(result.skipped).toHaveLength(7);
    expect(result.skipped.every((s) => s.field === "pageUrl" && /^event, not a post: /.test(s.message))).toBe(true);
    expect(result.skipped[0]).toEqual({ line: 4836, field: "pageUrl", message: 'event, not a post: "Virtual AI Safety Unconference 2024"' });
    expect(text.split(/\r?\n/)[4835]).toMatch(/^"hQ6oGLeTHyjyQfnQF",/);
  });

  it("reads the first post exactly", () => {
    const p = result.posts[0];
    expect(p).toMatchObject({
      line: 2,
      title: "Challenge: Hand coding weights for efficient sequence memorisation",
      authors: ["Linda Linsefors"],
      url: "https://www.lesswrong.com/posts/KWtchKwwnJkd4bwCi",
      lesswrongId: "KWtchKwwnJkd4bwCi",
      source: "alignment_forum",
      kind: "forum_post",
      publishedAt: "2026-07-23",
      publishedYear: 2026,
      wordCount: 5385,
      tags: [],
      agendas: [],
    });
    expect(p.summary).toMatch(/^We hand coded weights for one layer MLPs/);
  });

  it("keeps 24-hex-digit ids of 2017-18 posts and drops the LaTeX macro preamble from summaries", () => {
    const last = result.posts.at(-1)!;
    expect(last).toMatchObject({
      line: 22725,
      title: "Subagent perfect minimax",
      lesswrongId: "5bd75cc58225bf0670375309",
      url: "https://www.lesswrong.com/posts/5bd75cc58225bf0670375309",
      publishedAt: "2017-01-06",
      wordCount: 749,
    });
    expect(last.summary).toMatch(/^This post continues the study of minimax forecasting\./);
    expect(result.posts.filter((p) => p.lesswrongId?.length === 24)).toHaveLength(196);
    expect(result.posts.some((p) => /^%/m.test(p.summary ?? ""))).toBe(false);
    expect(result.posts.filter((p) => p.summary === undefined)).toHaveLength(37);
  });

  it("every post has a unique id, a canonical URL and a date", () => {
    expect(new Set(result.posts.map((p) => p.lesswrongId)).size).toBe(result.posts.length);
    for (const p of result.posts) {
      expect(p.url).toBe(`https://www.lesswrong.com/posts/${p.lesswrongId}`);
      expect(p.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("has titles that differ only in punctuation (a repost), which normalizeTitle equates", () => {
    const pair = result.posts.filter((p) => p.title.startsWith("Humans can be assigned any values whatsoever"));
    expect(pair.map((p) => p.title)).toEqual(["Humans can be assigned any values whatsoever…", "Humans can be assigned any values whatsoever..."]);
    expect(pair[0].lesswrongId).not.toBe(pair[1].lesswrongId);
    expect(normalizeTitle(pair[0].title)).toBe(normalizeTitle(pair[1].title));
  });
});

describe("af-posts-csv variants and errors", () => {
  const header = '"_id","slug","title","summary","pageUrl","author","authorSlug","karma","voteCount","commentsCount","postedAt","wordCount","af"';

  it("reads af=False as LessWrong and a url column as the external link", () => {
    const csv = [
      '"_id","title","pageUrl","af","url","postedAt","author"',
      '"abcdefghijklmnopq","A link post","https://www.lesswrong.com/posts/abcdefghijklmnopq/a-link-post","False","https://arxiv.org/abs/2101.00001v2","2021-01-02T03:04:05.000Z","Someone"',
      '"bcdefghijklmnopqr","","https://www.lesswrong.com/posts/bcdefghijklmnopqr/x","True","","",""',
    ].join("\r\n");
    const r = parse(csv);
    expect(r.posts).toEqual([
      {
        line: 2,
        title: "A link post",
        authors: ["Someone"],
        url: "https://arxiv.org/abs/2101.00001",
        lesswrongId: "abcdefghijklmnopq",
        arxivId: "2101.00001",
        source: "lesswrong",
        kind: "forum_post",
        publishedAt: "2021-01-02",
        publishedYear: 2021,
        tags: [],
        agendas: [],
      },
    ]);
    expect(r.skipped).toEqual([{ line: 3, field: "title", message: "post bcdefghijklmnopqr has no title" }]);
  });

  it("names missing columns", () => {
    expect(() => parse('"_id","slug","title"\n"a","b","c"\n', { fileName: "af.csv" })).toThrow(
      /af\.csv: the header \(line 1\) is missing required column "pageUrl"; found "_id", "slug", "title"/,
    );
  });

  it("names the line of a truncated last row", () => {
    const text = readData(FILE);
    const cut = text.slice(0, text.indexOf('"H6DDSEvrtCk8Sehfd","are-we-existentially') + 60);
    expect(() => parse(cut)).toThrow(/line 3: a quoted field opened here is never closed \(is the file truncated\?\)/);
    // cut right after a closing quote: the row is short
    const cut2 = text.slice(0, text.indexOf('"H6DDSEvrtCk8Sehfd","are-we-existentially') + '"H6DDSEvrtCk8Sehfd"'.length);
    expect(() => parse(cut2)).toThrow(/line 3: record has 1 field but the header has 13/);
    expect(header.split(",")).toHaveLength(13);
  });
});

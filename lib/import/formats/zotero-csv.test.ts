import { beforeAll, describe, expect, it } from "vitest";
import { parseImport } from "../detect";
import { normalizeTitle } from "../identity";
import { readData } from "../test-data";
import { ImportParseError, type ParseResult } from "../types";
import { parse, parseZoteroAuthors } from "./zotero-csv";

const FILE = "zotero-ai-alignment-papers.csv";

describe("zotero-csv on the real export", () => {
  let text: string;
  let result: ParseResult;
  let ms: number;
  beforeAll(() => {
    text = readData(FILE);
    const t0 = performance.now();
    result = parse(text, { fileName: FILE });
    ms = performance.now() - t0;
    console.info(`zotero-csv: ${result.posts.length} posts from ${(text.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms`);
  });

  it("imports all 1,791 rows: none is a note/attachment or lacks a title", () => {
    expect(result.format).toBe("zotero-csv");
    expect(result.posts).toHaveLength(1791);
    expect(result.skipped).toEqual([]);
    expect(result.agendas).toEqual([]);
    expect(result.lists).toEqual([]);
    expect(ms).toBeLessThan(10_000);
  });

  it("reads the first row exactly", () => {
    expect(result.posts[0]).toEqual({
      line: 2,
      title: "Three kinds of competitiveness",
      authors: ["Daniel Kokotajlo"],
      url: "https://aiimpacts.org/three-kinds-of-competitiveness",
      source: "blog",
      kind: "blog_post",
      publishedAt: "2020-03-30",
      publishedYear: 2020,
      summary:
        "By Daniel Kokotajlo In this post, I distinguish between three different kinds of competitiveness -- Performance, Cost, and Date -- and explain why I think these distinctions are worth the brainspace they occupy. For example, they help me introduce and discuss a problem for AI safety proposals having to do with aligned AIs being outcompeted...",
      tags: ["UnsortedSafety"],
      agendas: [],
    });
  });

  it("turns `Last, First; Last, First` into first-last names in order, and reads AF URLs", () => {
    const p = result.posts[1];
    expect(p).toMatchObject({
      line: 3,
      title: "Distinguishing AI takeover scenarios",
      authors: ["Sam Clarke", "Samuel Dylan Martin"],
      url: "https://www.alignmentforum.org/posts/qYzqDtoQaZ3eDDyxa",
      lesswrongId: "qYzqDtoQaZ3eDDyxa",
      source: "alignment_forum",
      kind: "forum_post",
      publishedAt: "2021-09-08",
    });
    const byTitle = (t: string) => result.posts.find((x) => x.title === t);
    expect(byTitle("Using AI ethically to tackle covid-19")?.authors).toEqual([
      "Stephen Cave",
      "Jess Whittlestone",
      "Rune Nyrup",
      "Sean O. hEigeartaigh",
      "Rafael A. Calvo",
    ]);
    // organisation and single-name authors are kept as written
    expect(result.posts.filter((x) => x.authors.join() === "AI Impacts").length).toBeGreaterThan(20);
    expect(result.posts.filter((x) => x.authors.length === 0)).toHaveLength(36);
  });

  it("strips HTML and decodes entities in abstracts and titles", () => {
    const covid = result.posts.find((p) => p.line === 1072);
    expect(covid?.summary).toBe(
      "Taking a principled approach is crucial to the successful use of AI in pandemic management, say Stephen Cave and colleagues",
    );
    const manheim = result.posts.find((p) => p.line === 914);
    expect(manheim?.summary).toContain("Goodhart’s or Campbell’s law");
    expect(manheim?.doi).toBe("10.3390/bdcc3020021");
    for (const p of result.posts) {
      expect(p.summary ?? "").not.toMatch(/<\/?[a-z][a-z0-9]*[\s>]|&[a-z]+;/i);
      expect(p.title).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>]/i);
    }
    expect(result.posts.find((p) => p.line === 1062)?.title).toBe("Strategic Implications of Openness in AI Development");
    // a raw LaTeX accent in a Zotero title
    expect(result.posts.find((p) => p.line === 1527)?.title).toBe(
      "Parametric Bounded Löb's Theorem and Robust Cooperation of Bounded Agents",
    );
    // stray control characters (\x0f\x0f) in one abstract are dropped
    expect(result.posts.every((p) => !/[\x00-\x08\x0e-\x1f]/.test(p.summary ?? ""))).toBe(true);
  });

  it("handles missing and partial dates", () => {
    // Date "unknown", Publication Year empty
    const unknown = result.posts.find((p) => p.line === 162);
    expect(unknown?.title).toBe("The Brain and Computation");
    expect(unknown?.publishedAt).toBeUndefined();
    expect(unknown?.publishedYear).toBeUndefined();
    expect(result.posts.filter((p) => p.publishedYear === undefined)).toHaveLength(39);
    // year-only and year-month dates give a year but no day
    expect(result.posts.filter((p) => p.publishedYear && !p.publishedAt).length).toBe(473 - 39);
    for (const p of result.posts) if (p.publishedAt) expect(p.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("reads Manual Tags, ignoring empty tag fields", () => {
    expect(result.posts.filter((p) => p.tags.length === 0)).toHaveLength(668);
    const multi = result.posts.find((p) => p.tags.length > 1);
    expect(multi?.tags.every((t) => t.trim() === t && t.length > 0)).toBe(true);
    const all = new Set(result.posts.flatMap((p) => p.tags));
    expect(all.has("TechSafety")).toBe(true);
    expect(all.has("")).toBe(false);
    // data quirk kept as-is: both spellings exist in the export
    expect(all.has("AmbiguosSafety") && all.has("AmbiguousSafety")).toBe(true);
  });

  it("maps item types to kinds and finds arXiv ids in the URL or in Extra", () => {
    const kinds = Object.fromEntries(["paper", "blog_post", "forum_post", "book", "other"].map((k) => [k, result.posts.filter((p) => p.kind === k).length]));
    expect(kinds.book).toBe(14);
    expect(kinds.forum_post).toBe(195); // 164 alignmentforum.org + 31 lesswrong.com URLs
    expect(result.posts.filter((p) => p.arxivId).length).toBeGreaterThanOrEqual(909);
    const rlhf = result.posts.find((p) => p.title === "Deep reinforcement learning from human preferences");
    expect(rlhf).toMatchObject({ arxivId: "1706.03741", source: "conference", kind: "paper" });
    // psyarxiv is not arXiv
    expect(result.posts.find((p) => p.url?.includes("psyarxiv"))?.arxivId).toBeUndefined();
    // old-style arXiv id with a version in the URL
    expect(result.posts.some((p) => p.arxivId?.startsWith("astro-ph/"))).toBe(true);
  });

  it("merges duplicate rows in parseImport (same URL with compatible titles, or same arXiv id)", () => {
    const merged = parseImport(text, { fileName: FILE });
    expect(merged.posts.length + merged.skipped.length).toBe(1791);
    expect(merged.posts).toHaveLength(1577);
    // the same AF post saved twice, once with tags and once without
    const collab = merged.posts.filter((p) => normalizeTitle(p.title) === normalizeTitle("Collaborative game specification: arriving at common models in bargaining"));
    expect(collab).toHaveLength(1);
    expect(collab[0].tags).toEqual(["TechSafety"]);
    // a real data error: a different paper filed under arXiv 2007.01223 is reported, not silently lost
    expect(merged.skipped.some((s) => s.line === 1750 && /same arXiv id 2007\.01223.*Benchmarking Safe Exploration/.test(s.message))).toBe(true);
  });
});

describe("zotero-csv malformed input", () => {
  it("names missing required columns", () => {
    const text = readData(FILE);
    const broken = text.replace(/^Key,Item Type,Publication Year,Author,Title,/, "Key,Type,Publication Year,Creator,Name,");
    expect(() => parse(broken, { fileName: "z.csv" })).toThrow(/z\.csv: the header \(line 1\) is missing required columns "Item Type", "Title", "Author"/);
    try {
      parse(broken);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportParseError);
      expect((e as ImportParseError).line).toBe(1);
      expect((e as ImportParseError).field).toBe("Item Type");
    }
  });

  it("names the line where a truncated export breaks", () => {
    const text = readData(FILE);
    // cut inside the quoted abstract of the row on line 3
    const cut = text.slice(0, text.indexOf("Epistemic status") + 40);
    expect(() => parse(cut)).toThrow(/line 3: a quoted field opened here is never closed \(is the file truncated\?\)/);
    // cut in the middle of an unquoted part of a row
    const rowStart = text.indexOf("\nXBZAPQFK");
    const cut2 = text.slice(0, rowStart + 20);
    expect(() => parse(cut2)).toThrow(/line 2: record has 3 fields but the header has \d+ /);
  });

  it("skips notes, attachments and rows without a title", () => {
    const csv = [
      "Key,Item Type,Publication Year,Author,Title,Url,Manual Tags,Extra,Date",
      'A,journalArticle,2019,"Hubinger, Evan; van Merwijk, Chris",Risks from Learned Optimization,https://arxiv.org/abs/1906.01820v3,"TechSafety; ; MIRI",,2019-06-05',
      "B,note,,,A note,,,,",
      "C,attachment,,,file.pdf,,,,",
      "D,blogPost,2020,\"Doe, Jane\",,https://example.com/x,,,",
      'E,manuscript,2021,Larks,2021 AI Alignment Literature Review,https://www.lesswrong.com/posts/abcdefghijklmnopq/x,,"arXiv: 2101.00001",2021',
    ].join("\n");
    const r = parse(csv);
    expect(r.posts.map((p) => p.title)).toEqual(["Risks from Learned Optimization", "2021 AI Alignment Literature Review"]);
    expect(r.posts[0]).toMatchObject({ authors: ["Evan Hubinger", "Chris van Merwijk"], arxivId: "1906.01820", tags: ["TechSafety", "MIRI"] });
    expect(r.posts[1]).toMatchObject({ lesswrongId: "abcdefghijklmnopq", arxivId: "2101.00001", source: "lesswrong", kind: "forum_post", publishedYear: 2021 });
    expect(r.skipped).toEqual([
      { line: 3, field: "Item Type", message: "Zotero note item, not a work to import" },
      { line: 4, field: "Item Type", message: "Zotero attachment item, not a work to import" },
      { line: 5, field: "Title", message: "row without a title" },
    ]);
  });

  it("parses one author string", () => {
    expect(parseZoteroAuthors("Aird, Michael; Shovelain, Justin; algekalipso")).toEqual(["Michael Aird", "Justin Shovelain", "algekalipso"]);
    expect(parseZoteroAuthors("DeepSpeed Team; Majumder, Rangan")).toEqual(["DeepSpeed Team", "Rangan Majumder"]);
    expect(parseZoteroAuthors("")).toEqual([]);
  });
});

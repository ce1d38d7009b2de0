import { describe, expect, it } from "vitest";
import { readFixture } from "../test-data";
import { ImportParseError } from "../types";
import { parse } from "./bibtex";

describe("bibtex", () => {
  const result = parse(readFixture("sample.bib"), { fileName: "sample.bib" });

  it("reads every entry with a title and reports the one without", () => {
    expect(result.format).toBe("bibtex");
    expect(result.posts.map((p) => [p.line, p.title])).toEqual([
      [4, "Risks from Learned Optimization in Advanced Machine Learning Systems"],
      [17, "Schölkopf's Bayesian Approach to AI Safety – a naïve Étude"],
      [26, "Takeoff speeds"],
      [35, "Concrete Problems in AI Safety"],
      [42, "Superintelligence: Paths, Dangers, Strategies"],
    ]);
    expect(result.skipped).toEqual([{ line: 49, field: "title", message: "@misc{notitle2020} has no title" }]);
  });

  it("reads eprint/archivePrefix, keywords, abstract and a tracking-laden URL", () => {
    expect(result.posts[0]).toEqual({
      line: 4,
      title: "Risks from Learned Optimization in Advanced Machine Learning Systems",
      authors: ["Evan Hubinger", "Chris van Merwijk", "Vladimir Mikulik", "Joar Skalse", "Scott Garrabrant"],
      url: "https://arxiv.org/abs/1906.01820",
      arxivId: "1906.01820",
      source: "arxiv",
      kind: "paper",
      publishedYear: 2019,
      summary:
        "We analyze the type of learned optimization that occurs when a learned model (such as a neural network) is itself an optimizer—a situation we refer to as mesa-optimization.",
      tags: ["deception", "inner alignment", "mesa-optimization"],
      agendas: [],
    });
  });

  it("decodes LaTeX accents and braces, expands @string, lower-cases the DOI", () => {
    expect(result.posts[1]).toMatchObject({
      authors: ["Bernhard Schölkopf", "OpenAI", "Jan Leike"],
      doi: "10.1000/xyz_123",
      url: "https://doi.org/10.1000/xyz_123",
      source: "conference",
      kind: "paper",
      publishedAt: "2021-03-04",
      tags: [],
    });
    expect(result.posts[3].authors.at(-1)).toBe("Dan Mané");
  });

  it("reads \\url in howpublished, year/month/day, arXiv ids in journal, and books", () => {
    expect(result.posts[2]).toMatchObject({
      url: "https://www.alignmentforum.org/posts/AfH2oPHCApdKicM4m",
      lesswrongId: "AfH2oPHCApdKicM4m",
      source: "alignment_forum",
      kind: "forum_post",
      publishedAt: "2018-02-24",
    });
    expect(result.posts[3]).toMatchObject({ arxivId: "1606.06565", url: "https://arxiv.org/abs/1606.06565", source: "arxiv" });
    expect(result.posts[4]).toMatchObject({ kind: "book", authors: ["Nick Bostrom"], publishedYear: 2014 });
    expect(result.posts[4].url).toBeUndefined();
  });

  it("names the line of unparseable BibTeX", () => {
    try {
      parse(readFixture("broken.bib"), { fileName: "broken.bib" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportParseError);
      expect((e as Error).message).toMatch(/^broken\.bib: unparseable BibTeX: Unterminated brace-value .* at line 11/);
      expect((e as ImportParseError).line).toBe(11);
    }
    expect(() => parse("@article{x, title = {A}, author = {B}\n@@@ junk {{{", { fileName: "j.bib" })).toThrow(/j\.bib: unparseable BibTeX/);
  });

  it("rejects a file without entries", () => {
    expect(() => parse("% only a comment\n\nsome text without entries\n", { fileName: "empty.bib" })).toThrow(
      /empty\.bib: no BibTeX entries found/,
    );
  });
});

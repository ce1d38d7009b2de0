import { beforeAll, describe, expect, it } from "vitest";
import { parseImport } from "../detect";
import { normalizeTitle } from "../identity";
import { readData } from "../test-data";
import { ImportParseError, type ParseResult } from "../types";
import { parse as parseAgendas } from "./shallow-review-agendas-csv";
import { parse as parsePapers } from "./shallow-review-papers-csv";
import { parse as parseTaxonomy } from "./shallow-review-taxonomy-yaml";

describe("shallow-review-agendas-csv", () => {
  let result: ParseResult;
  beforeAll(() => {
    result = parseAgendas(readData("shallow-review-agendas.csv"), { fileName: "shallow-review-agendas.csv" });
  });

  it("reads all 79 agendas with their parents", () => {
    expect(result.format).toBe("shallow-review-agendas-csv");
    expect(result.agendas).toHaveLength(79);
    expect(result.skipped).toEqual([]);
    expect(result.posts).toEqual([]);
    expect(result.agendas[0]).toEqual({ line: 2, name: "OpenAI", parentName: "Labs (giant companies)", section: "Labs (giant companies)" });
  });

  it("uses sub_section as the parent when present, else section", () => {
    const pretrain = result.agendas.find((a) => a.name === "Iterative alignment at pretrain-time")!;
    expect(pretrain).toMatchObject({
      parentName: "Iterative alignment",
      section: "Black-box safety (understand and control current model behaviour)",
    });
    expect(pretrain.summary).toBeTruthy();
    expect(pretrain.theoryOfChange).toBeTruthy();
    const debate = result.agendas.find((a) => a.name === "Debate")!;
    expect(debate).toMatchObject({ parentName: "Make AI solve it", section: "Make AI solve it" });
    expect(result.agendas.find((a) => a.name === 'The "Neglected Approaches" Approach')?.parentName).toBe("Goal robustness");
    expect(result.agendas.filter((a) => !a.summary)).toHaveLength(5);
  });

  it("names missing columns", () => {
    expect(() => parseAgendas("name,sub_section\nx,y\n", { fileName: "agendas.csv" })).toThrow(/missing required column "section"/);
  });
});

describe("shallow-review-papers-csv", () => {
  let text: string;
  let result: ParseResult;
  beforeAll(() => {
    text = readData("shallow-review-papers.csv");
    const t0 = performance.now();
    result = parsePapers(text, { fileName: "shallow-review-papers.csv" });
    console.info(`shallow-review-papers-csv: ${result.posts.length} posts in ${(performance.now() - t0).toFixed(0)} ms`);
  });

  it("accounts for all 826 rows: 825 papers and one note without a link", () => {
    expect(result.posts.length + result.skipped.length).toBe(826);
    expect(result.posts).toHaveLength(825);
    expect(result.skipped).toEqual([
      {
        line: 2,
        field: "link_url",
        message: 'row without a link (a note under "OpenAI": "Their 60-page System Cards now contain a large amount of the")',
      },
    ]);
  });

  it("reads a row exactly, with its agenda", () => {
    expect(result.posts[0]).toEqual({
      line: 3,
      title: "Monitoring Reasoning Models for Misbehavior and the Risks of Promoting Obfuscation",
      authors: ["Bowen Baker", "Joost Huizinga", "Leo Gao", "Zehao Dou", "Melody Y. Guan", "Aleksander Madry", "Wojciech Zaremba", "Jakub Pachocki", "David Farhi"],
      url: "https://arxiv.org/abs/2503.11926",
      arxivId: "2503.11926",
      source: "arxiv",
      kind: "paper",
      publishedAt: "2025-03-14",
      publishedYear: 2025,
      tags: [],
      agendas: ["OpenAI"],
    });
  });

  it("reads the author styles: full names, LessWrong user names, team names; empty authors", () => {
    const pragmatic = result.posts.find((p) => p.line === 15)!;
    expect(pragmatic.authors).toEqual(["Neel Nanda", "Josh Engels", "Arthur Conmy", "Senthooran Rajamanoharan", "bilalchughtai", "CallumMcDougall", "János Kramár", "lewis smith"]);
    expect(result.posts.find((p) => p.authors.includes("Google DeepMind Security & Privacy Research Team"))?.authors).toEqual([
      "Google DeepMind Security & Privacy Research Team",
    ]);
    expect(result.posts.find((p) => p.authors.includes("Jan_Kulveit"))).toBeTruthy();
    expect(result.posts.filter((p) => p.authors.length === 0)).toHaveLength(86);
  });

  it("falls back to link_text for the title, and handles missing and partial dates", () => {
    const pnas = result.posts.find((p) => p.url === "https://pnas.org/doi/10.1073/pnas.2406675122")!;
    expect(pnas.title).toBe("Bridging the human–AI knowledge gap through concept discovery and transfer in AlphaZero");
    expect(pnas.doi).toBe("10.1073/pnas.2406675122");
    // date "2025-03-XX": year only
    expect(result.posts.find((p) => p.line === 450)).toMatchObject({ publishedYear: 2025 });
    expect(result.posts.find((p) => p.line === 450)?.publishedAt).toBeUndefined();
    // date and published_year disagree (2024-10-02 vs 2025): the full date wins
    expect(result.posts.find((p) => p.line === 170)).toMatchObject({ publishedAt: "2024-10-02", publishedYear: 2024 });
    expect(result.posts.filter((p) => !p.publishedAt)).toHaveLength(70);
    expect(result.posts.filter((p) => !p.publishedYear)).toHaveLength(55);
  });

  it("strips tracking wrappers and junk from URLs", () => {
    // a Google redirect with &sa=D&source=docs&ust=... around a LessWrong URL
    expect(result.posts.find((p) => p.line === 280)).toMatchObject({
      url: "https://www.lesswrong.com/posts/FWkZYQceEzL84tNej",
      lesswrongId: "FWkZYQceEzL84tNej",
      source: "lesswrong",
    });
    // a trailing %20 in a LessWrong URL
    expect(result.posts.find((p) => p.title === "Claude 4.5 Opus' Soul Document")?.lesswrongId).toBe("vpNG99GhbBoLov9og");
    for (const p of result.posts) expect(p.url ?? "").not.toMatch(/utm_|[?&](?:sa|ust|usg)=|#|%20$/);
  });

  it("has the same paper under an arXiv URL and a LessWrong/AF URL, with titles differing in case", () => {
    const fake = result.posts.filter((p) => p.title === "Why Do Some Language Models Fake Alignment While Others Don't?");
    expect(fake.map((p) => [p.line, p.lesswrongId ?? p.arxivId, p.source])).toEqual([
      [31, "ghESoA8mo3fv9Yx3E", "alignment_forum"],
      [721, "2506.18032", "arxiv"],
      [764, "2506.18032", "arxiv"],
    ]);
    const agentic = result.posts.filter((p) => normalizeTitle(p.title) === "agentic misalignment how llms could be insider threats");
    expect(new Set(agentic.map((p) => p.title)).size).toBe(3); // "could be", "Could Be", "Could be"
    expect(agentic.map((p) => p.source).sort()).toEqual(["arxiv", "blog", "lesswrong", "other"]);
  });

  it("parseImport merges the same paper filed under several agendas", () => {
    const merged = parseImport(text, { fileName: "shallow-review-papers.csv" });
    expect(merged.posts.length + merged.skipped.length).toBe(826);
    expect(merged.posts).toHaveLength(758);
    const persona = merged.posts.find((p) => p.title === "Persona Features Control Emergent Misalignment")!;
    expect(persona.agendas).toEqual(["OpenAI", "Character training and persona steering", "Emergent misalignment", "Model diffing"]);
    const fake = merged.posts.filter((p) => p.arxivId === "2506.18032");
    expect(fake).toHaveLength(1);
    expect(fake[0].agendas).toEqual(["AI deception evals", "Various Redteams"]);
    // arXiv abs and pdf links of one paper are one post
    expect(merged.posts.filter((p) => p.arxivId === "2509.15541")[0].agendas).toEqual(["OpenAI", "AI scheming evals", "Various Redteams"]);
  });

  it("names missing columns", () => {
    expect(() => parsePapers("agenda_name,title\nx,y\n", { fileName: "papers.csv" })).toThrow(
      /papers\.csv: the header \(line 1\) is missing required column "link_url"/,
    );
  });
});

describe("shallow-review-taxonomy-yaml", () => {
  let result: ParseResult;
  beforeAll(() => {
    result = parseTaxonomy(readData("shallow-review-taxonomy.yaml"), { fileName: "shallow-review-taxonomy.yaml" });
  });

  it("reads the 96-node tree, parents before children", () => {
    expect(result.agendas).toHaveLength(96);
    expect(result.skipped).toEqual([]);
    expect(result.agendas.filter((a) => !a.parentName)).toHaveLength(8);
    expect(result.agendas[0]).toEqual({
      line: 2,
      name: "Labs (giant companies)",
      summary: "Frontier AI companies developing large-scale foundation models and their alignment research efforts.",
    });
    expect(result.agendas[1]).toEqual({
      line: 6,
      name: "OpenAI",
      parentName: "Labs (giant companies)",
      section: "Labs (giant companies)",
      summary: "Public benefit corporation with Alignment, Safety Systems, Preparedness, and Model Policy teams.",
    });
    const seen = new Set<string>();
    for (const a of result.agendas) {
      if (a.parentName) expect(seen.has(a.parentName)).toBe(true);
      seen.add(a.name);
    }
  });

  it("agrees with the agendas CSV on every agenda's parent", () => {
    const csv = parseAgendas(readData("shallow-review-agendas.csv"));
    const tree = new Map(result.agendas.map((a) => [a.name, a]));
    for (const a of csv.agendas) {
      expect(tree.get(a.name)?.parentName).toBe(a.parentName);
      expect(tree.get(a.name)?.section).toBe(a.section);
    }
    // a folded multi-line description is one line of text
    const inoculation = tree.get("Inoculation prompting")!;
    expect(inoculation.summary).toMatch(/once AI misbehaves in a mild way, it will be more inclined/);
    expect(inoculation.parentName).toBe("Iterative alignment");
    expect(inoculation.section).toBe("Black-box safety (understand and control current model behaviour)");
  });

  it("reports YAML errors and wrong shapes with a line", () => {
    try {
      parseTaxonomy("taxonomy:\n- id: a\n  name: A\n  children:\n  - name: [unclosed\n", { fileName: "t.yaml" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportParseError);
      expect((e as Error).message).toMatch(/^t\.yaml: YAML error at line \d+: /);
      expect((e as ImportParseError).line).toBeGreaterThanOrEqual(5);
    }
    expect(() => parseTaxonomy("foo: bar\n", { fileName: "t.yaml" })).toThrow(/t\.yaml: line 1: expected a list of agenda nodes under "taxonomy:"/);
    expect(() => parseTaxonomy("taxonomy:\n- name: A\n  children: nope\n")).toThrow(/line 3: "children" of "A" must be a list/);
    const partial = parseTaxonomy("taxonomy:\n- name: A\n- description: no name\n- name: A\n");
    expect(partial.agendas.map((a) => a.name)).toEqual(["A"]);
    expect(partial.skipped).toEqual([
      { line: 3, field: "name", message: "agenda node without a name" },
      { line: 4, field: "name", message: 'duplicate agenda "A" (first on line 2)' },
    ]);
  });
});

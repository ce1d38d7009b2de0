import { describe, expect, it } from "vitest";
import { detectFormat, PARSERS, parseImport } from "./detect";
import { mergeDuplicatePosts, titlesCompatible } from "./merge";
import { binaryAsText, dataFiles, junk, readData, readFixture } from "./test-data";
import { IMPORT_FORMATS, ImportParseError, type ImportedPost } from "./types";

function expectParseError(fn: () => unknown, pattern: RegExp): ImportParseError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportParseError);
    expect((e as Error).message).toMatch(pattern);
    const err = e as ImportParseError;
    // every error names a line or a field, in the message and as a property
    if (err.line != null) expect((e as Error).message).toMatch(new RegExp(`line ${err.line}\\b`));
    else expect(err.field && (e as Error).message.includes(err.field)).toBeTruthy();
    return err;
  }
  throw new Error("expected an ImportParseError");
}

describe("detectFormat on the real data files", () => {
  it.each([
    ["zotero-ai-alignment-papers.csv", "zotero-csv"],
    ["af-posts.csv", "af-posts-csv"],
    ["alignment-newsletter.csv", "alignment-newsletter-csv"],
    ["lw-graphql-post.json", "lesswrong-json"],
    ["shallow-review-agendas.csv", "shallow-review-agendas-csv"],
    ["shallow-review-papers.csv", "shallow-review-papers-csv"],
    ["shallow-review-taxonomy.yaml", "shallow-review-taxonomy-yaml"],
  ])("%s -> %s (from content, whatever the file name)", (file, format) => {
    const text = readData(file);
    expect(detectFormat(text, file)).toBe(format);
    expect(detectFormat(text)).toBe(format);
    expect(detectFormat(text, "upload.txt")).toBe(format);
  });

  it("recognises the Alignment Newsletter CSV by its columns", () => {
    expect(detectFormat(readData("alignment-newsletter.csv"), "alignment-newsletter.csv")).toBe("alignment-newsletter-csv");
  });

  it("covers every file in the shared data folder", () => {
    expect(dataFiles()).toEqual([
      "README.md",
      "af-posts.csv",
      "alignment-newsletter.csv",
      "lw-graphql-post.json",
      "shallow-review-agendas.csv",
      "shallow-review-papers.csv",
      "shallow-review-taxonomy.yaml",
      "zotero-ai-alignment-papers.csv",
    ]);
    // the README is Markdown without front matter or link items: one plain post by extension
    expect(detectFormat(readData("README.md"), "README.md")).toBe("markdown-post");
  });
});

describe("detectFormat on the fixtures and small inputs", () => {
  it.each([
    ["sample.bib", "bibtex"],
    ["broken.bib", "bibtex"],
    ["reading-list.md", "markdown-links"],
    ["urls.txt", "url-list"],
    ["lw-sequence.json", "lesswrong-json"],
    ["lw-posts.json", "lesswrong-json"],
    ["posts/2021-03-04-jekyll-post.md", "markdown-post"],
    ["posts/hugo-post.md", "markdown-post"],
    ["posts/broken-front-matter.md", "markdown-post"],
  ])("%s -> %s", (file, format) => {
    const text = readFixture(file);
    expect(detectFormat(text, file)).toBe(format);
    expect(detectFormat(text)).toBe(format);
  });

  it("reads the content before the extension", () => {
    expect(detectFormat("@article{a, title={T}}", "refs.txt")).toBe("bibtex");
    expect(detectFormat("% BibTeX export\n\n@inproceedings{a, title={T}}")).toBe("bibtex");
    expect(detectFormat("https://arxiv.org/abs/2101.00001\nhttps://example.com/x\n", "list.md")).toBe("url-list");
    expect(detectFormat("- [A](https://example.com/a)\n- [B](https://example.com/b)\n", "links.txt")).toBe("markdown-links");
    expect(detectFormat("---\ntitle: T\n---\nbody", "post.txt")).toBe("markdown-post");
    expect(detectFormat('+++\ntitle = "T"\n+++\nbody')).toBe("markdown-post");
    expect(detectFormat("taxonomy:\n- id: a\n  name: A\n")).toBe("shallow-review-taxonomy-yaml");
    expect(detectFormat("---\ntaxonomy:\n- name: A\n")).toBe("shallow-review-taxonomy-yaml");
    expect(detectFormat('{"data":{"posts":{"results":[]}}}')).toBe("lesswrong-json");
    expect(detectFormat('\ufeff"_id","title","pageUrl"\n"a","b","c"')).toBe("af-posts-csv");
    // a CSV missing one column is still recognised, so the parser can name what is missing
    expect(detectFormat("agenda_name,title,authors,published_year\n")).toBe("shallow-review-papers-csv");
  });

  it("falls back to the extension", () => {
    expect(detectFormat("Just some prose.\n\nNo links here.", "notes.md")).toBe("markdown-post");
    expect(detectFormat("- name: A\n  children: []\n", "tree.yml")).toBe("shallow-review-taxonomy-yaml");
    expect(detectFormat("not json at all", "x.json")).toBe("lesswrong-json");
    expect(detectFormat("nothing recognisable", "refs.bib")).toBe("bibtex");
  });

  it("explains what it could not recognise", () => {
    expectParseError(() => detectFormat("Just some prose, nothing else.", "notes.docx"), /notes\.docx: unrecognised import format \(line 1: "Just some prose/);
    expectParseError(() => detectFormat('{"hello": "world"}', "x.json"), /x\.json: JSON, but not a LessWrong\/Alignment Forum GraphQL response .*keys seen: hello/);
    expectParseError(() => detectFormat("a,b,c\n1,2,3\n", "t.csv"), /t\.csv: CSV whose header \(line 1\) matches no supported format; columns: "a", "b", "c"/);
    expect(() => detectFormat(" \n\n", "empty.csv")).toThrow(/empty\.csv: the file is empty/);
  });
});

describe("malformed files through parseImport", () => {
  it("truncated JSON names the line", () => {
    const text = readData("lw-graphql-post.json");
    const cut = text.slice(0, Math.floor(text.length / 2));
    expectParseError(() => parseImport(cut, { fileName: "lw.json" }), /^lw\.json: invalid JSON at line \d+, column \d+ \(the file looks truncated\)/);
  });

  it("a CSV with wrong columns names the missing ones", () => {
    const text = readData("af-posts.csv").replace('"_id","slug","title"', '"id","slug","name"');
    const err = expectParseError(
      () => parseImport(text, { fileName: "af-posts.csv" }),
      /af-posts\.csv: the header \(line 1\) is missing required columns "_id", "title"/,
    );
    expect(err.field).toBe("_id");
    const papers = readData("shallow-review-papers.csv").replace("agenda_name,", "agenda,");
    expectParseError(() => parseImport(papers), /missing required column "agenda_name"/);
    expectParseError(
      () => parseImport("title,url\nx,https://example.com\n", { format: "zotero-csv" }),
      /missing required columns "Item Type", "Author"; found "title", "url"/,
    );
  });

  it("binary junk names the line of the first NUL byte or invalid UTF-8", () => {
    expectParseError(() => parseImport(binaryAsText(64 * 1024), { fileName: "upload.csv" }), /upload\.csv: binary data \(NUL byte\) at line \d+, column \d+/);
    // high bytes only: no NUL, but invalid UTF-8 decoded to U+FFFD
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => 0x80 + ((i * 37) % 0x7f));
    const text = "Key,Item Type,Title,Author\n" + new TextDecoder().decode(bytes);
    const err = expectParseError(() => parseImport(text, { fileName: "z.csv" }), /z\.csv: invalid UTF-8 \(replacement character U\+FFFD\) at line 2/);
    expect(err.line).toBe(2);
    for (const format of IMPORT_FORMATS) {
      expectParseError(() => parseImport(binaryAsText(8 * 1024, 3), { format }), /binary data|invalid UTF-8/);
    }
  });

  it("a 5 MB junk string is rejected quickly by detection and by every parser", () => {
    const printable = junk(5 * 1024 * 1024, { printable: true });
    const binary = junk(5 * 1024 * 1024);
    const t0 = performance.now();
    expectParseError(() => detectFormat(printable, "junk.dat"), /junk\.dat: unrecognised import format \(line 1: /);
    expectParseError(() => detectFormat(binary, "junk.dat"), /junk\.dat: binary data \(NUL byte\) at line 1/);
    for (const format of IMPORT_FORMATS) {
      expectParseError(() => PARSERS[format](binary, { fileName: "junk" }), /^junk: binary data \(NUL byte\) at line 1/);
      if (format === "markdown-post") {
        // printable junk is valid Markdown; with no title anywhere it yields no post
        const r = PARSERS[format](printable);
        expect(r.posts).toEqual([]);
        expect(r.skipped[0]).toMatchObject({ line: 1, field: "title" });
        continue;
      }
      expectParseError(() => PARSERS[format](printable, { fileName: "junk" }), /^junk: /);
    }
    const ms = performance.now() - t0;
    console.info(`5 MB junk through detection and ${IMPORT_FORMATS.length} parsers x2: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(20_000);
  });

  it("rejects an unknown format name", () => {
    expectParseError(() => parseImport("x", { format: "docx" as never }), /unknown import format "docx"/);
  });
});

describe("parseImport", () => {
  it("detects and parses every real data file, with counts", () => {
    const counts = Object.fromEntries(
      [
        "zotero-ai-alignment-papers.csv",
        "af-posts.csv",
        "lw-graphql-post.json",
        "shallow-review-agendas.csv",
        "shallow-review-papers.csv",
        "shallow-review-taxonomy.yaml",
      ].map((f) => {
        const t0 = performance.now();
        const r = parseImport(readData(f), { fileName: f, mergeDuplicates: false });
        const ms = performance.now() - t0;
        console.info(`parseImport ${f}: ${r.posts.length} posts, ${r.agendas.length} agendas, ${r.skipped.length} skipped, ${ms.toFixed(0)} ms`);
        return [f, [r.format, r.posts.length, r.agendas.length, r.skipped.length]];
      }),
    );
    expect(counts).toEqual({
      "zotero-ai-alignment-papers.csv": ["zotero-csv", 1791, 0, 0],
      "af-posts.csv": ["af-posts-csv", 4267, 0, 7],
      "lw-graphql-post.json": ["lesswrong-json", 1, 0, 0],
      "shallow-review-agendas.csv": ["shallow-review-agendas-csv", 0, 79, 0],
      "shallow-review-papers.csv": ["shallow-review-papers-csv", 825, 0, 1],
      "shallow-review-taxonomy.yaml": ["shallow-review-taxonomy-yaml", 0, 96, 0],
    });
  });

  it("uses an explicit format without detection", () => {
    const r = parseImport("https://arxiv.org/abs/2101.00001\n", { format: "url-list" });
    expect(r.format).toBe("url-list");
    expect(r.posts[0].arxivId).toBe("2101.00001");
  });

  it("merges duplicates by default and reports them in skipped", () => {
    const list = [
      "https://arxiv.org/abs/2101.00001",
      "https://arxiv.org/pdf/2101.00001v2.pdf",
      "https://example.com/a?utm_source=x Title A",
      "https://example.com/a Title A: with a subtitle",
      "https://example.com/a A completely different work",
    ].join("\n");
    const merged = parseImport(list);
    expect(merged.posts.map((p) => [p.line, p.title])).toEqual([
      [1, "arXiv:2101.00001"],
      [3, "Title A"],
      [5, "A completely different work"],
    ]);
    expect(merged.skipped).toEqual([
      { line: 2, message: "duplicate of line 1 (same arXiv id 2101.00001), merged into it" },
      { line: 4, message: 'duplicate of line 3 (same URL https://example.com/a), merged into it; its title differs: "Title A: with a subtitle"' },
    ]);
    expect(parseImport(list, { mergeDuplicates: false }).posts).toHaveLength(5);
  });
});

describe("mergeDuplicatePosts", () => {
  const post = (over: Partial<ImportedPost>): ImportedPost => ({
    line: 1,
    title: "T",
    authors: [],
    source: "other",
    kind: "other",
    tags: [],
    agendas: [],
    ...over,
  });

  it("keeps the first record, fills its gaps and unites tags and agendas, without mutating input", () => {
    const a = post({ line: 2, title: "Agentic Misalignment", lesswrongId: "b8eeCGe3FWzHKbePF", tags: ["x"], agendas: ["A"] });
    const b = post({ line: 9, title: "Agentic misalignment", lesswrongId: "b8eeCGe3FWzHKbePF", arxivId: "2510.05179", authors: ["Aengus Lynch"], publishedAt: "2025-06-20", tags: ["X", "y"], agendas: ["B", "A"] });
    const c = post({ line: 12, title: "Other", arxivId: "2510.05179" });
    const { posts, merged } = mergeDuplicatePosts([a, b, c]);
    expect(posts).toEqual([
      post({
        line: 2,
        title: "Agentic Misalignment",
        lesswrongId: "b8eeCGe3FWzHKbePF",
        arxivId: "2510.05179",
        authors: ["Aengus Lynch"],
        publishedAt: "2025-06-20",
        tags: ["x", "y"],
        agendas: ["A", "B"],
      }),
    ]);
    expect(merged.map((m) => m.line)).toEqual([9, 12]);
    expect(merged[1].message).toMatch(/same arXiv id 2510\.05179.*its title differs: "Other"/);
    expect(a.tags).toEqual(["x"]);
  });

  it("does not merge different titles that only share a URL (chapters of one book)", () => {
    const { posts } = mergeDuplicatePosts([
      post({ line: 1, title: "Global Catastrophic Risks: Introduction", url: "https://example.com/book" }),
      post({ line: 2, title: "Cognitive biases potentially affecting judgment", url: "https://example.com/book" }),
    ]);
    expect(posts).toHaveLength(2);
    expect(titlesCompatible("AI Verification", "AI Verification: Mechanisms to Ensure AI Arms Control Compliance")).toBe(true);
    expect(titlesCompatible("X | Global Catastrophic Risk Institute", "X")).toBe(true);
    expect(titlesCompatible("Conservative Agency", "Optimal Policies Tend to Seek Power")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { binaryAsText } from "./test-data";
import { ImportParseError } from "./types";
import {
  cleanSummary,
  decodeImportBytes,
  finalizePost,
  parseAuthorList,
  parseDate,
  parseTagList,
  prepareText,
  readCsv,
  truncateText,
} from "./util";

describe("parseDate", () => {
  it.each([
    ["2020-03-30", { publishedAt: "2020-03-30", publishedYear: 2020 }],
    ["2022-06-05T22:05:52.224Z", { publishedAt: "2022-06-05", publishedYear: 2022 }],
    ["2021-03-04 10:00:00 +0000", { publishedAt: "2021-03-04", publishedYear: 2021 }],
    ["2023-11-20T23:30:00-08:00", { publishedAt: "2023-11-20", publishedYear: 2023 }],
    ["2021/3/4", { publishedAt: "2021-03-04", publishedYear: 2021 }],
    ["2020", { publishedYear: 2020 }],
    ["2020-04", { publishedYear: 2020 }],
    ["2025-03-XX", { publishedYear: 2025 }],
    ["March 5, 2021", { publishedAt: "2021-03-05", publishedYear: 2021 }],
    ["5 Sept 2021", { publishedAt: "2021-09-05", publishedYear: 2021 }],
    ["March 2021", { publishedYear: 2021 }],
    ["2021-02-30", { publishedYear: 2021 }],
    ["2020-02-29", { publishedAt: "2020-02-29", publishedYear: 2020 }],
    ["2019-02-29", { publishedYear: 2019 }],
    ["unknown", {}],
    ["", {}],
    ["0000", {}],
    ["Smarch 5, 2021", {}],
  ])("%j", (input, expected) => {
    expect(parseDate(input)).toEqual(expected);
  });

  it("accepts Date objects and year numbers", () => {
    expect(parseDate(new Date("2021-03-04T00:00:00Z"))).toEqual({ publishedAt: "2021-03-04", publishedYear: 2021 });
    expect(parseDate(2014)).toEqual({ publishedYear: 2014 });
    expect(parseDate(null)).toEqual({});
    expect(parseDate(new Date("nope"))).toEqual({});
  });
});

describe("parseAuthorList", () => {
  it("reads Zotero/BibTeX `Last, First; Last, First` in order", () => {
    expect(parseAuthorList("Clarke, Sam; Martin, Samuel Dylan")).toEqual(["Sam Clarke", "Samuel Dylan Martin"]);
    expect(parseAuthorList("Aird, Michael; Shovelain, Justin; algekalipso")).toEqual(["Michael Aird", "Justin Shovelain", "algekalipso"]);
  });

  it("reads `Last, First and Last, First`", () => {
    expect(parseAuthorList("Hubinger, Evan and Garrabrant, Scott")).toEqual(["Evan Hubinger", "Scott Garrabrant"]);
  });

  it("reads comma lists of full names, user names and teams", () => {
    expect(parseAuthorList("Bowen Baker, Joost Huizinga, Leo Gao")).toEqual(["Bowen Baker", "Joost Huizinga", "Leo Gao"]);
    expect(parseAuthorList("abhayesian, John Hughes, Jan_Kulveit", { commaMeansList: true })).toEqual([
      "abhayesian",
      "John Hughes",
      "Jan_Kulveit",
    ]);
    expect(parseAuthorList("Alice Smith, Bob Jones and Carol White")).toEqual(["Alice Smith", "Bob Jones", "Carol White"]);
    expect(parseAuthorList("A, B, and C")).toEqual(["A", "B", "C"]);
    expect(parseAuthorList("Google DeepMind Security & Privacy Research Team")).toEqual(["Google DeepMind Security & Privacy Research Team"]);
    expect(parseAuthorList("OpenAI Preparedness Team")).toEqual(["OpenAI Preparedness Team"]);
  });

  it("reads a lone `Last, First` as one person unless told commas separate names", () => {
    expect(parseAuthorList("Kokotajlo, Daniel")).toEqual(["Daniel Kokotajlo"]);
    expect(parseAuthorList("Jozdien, janus")).toEqual(["Jozdien", "janus"]);
    expect(parseAuthorList("Kokotajlo, Daniel", { commaMeansList: true })).toEqual(["Kokotajlo", "Daniel"]);
  });

  it("drops empties and duplicates, accepts arrays and objects", () => {
    expect(parseAuthorList(" ; Doe, Jane;; Doe, Jane ; ")).toEqual(["Jane Doe"]);
    expect(parseAuthorList(["Alex Roe", { name: "Sam Poe" }, { displayName: "evhub" }, 5])).toEqual(["Alex Roe", "Sam Poe", "evhub"]);
    expect(parseAuthorList("")).toEqual([]);
    expect(parseAuthorList(null)).toEqual([]);
  });
});

describe("parseTagList", () => {
  it("splits, trims and drops empty tags", () => {
    expect(parseTagList("TechSafety; MIRI")).toEqual(["TechSafety", "MIRI"]);
    expect(parseTagList(" ; ;")).toEqual([]);
    expect(parseTagList("a, b,, A")).toEqual(["a", "b"]);
    expect(parseTagList(["x", "", null, " y "])).toEqual(["x", "y"]);
  });
});

describe("prepareText", () => {
  it("strips a BOM and passes ordinary text", () => {
    expect(prepareText("\ufeffhello", "t")).toBe("hello");
  });

  it("rejects empty input, non-strings and NUL bytes, naming the line", () => {
    expect(() => prepareText("   \n ", "f.csv")).toThrow(/f\.csv: the file is empty/);
    expect(() => prepareText(42 as unknown as string, "t")).toThrow(/expected text input/);
    try {
      prepareText("line one\nline two\nbad\0byte", "f.txt");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportParseError);
      expect((e as ImportParseError).line).toBe(3);
      expect((e as Error).message).toMatch(/NUL byte\) at line 3, column 4/);
    }
  });

  it("rejects text full of replacement characters (invalid UTF-8 decoded leniently)", () => {
    const text = "title\n" + "ok \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd";
    expect(() => prepareText(text, "f.csv")).toThrow(/invalid UTF-8 \(replacement character U\+FFFD\) at line 2/);
  });

  it("tolerates a couple of stray control characters in a big file (as in the Zotero export)", () => {
    const text = "x".repeat(10_000) + "\u000f\u000f" + "y".repeat(10_000);
    expect(prepareText(text, "t")).toBe(text);
  });

  it("tolerates stray control characters spread through a big archive, refuses them packed together", () => {
    const chunk = "x".repeat(20_000) + "\u000f\u000f";
    const archive = chunk.repeat(20);
    expect(prepareText(archive, "t")).toBe(archive);
    expect(() => prepareText("x".repeat(5_000) + "\u0001".repeat(20) + "y".repeat(50_000), "t")).toThrow(/binary control characters at line 1/);
  });

  it("rejects a binary file decoded as text", () => {
    expect(() => prepareText(binaryAsText(4096), "upload.bin")).toThrow(ImportParseError);
  });
});

describe("decodeImportBytes", () => {
  it("decodes UTF-8 with and without BOM and UTF-16 with BOM", () => {
    expect(decodeImportBytes(new TextEncoder().encode("héllo"))).toBe("héllo");
    expect(decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe("a");
    expect(decodeImportBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]))).toBe("aé");
  });

  it("names the line of the first invalid UTF-8 byte", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("a,b\n1,2\n3,"), 0xc3, 0x28, 0x0a]);
    expect(() => decodeImportBytes(bytes, "latin1.csv")).toThrow(/latin1\.csv: invalid UTF-8 at line 3 \(byte 10\)/);
  });
});

describe("readCsv", () => {
  it("gives each record the line it starts on, multi-line fields included", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const csv = ["a,b", '1,"x', 'y"', "", "3,4", '5,"p', "q", 'r"', "6,7"].join(eol);
      const { rows } = readCsv(csv, { label: "t", required: ["a", "b"] });
      expect(rows.map((r) => r.line)).toEqual([2, 5, 6, 9]);
      expect(rows[1].record).toEqual({ a: "3", b: "4" });
      expect(rows[2].record.b).toBe(["p", "q", "r"].join(eol));
    }
    // multi-byte characters before a record do not shift the count
    const { rows } = readCsv('a,b\n"é,ü",ß\n€,2\n', { label: "t", required: ["a"] });
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it("matches header names case-insensitively", () => {
    const { rows } = readCsv("TITLE,Url\nx,y\n", { label: "t", required: ["Title", "Url"] });
    expect(rows[0].record).toEqual({ Title: "x", Url: "y" });
  });

  it("keeps the known columns only, a repeated one by its first non-empty value", () => {
    const { columns, rows } = readCsv("Title,Notes,Url,url\nx,long unused text,,y\n", { label: "t", required: ["Title"], optional: ["Url"] });
    expect(columns).toEqual(["Title", "Notes", "Url", "Url"]);
    expect(rows[0].record).toEqual({ Title: "x", Url: "y" });
  });

  it("names the missing required columns", () => {
    expect(() => readCsv("title,foo\nx,y\n", { label: "posts.csv", required: ["_id", "title", "pageUrl"] })).toThrow(
      /posts\.csv: the header \(line 1\) is missing required columns "_id", "pageUrl"; found "title", "foo"/,
    );
  });

  it("names the line of a record with the wrong number of fields", () => {
    try {
      readCsv("a,b\n1,2\n3,4,5\n", { label: "t", required: ["a"] });
      expect.unreachable();
    } catch (e) {
      expect((e as ImportParseError).line).toBe(3);
      expect((e as Error).message).toMatch(/line 3: record has 3 fields but the header has 2/);
    }
  });

  it("reports an unclosed quote (a truncated file)", () => {
    expect(() => readCsv('a,b\n1,2\n3,"never closed\n', { label: "t", required: ["a"] })).toThrow(/line 3: a quoted field opened here is never closed \(is the file truncated\?\)/);
  });
});

describe("summaries and posts", () => {
  it("drops LaTeX macro preamble lines from summaries", () => {
    expect(cleanSummary("% operators that are separated\n\n% Paper specific\n\n\n\nThis post continues the study.")).toBe(
      "This post continues the study.",
    );
    expect(cleanSummary("  ")).toBeUndefined();
  });

  it("truncates at a word boundary", () => {
    expect(truncateText("alpha beta gamma delta epsilon", 20)).toBe("alpha beta gamma…");
    expect(truncateText("short", 12)).toBe("short");
  });

  it("finalizePost derives ids and a URL, and omits empty fields", () => {
    expect(
      finalizePost({ line: 1, title: " A <i>t</i>itle ", source: "arxiv", kind: "paper", arxivId: "2101.00001", tags: ["", "x", "X"] }),
    ).toEqual({
      line: 1,
      title: "A title",
      authors: [],
      url: "https://arxiv.org/abs/2101.00001",
      arxivId: "2101.00001",
      source: "arxiv",
      kind: "paper",
      tags: ["x"],
      agendas: [],
    });
    const p = finalizePost({ line: 2, title: "T", source: "journal", kind: "paper", url: "https://dl.acm.org/doi/10.1145/3377325.3377498" });
    expect(p.doi).toBe("10.1145/3377325.3377498");
    expect(Object.keys(p)).not.toContain("summary");
  });
});

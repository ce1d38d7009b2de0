// What the CLI and the upload form hand to the importer: bytes or a folder of posts, parsed,
// with a hash that is the same for the same content; malformed input named precisely.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/support/setup-test-db";
import { FIXTURES_DIR } from "../test-data";
import { ImportParseError } from "../types";
import { parseBytes, parseMarkdownFolder } from "./read-input";
import { runImport } from "./run";

const folder = path.join(FIXTURES_DIR, "posts");
const files = () => fs.readdirSync(folder).map((name) => ({ name, bytes: fs.readFileSync(path.join(folder, name)) }));

const t = setupTestDatabase();

describe("reading import input", () => {
  it("a folder of Jekyll/Hugo posts: bodies become the posts' text, categories and tags become tags; twice is a no-op", async () => {
    const input = parseMarkdownFolder(files(), "posts");
    expect(input.parse.format).toBe("markdown-post");
    expect(input.parse.posts.length).toBeGreaterThanOrEqual(3);
    expect(parseMarkdownFolder(files().reverse(), "posts").contentHash).toBe(input.contentHash);
    const first = await runImport(t.db, { parse: input.parse });
    expect(first.byKind.post.created).toBe(input.parse.posts.length);
    const post = await t.db.post.findFirstOrThrow({ where: { title: "Why I Work on AI Alignment: A Personal Note" }, include: { tags: { include: { tag: true } } } });
    expect(post.body).toMatch(/I started thinking about \*\*AI alignment\*\* in 2019/);
    expect(post.canonicalUrl).toBe("https://janedoe.substack.com/p/why-i-work-on-ai-alignment");
    expect(post.tags.map((x) => x.tag.name)).toEqual(expect.arrayContaining(["alignment", "career", "rlhf", "interpretability", "evals"]));
    const second = await runImport(t.db, { parse: input.parse });
    expect(second.counts.created + second.counts.merged).toBe(0);
  });

  it("names the line or field of a malformed file", () => {
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(ImportParseError);
        return (e as Error).message;
      }
      throw new Error("expected an ImportParseError");
    };
    expect(err(() => parseBytes(new TextEncoder().encode('{"data": {"post": {"result": {"title": "Trunc'), "cut.json"))).toMatch(/cut\.json: .*line 1/);
    expect(err(() => parseBytes(new Uint8Array([0x66, 0x6f, 0xff, 0xfe, 0x00, 0x01]), "junk.bin"))).toMatch(/junk\.bin: invalid UTF-8 at line 1/);
    expect(err(() => parseBytes(new TextEncoder().encode("a,b,c\n1,2,3\n"), "wrong.csv"))).toMatch(/wrong\.csv: CSV whose header \(line 1\) matches no supported format/);
    expect(err(() => parseBytes(new TextEncoder().encode("x"), "x.txt", "pdf"))).toMatch(/unknown format "pdf"/);
    expect(err(() => parseMarkdownFolder([{ name: "a.txt", bytes: new Uint8Array([65]) }], "empty"))).toMatch(/no Markdown/);
  });
});

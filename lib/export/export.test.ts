// Exports on the demo library: the JSON backup restores into an empty database with every
// table equal (ids, content, counters, timestamps), without password hashes unless asked;
// BibTeX, CSV and list Markdown read back through the importers.
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseImport } from "@/lib/import";
import { seedDemo } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-db";
import { BACKUP_TABLES, createBackup, delegateOf } from "./backup";
import { toBibtex } from "./bibtex";
import { exportCriteria } from "./criteria";
import { toCsv } from "./csv";
import { loadListForExport, loadPostsForExport } from "./load";
import { listToMarkdown } from "./markdown";
import { isBackup, restoreBackup } from "./restore";

let source: TestDatabase;
let target: TestDatabase;

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await seedDemo(source.db);
});
afterAll(async () => {
  await Promise.all([source?.cleanup(), target?.cleanup()]);
});

const strip = (b: Awaited<ReturnType<typeof createBackup>>) => ({ ...b, exportedAt: "" });

describe("JSON full backup", () => {
  it("restores into an empty database with nothing lost, and refuses a database with data", async () => {
    const backup = await createBackup(source.db, { withSecrets: true });
    const json = JSON.stringify(backup);
    expect(isBackup(json)).toBe(true);
    expect(backup.tables.Post.length).toBeGreaterThanOrEqual(60);
    expect(backup.tables.Review.length).toBeGreaterThan(0);
    expect(backup.tables.Reply.length).toBeGreaterThan(0);

    const counts = await restoreBackup(target.db, json);
    for (const t of BACKUP_TABLES) {
      expect(await delegateOf(target.db, t.delegate).count(), t.name).toBe(backup.tables[t.name].length);
      expect(counts[t.name]).toBe(backup.tables[t.name].length);
    }
    const again = await createBackup(target.db, { withSecrets: true });
    expect(JSON.parse(JSON.stringify(strip(again)))).toEqual(JSON.parse(JSON.stringify(strip(backup))));
    // Full-text search works on restored posts (the trigger rebuilt the vectors).
    const hits = await target.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Post" WHERE "searchVector" @@ websearch_to_tsquery('english', 'optimization')`);
    expect(hits[0].n).toBeGreaterThan(0);

    await expect(restoreBackup(target.db, json)).rejects.toThrow(/empty database only/);
  });

  it("leaves password hashes and sessions out unless withSecrets", async () => {
    const plain = await createBackup(source.db);
    expect(plain.withSecrets).toBe(false);
    expect(plain.tables.Account.length).toBeGreaterThan(0);
    expect(plain.tables.Account.every((a) => a.password === null)).toBe(true);
    expect(JSON.stringify(plain)).not.toMatch(/"password":"[^"]/);
    expect(plain.tables.Session).toEqual([]);
    const secret = await createBackup(source.db, { withSecrets: true });
    expect(secret.tables.Account.some((a) => typeof a.password === "string" && a.password.length > 20)).toBe(true);
  });

  it("reads a backup saved through `npm run export > FILE` (npm's banner lines first)", async () => {
    const json = JSON.stringify({ ...(await createBackup(source.db)), tables: {} });
    const withBanner = `\n> alignment-reading-tracker@0.1.0 export\n> node scripts/export.ts --format json\n\n${json}`;
    expect(isBackup(withBanner)).toBe(true);
    expect(isBackup('{"kind": "other"}')).toBe(false);
  });

  it("rejects what is not a backup with a clear message", async () => {
    await expect(restoreBackup(target.db, "{not json")).rejects.toThrow(/not valid JSON/);
    await expect(restoreBackup(target.db, '{"kind":"something-else","tables":{}}')).rejects.toThrow(/Not a backup made by this app/);
  });
});

describe("BibTeX, CSV and Markdown exports", () => {
  it("BibTeX of the whole library parses back into the same posts", async () => {
    const posts = await loadPostsForExport(source.db, { criteria: {}, viewer: null });
    expect(posts.length).toBe(await source.db.post.count({ where: { draft: false } }));
    const bib = toBibtex(posts);
    const back = parseImport(bib, { format: "bibtex", mergeDuplicates: false });
    expect(back.posts.length).toBe(posts.length);
    const byTitle = new Map(back.posts.map((p) => [p.title, p]));
    for (const p of posts) {
      const q = byTitle.get(p.title);
      expect(q, p.title).toBeDefined();
      expect(q!.authors).toEqual(p.authors);
      if (p.arxivId) expect(q!.arxivId).toBe(p.arxivId);
      if (p.publishedYear) expect(q!.publishedYear).toBe(p.publishedYear);
    }
  });

  it("CSV follows the library filters and keeps authors in order", async () => {
    const agenda = await source.db.agenda.findFirstOrThrow({ where: { postCount: { gt: 0 } }, orderBy: { postCount: "desc" } });
    const posts = await loadPostsForExport(source.db, { criteria: exportCriteria(new URLSearchParams({ agenda: agenda.slug })), viewer: null });
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.length).toBeLessThan(await source.db.post.count());
    expect(posts.every((p) => p.agendas.length > 0)).toBe(true);
    const rows = parseCsv(toCsv(posts), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(posts.length);
    expect(rows[0].title).toBe(posts[0].title);
    expect(rows[0].authors).toBe(posts[0].authors.join("; "));
    expect(toCsv([{ ...posts[0], title: "=HYPERLINK(\"x\")" }])).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it("a reading list exports as Markdown that imports back as the same list", async () => {
    const list = await source.db.readingList.findFirstOrThrow({ where: { visibility: "public", entries: { some: {} } }, include: { entries: true, sections: true } });
    const data = await loadListForExport(source.db, { slug: list.slug, viewer: null });
    expect(data).not.toBeNull();
    const md = listToMarkdown(data!, { baseUrl: "https://reading.example" });
    expect(md.startsWith(`# ${list.title}`)).toBe(true);
    const back = parseImport(md, { fileName: `${list.slug}.md` });
    expect(back.format).toBe("markdown-links");
    expect(back.posts.length).toBe(list.entries.length);
    expect(back.lists[0].title).toBe(list.title);
    const priv = await source.db.readingList.findFirst({ where: { visibility: "private" } });
    if (priv) expect(await loadListForExport(source.db, { slug: priv.slug, viewer: null })).toBeNull();
  });
});

// The importer against the real files in ../shared/data, on a fresh database: counts, a few
// exact records, idempotency (a second run creates and merges nothing), the dry run writing
// nothing, stored counters equal to a recount, and merges that respect hand edits.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/tests/support/test-db";
import { setupTestDatabase } from "@/tests/support/setup-test-db";
import { parseImport } from "../detect";
import { readData, readFixture } from "../test-data";
import type { ParseResult } from "../types";
import { runImport } from "./run";

const t = setupTestDatabase();
const timings: Record<string, number> = {};

afterAll(() => {
  console.log("import timings (ms):", JSON.stringify(timings));
});

async function tableCounts() {
  const db = t.db;
  const [posts, authors, postAuthors, tags, postTags, agendas, postAgendas, lists, entries] = await Promise.all([
    db.post.count(),
    db.author.count(),
    db.postAuthor.count(),
    db.tag.count(),
    db.postTag.count(),
    db.agenda.count(),
    db.postAgenda.count(),
    db.readingList.count(),
    db.listEntry.count(),
  ]);
  return { posts, authors, postAuthors, tags, postTags, agendas, postAgendas, lists, entries };
}

async function importTwice(file: string, parse: ParseResult, actorId: string | null = null) {
  const t0 = Date.now();
  const first = await runImport(t.db, { parse, actorId });
  timings[file] = Date.now() - t0;
  const after = await tableCounts();
  const second = await runImport(t.db, { parse, actorId });
  expect(second.counts.created, `${file}: second run creates nothing`).toBe(0);
  expect(second.counts.merged, `${file}: second run merges nothing`).toBe(0);
  expect(await tableCounts(), `${file}: second run changes no table`).toEqual(after);
  return first;
}

async function storedCountersMatch() {
  const tags = await t.db.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM "Tag" t WHERE t."postCount" <> (SELECT count(*) FROM "PostTag" pt WHERE pt."tagId" = t.id)`,
  );
  const agendas = await t.db.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM "Agenda" a WHERE a."postCount" <> (SELECT count(*) FROM "PostAgenda" pa WHERE pa."agendaId" = a.id)`,
  );
  expect(Number(tags[0].n)).toBe(0);
  expect(Number(agendas[0].n)).toBe(0);
}

describe("importing ../shared/data into an empty database", () => {
  it("a dry run of the Zotero export writes nothing and plans every row", async () => {
    const parse = parseImport(readData("zotero-ai-alignment-papers.csv"), { fileName: "zotero-ai-alignment-papers.csv" });
    const before = await tableCounts();
    const plan = await runImport(t.db, { parse, dryRun: true });
    expect(await tableCounts()).toEqual(before);
    expect(plan.dryRun).toBe(true);
    // 21 rows are the same work as an earlier row by title (a record with and without its URL).
    expect(plan.byKind.post.created).toBe(1556);
    expect(plan.byKind.post.merged + plan.byKind.post.skipped).toBe(parse.skipped.length + 21);
    expect(plan.rows.length).toBe(parse.posts.length + parse.skipped.length);
    expect(plan.rows.find((r) => r.action === "skip")?.reason).toMatch(/duplicate of line \d+/);
  });

  it("Zotero CSV: 1,556 posts from 1,791 rows, authors in order, Manual Tags as tags; a rerun is a no-op", async () => {
    const parse = parseImport(readData("zotero-ai-alignment-papers.csv"), { fileName: "zotero-ai-alignment-papers.csv" });
    const report = await importTwice("zotero", parse);
    expect(report.byKind.post.created).toBe(1556);
    expect(report.errors).toEqual([]);
    expect(await t.db.post.count()).toBe(1556);
    const dry = await runImport(t.db, { parse, dryRun: true });
    expect(dry.counts).toEqual({ created: 0, merged: 0, skipped: report.rows.length, errors: 0 });
    const offSwitch = await t.db.post.findMany({ where: { normalizedTitle: "the off switch game" } });
    expect(offSwitch).toHaveLength(1);
    expect(offSwitch[0].arxivId).toBe("1611.08219");
    const post = await t.db.post.findFirstOrThrow({
      where: { lesswrongId: "qYzqDtoQaZ3eDDyxa" },
      include: { authors: { orderBy: { position: "asc" }, include: { author: true } }, tags: { include: { tag: true } } },
    });
    expect(post.title).toBe("Distinguishing AI takeover scenarios");
    expect(post.authors.map((a) => a.author.name)).toEqual(["Sam Clarke", "Samuel Dylan Martin"]);
    expect(post.authorsText).toBe("Sam Clarke, Samuel Dylan Martin");
    expect(post.source).toBe("alignment_forum");
    expect(post.publishedAt?.toISOString().slice(0, 10)).toBe("2021-09-08");
    expect(post.tags.length).toBeGreaterThan(0);
    const tag = await t.db.tag.findFirstOrThrow({ where: { name: "UnsortedSafety" } });
    expect(tag.postCount).toBe(await t.db.postTag.count({ where: { tagId: tag.id } }));
    await storedCountersMatch();
  });

  it("LessWrong GraphQL post: merges into the Zotero library or creates, never twice", async () => {
    const parse = parseImport(readData("lw-graphql-post.json"), { fileName: "lw-graphql-post.json" });
    await importTwice("lw-graphql-post", parse);
    const post = await t.db.post.findUniqueOrThrow({ where: { lesswrongId: "uMQ3cqWDPHhjtiesc" } });
    expect(post.title).toBe("AGI Ruin: A List of Lethalities");
    expect(post.authorsText).toBe("Eliezer Yudkowsky");
    expect(post.publishedYear).toBe(2022);
  });

  it("Alignment Forum posts CSV: every LessWrong id once; Zotero rows with the same id are merged, not duplicated", async () => {
    const parse = parseImport(readData("af-posts.csv"), { fileName: "af-posts.csv" });
    const before = await t.db.post.count();
    const report = await importTwice("af-posts", parse);
    expect(report.byKind.post.created + report.byKind.post.merged + report.rows.filter((r) => r.kind === "post" && r.action === "skip" && /already/.test(r.reason)).length).toBe(parse.posts.length);
    expect(report.byKind.post.merged + report.rows.filter((r) => /already in the library/.test(r.reason)).length).toBeGreaterThan(0);
    expect(await t.db.post.count()).toBe(before + report.byKind.post.created);
    const ids = await t.db.post.groupBy({ by: ["lesswrongId"], _count: true, where: { lesswrongId: { not: null } }, having: { lesswrongId: { _count: { gt: 1 } } } });
    expect(ids).toEqual([]);
    const first = await t.db.post.findUniqueOrThrow({ where: { lesswrongId: "KWtchKwwnJkd4bwCi" } });
    expect(first.title).toBe("Challenge: Hand coding weights for efficient sequence memorisation");
    expect(first.authorsText).toBe("Linda Linsefors");
    expect(first.wordCount).toBeGreaterThan(0);
  });

  it("shallow-review taxonomy, agendas and papers: agendas with parents, summaries and theory of change; papers filed under them", async () => {
    const taxonomy = parseImport(readData("shallow-review-taxonomy.yaml"), { fileName: "shallow-review-taxonomy.yaml" });
    const tax = await importTwice("shallow-review-taxonomy", taxonomy);
    expect(tax.byKind.agenda.created).toBe(96);
    const agendas = parseImport(readData("shallow-review-agendas.csv"), { fileName: "shallow-review-agendas.csv" });
    await importTwice("shallow-review-agendas", agendas);
    const openai = await t.db.agenda.findFirstOrThrow({ where: { name: "OpenAI" }, include: { parent: true } });
    expect(openai.parent?.name).toBe("Labs (giant companies)");
    expect(openai.summary).toMatch(/Public benefit corporation/);
    const withToc = await t.db.agenda.count({ where: { theoryOfChange: { not: "" } } });
    expect(withToc).toBeGreaterThan(30);

    const papers = parseImport(readData("shallow-review-papers.csv"), { fileName: "shallow-review-papers.csv" });
    await importTwice("shallow-review-papers", papers);
    const cot = await t.db.agenda.findFirstOrThrow({ where: { name: "Chain of thought monitoring" } });
    const filed = await t.db.post.findUniqueOrThrow({ where: { arxivId: "2503.11926" }, include: { agendas: { include: { agenda: true } } } });
    expect(filed.title).toBe("Monitoring Reasoning Models for Misbehavior and the Risks of Promoting Obfuscation");
    expect(filed.agendas.map((a) => a.agenda.name).sort()).toEqual(["Chain of thought monitoring", "OpenAI"]);
    expect(cot.postCount).toBeGreaterThan(0);
    await storedCountersMatch();
  });

  it("Alignment Newsletter CSV: items become posts (or complete the ones already imported), tagged with their category", async () => {
    const parse = parseImport(readData("alignment-newsletter.csv"), { fileName: "alignment-newsletter.csv" });
    const before = await t.db.post.count();
    const report = await importTwice("alignment-newsletter", parse);
    expect(report.errors).toEqual([]);
    expect(await t.db.post.count()).toBe(before + report.byKind.post.created);
    expect(report.byKind.post.merged).toBeGreaterThan(0);
    const post = await t.db.post.findFirstOrThrow({ where: { normalizedTitle: "adversarial examples are not bugs they are features" }, include: { tags: { include: { tag: true } } } });
    expect(post.tags.map((x) => x.tag.name)).toEqual(expect.arrayContaining(["Adversarial examples", "AN #62"]));
    await storedCountersMatch();
  });

  it("never overwrites a field a person edited, and never a non-empty one", async () => {
    const post = await t.db.post.create({
      data: { slug: "hand-edited-post", title: "Hand edited post about corrigibility", normalizedTitle: "hand edited post about corrigibility", summary: "", editedFields: ["summary"] },
    });
    const parse: ParseResult = {
      format: "url-list",
      posts: [
        { line: 1, title: "Hand edited post about corrigibility", authors: ["A. Person"], source: "blog", kind: "blog_post", summary: "imported summary", wordCount: 1200, url: "https://example.org/hand-edited", tags: ["Corrigibility"], agendas: [] },
      ],
      agendas: [],
      lists: [],
      skipped: [],
    };
    const r = await runImport(t.db, { parse });
    expect(r.rows[0].action).toBe("merge");
    const after = await t.db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(after.summary).toBe("");
    expect(after.wordCount).toBe(1200);
    expect(after.url).toBe("https://example.org/hand-edited");
    expect(after.authorsText).toBe("A. Person");
    expect(after.title).toBe("Hand edited post about corrigibility");
  });

  it("a LessWrong sequence becomes a reading list with one section per chapter, once", async () => {
    const owner = await t.db.user.create({ data: { id: "importer", name: "Importer", email: "importer@example.test", handle: "importer" } });
    const parse = parseImport(readFixture("lw-sequence.json"), { fileName: "lw-sequence.json" });
    expect(parse.lists.length).toBeGreaterThan(0);
    await importTwice("lw-sequence", parse, owner.id);
    const list = await t.db.readingList.findFirstOrThrow({ where: { ownerId: owner.id, title: parse.lists[0].title }, include: { sections: true, entries: true } });
    expect(list.sections.map((s) => s.title)).toEqual(parse.lists[0].sections.filter((s) => s.postRefs.length).map((s) => s.title));
    // The chapter's event is skipped; the introduction listed in two chapters is one entry.
    expect(list.entries.length).toBe(parse.posts.length);
  });
});

describe("an interrupted import", () => {
  const u = setupTestDatabase();

  it("leaves whole batches and matching job counters; a rerun completes it and creates no duplicates", async () => {
    const parse = parseImport(readData("shallow-review-papers.csv"), { fileName: "shallow-review-papers.csv" });
    const job = await u.db.importJob.create({ data: { format: parse.format, fileName: "papers.csv" } });
    let batches = 0;
    // The process "dies" right after the second batch committed.
    await expect(
      runImport(u.db, {
        parse,
        jobId: job.id,
        batchSize: 100,
        onProgress: () => {
          if (++batches === 3) throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    const stopped = await u.db.importJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(stopped.status).toBe("running");
    expect(stopped.processed).toBe(parse.skipped.length + 200);
    expect(await u.db.post.count()).toBe(stopped.created);
    const linked = await u.db.postAgenda.count();
    const agendaSum = await u.db.agenda.aggregate({ _sum: { postCount: true } });
    expect(agendaSum._sum.postCount).toBe(linked);

    const rerun = await runImport(u.db, { parse });
    const total = await u.db.post.count();
    expect(rerun.byKind.post.created).toBe(total - stopped.created);
    const fresh = await createTestDatabase();
    try {
      const once = await runImport(fresh.db, { parse });
      expect(total).toBe(once.byKind.post.created);
    } finally {
      await fresh.cleanup();
    }
    const again = await runImport(u.db, { parse });
    expect(again.counts.created + again.counts.merged).toBe(0);
  });
});

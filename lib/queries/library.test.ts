import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed";
import { setupTestDatabase } from "@/tests/support/setup-test-db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  buildLibraryCountSql,
  buildLibraryOrder,
  buildLibraryPageSql,
  buildLibraryWhere,
  findLibraryPage,
  resolveTaxonomy,
  MARK_END,
  MARK_START,
  normalizeCriteria,
  SEARCH_COUNT_CAP,
  type LibraryCriteria,
} from "./library";

describe("normalizeCriteria with junk input", () => {
  it("falls back to defaults for nonsense", () => {
    const junk = {
      q: "   ",
      agenda: 42,
      tags: "not-an-array",
      source: "myspace",
      yearFrom: "2020",
      yearTo: Number.NaN,
      reviewed: "maybe",
      status: "devoured",
      sort: "DROP TABLE",
      page: -3,
    } as unknown as LibraryCriteria;
    expect(normalizeCriteria(junk)).toEqual({
      q: null,
      agenda: null,
      tags: [],
      source: null,
      yearFrom: null,
      yearTo: null,
      reviewed: null,
      status: null,
      author: null,
      sort: "newest",
      page: 1,
    });
    expect(normalizeCriteria(undefined).sort).toBe("newest");
    expect(normalizeCriteria(null).page).toBe(1);
  });

  it("bounds pages, swaps reversed year ranges, dedupes tags, trims text", () => {
    const c = normalizeCriteria({ page: 10_000_000, yearFrom: 2024, yearTo: 2019, tags: [" rlhf ", "rlhf", "", "x".repeat(500)], q: ` ${"a".repeat(900)} ` });
    expect(c.page).toBe(1);
    expect([c.yearFrom, c.yearTo]).toEqual([2019, 2024]);
    expect(c.tags[0]).toBe("rlhf");
    expect(c.tags).toHaveLength(2);
    expect(c.tags[1]).toHaveLength(120);
    expect(c.q).toHaveLength(200);
    expect(normalizeCriteria({ page: 2.5 }).page).toBe(1);
    expect(normalizeCriteria({ yearFrom: 99999 }).yearFrom).toBeNull();
  });

  it("sorts by relevance only when there is a search", () => {
    expect(normalizeCriteria({ q: "debate" }).sort).toBe("relevance");
    expect(normalizeCriteria({ q: "debate", sort: "oldest" }).sort).toBe("oldest");
    expect(normalizeCriteria({ sort: "relevance" }).sort).toBe("newest");
  });
});

describe("buildLibraryWhere", () => {
  const hostile = `'); DROP TABLE "Post"; --`;

  it("binds every user value as a parameter, never as SQL text", () => {
    const sql = buildLibraryWhere({ q: hostile, agenda: hostile, tags: [hostile], author: hostile, status: "none" }, { id: hostile });
    expect(sql.sql).not.toContain("DROP TABLE");
    expect(sql.values).toContain(hostile);
    expect(sql.sql).toContain("websearch_to_tsquery");
  });

  it("hides other people's drafts and ignores status when signed out", () => {
    const anon = buildLibraryWhere({ status: "read" }, null);
    expect(anon.sql).toContain("p.draft = false");
    expect(anon.sql).not.toContain("ReadingStatus");
    const signedIn = buildLibraryWhere({ status: "read" }, { id: "u1" });
    expect(signedIn.sql).toContain(`"createdById"`);
    expect(signedIn.sql).toContain("ReadingStatus");
    expect(buildLibraryWhere({ status: "none" }, { id: "u1" }).sql).toContain("NOT EXISTS");
  });

  it("adds one condition per tag (all of them must match) and a recursive agenda subtree", () => {
    const sql = buildLibraryWhere({ tags: ["a", "b", "c"], agenda: "x" }, null).sql;
    expect(sql.match(/"PostTag"/g)).toHaveLength(3);
    expect(sql).toContain("WITH RECURSIVE");
    expect(sql).toContain(`"PostAgenda"`);
  });

  it("drops unknown enum values instead of passing them to SQL", () => {
    const sql = buildLibraryWhere({ source: "nope" as never, reviewed: "sure" as never }, null);
    expect(sql.sql).not.toContain("PostSource");
    expect(sql.sql).not.toContain("reviewCount");
  });

  it("orders by the requested sort with a stable tiebreak", () => {
    expect(buildLibraryOrder({ sort: "most_reviewed" }).sql).toContain(`"reviewCount" DESC`);
    expect(buildLibraryOrder({ sort: "top_rated" }).sql).toContain(`"ratingMean" DESC NULLS LAST`);
    expect(buildLibraryOrder({ sort: "recent_activity" }).sql).toContain(`"lastActivityAt" DESC`);
    expect(buildLibraryOrder({ sort: "oldest" }).sql).toContain(`"publishedAt" ASC`);
    expect(buildLibraryOrder({ q: "x" }).sql).toMatch(/^\(p\."headingVector" @@ .*\) IS TRUE DESC, p\."sortDate" DESC/);
    for (const sort of ["newest", "oldest", "most_reviewed", "top_rated", "recent_activity"] as const) {
      expect(buildLibraryOrder({ sort }).sql).toMatch(/p\.id ASC$/);
    }
  });
});

describe(`library queries on a seeded database (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  const t = setupTestDatabase();
  beforeAll(async () => {
    await seedDemo(t.db);
  });

  it("pages 25 at a time with a total equal to a plain count", async () => {
    const all = await t.db.post.count({ where: { draft: false } });
    const first = await findLibraryPage(t.db, { criteria: {}, viewer: null });
    expect(first.total).toBe(all);
    expect(first.items).toHaveLength(Math.min(25, all));
    const second = await findLibraryPage(t.db, { criteria: { page: 2 }, viewer: null });
    const ids = new Set(first.items.map((i) => i.id));
    expect(second.items.some((i) => ids.has(i.id))).toBe(false);
    const dates = first.items.map((i) => i.publishedAt?.getTime() ?? 0);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(first.items[0].authors.length).toBeGreaterThan(0);
  });

  it("includes sub-agendas in an agenda filter", async () => {
    const parent = await t.db.agenda.findFirstOrThrow({ where: { children: { some: { posts: { some: {} } } } }, include: { children: true } });
    const subtreeIds = [parent.id, ...parent.children.map((c) => c.id)];
    const expected = await t.db.post.count({ where: { draft: false, agendas: { some: { agendaId: { in: subtreeIds } } } } });
    const direct = await t.db.post.count({ where: { draft: false, agendas: { some: { agendaId: parent.id } } } });
    const res = await findLibraryPage(t.db, { criteria: { agenda: parent.slug }, viewer: null, pageSize: 100 });
    expect(res.total).toBe(expected);
    expect(res.total).toBeGreaterThanOrEqual(direct);
    const child = parent.children.find(() => true)!;
    const childPosts = await t.db.postAgenda.findMany({ where: { agendaId: child.id }, select: { postId: true } });
    for (const { postId } of childPosts) expect(res.items.map((i) => i.id)).toContain(postId);
  });

  it("requires every tag when several are given", async () => {
    const tags = await t.db.tag.findMany({ orderBy: { postCount: "desc" }, take: 2 });
    const one = await findLibraryPage(t.db, { criteria: { tags: [tags[0].slug] }, viewer: null, pageSize: 100 });
    const both = await findLibraryPage(t.db, { criteria: { tags: [tags[0].slug, tags[1].slug] }, viewer: null, pageSize: 100 });
    expect(both.total).toBeLessThanOrEqual(one.total);
    for (const item of both.items) {
      const slugs = item.tags.map((x) => x.slug);
      expect(slugs.length).toBeGreaterThan(0);
    }
    const unknown = await findLibraryPage(t.db, { criteria: { tags: ["no-such-tag"] }, viewer: null });
    expect(unknown.total).toBe(0);
    expect(unknown.items).toEqual([]);
  });

  it("finds a post by a word that only appears in one of its reviews, and highlights it", async () => {
    const review = await t.db.review.findFirstOrThrow({ include: { post: true } });
    await t.db.post.update({ where: { id: review.postId }, data: { reviewsText: `${review.post.reviewsText}\nquokkaesque reasoning` } });
    const res = await findLibraryPage(t.db, { criteria: { q: "quokkaesque" }, viewer: null });
    expect(res.total).toBe(1);
    expect(res.items[0].id).toBe(review.postId);
    expect(res.items[0].reviewHighlight).toContain(`${MARK_START}quokkaesqu`);
  });

  it("highlights a summary that holds a searched word, and leaves other summaries unparsed", async () => {
    const [inSummary, inTitle] = await t.db.post.findMany({ where: { draft: false, summary: { not: "" } }, orderBy: { id: "desc" }, take: 2 });
    await t.db.post.update({ where: { id: inSummary.id }, data: { summary: `A careful look at numbatish incentives. ${inSummary.summary}` } });
    await t.db.post.update({ where: { id: inTitle.id }, data: { title: "Numbatish goals" } });
    // Two words, one in each post's summary or title: each row's gate asks for any of them.
    const res = await findLibraryPage(t.db, { criteria: { q: "numbatish or goals" }, viewer: null, pageSize: 100 });
    const summaryOf = (id: string) => res.items.find((i) => i.id === id)?.summaryHighlight;
    expect(summaryOf(inSummary.id)).toContain(`${MARK_START}numbatish${MARK_END}`);
    expect(summaryOf(inTitle.id) ?? null).toBeNull();
  });

  it("ranks title and author matches first, newest first, then the others, across pages", async () => {
    const posts = await t.db.post.findMany({ where: { draft: false }, orderBy: { id: "asc" }, take: 5 });
    const day = (n: number) => new Date(Date.UTC(2020, 0, n));
    // Two title matches (the older one first in a relevance page regardless of date), one
    // author match, and two matches in review text only, newer than all of them.
    await t.db.post.update({ where: { id: posts[0].id }, data: { title: "Wombatlike agents", publishedAt: day(1) } });
    await t.db.post.update({ where: { id: posts[1].id }, data: { title: "More wombatlike agents", publishedAt: day(2) } });
    await t.db.post.update({ where: { id: posts[2].id }, data: { authorsText: "Ada Wombatlike", publishedAt: day(3) } });
    await t.db.post.update({ where: { id: posts[3].id }, data: { reviewsText: "a wombatlike argument", publishedAt: day(20) } });
    await t.db.post.update({ where: { id: posts[4].id }, data: { reviewsText: "wombatlike again", publishedAt: day(21) } });
    const expected = [posts[2].id, posts[1].id, posts[0].id, posts[4].id, posts[3].id];

    const all = await findLibraryPage(t.db, { criteria: { q: "wombatlike" }, viewer: null });
    expect(all.items.map((i) => i.id)).toEqual(expected);
    expect(all).toMatchObject({ total: 5, totalCapped: false });
    expect(all.items[4].reviewHighlight).toContain(`${MARK_START}wombatlik`);

    // Pages of two cut through both parts of the order without gaps or repeats.
    const pages = await Promise.all([1, 2, 3].map((page) => findLibraryPage(t.db, { criteria: { q: "wombatlike", page }, viewer: null, pageSize: 2 })));
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(expected);

    // The export reads the same order from buildLibraryOrder.
    const ordered = await t.db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT p.id FROM "Post" p WHERE ${buildLibraryWhere({ q: "wombatlike" }, null)} ORDER BY ${buildLibraryOrder({ q: "wombatlike" })}`,
    );
    expect(ordered.map((r) => r.id)).toEqual(expected);

    // A title match ruled out by a negated word found in the reviews is not a match.
    await t.db.post.update({ where: { id: posts[0].id }, data: { reviewsText: "quibblesome" } });
    const negated = await findLibraryPage(t.db, { criteria: { q: "wombatlike -quibblesome" }, viewer: null });
    expect(negated.items.map((i) => i.id)).toEqual(expected.filter((id) => id !== posts[0].id));
  });

  it("counts a search up to the cap and then says there are more", async () => {
    await t.db.$executeRawUnsafe(
      `INSERT INTO "Post" (id, slug, title, "normalizedTitle", summary, "updatedAt")
       SELECT 'cap-' || g, 'cap-' || g, 'Capped ' || g, 'capped ' || g, 'a gnuish summary', now() FROM generate_series(1, ${SEARCH_COUNT_CAP + 1}) g`,
    );
    const res = await findLibraryPage(t.db, { criteria: { q: "gnuish" }, viewer: null });
    expect(res).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
    expect(res.items).toHaveLength(25);
    await t.db.post.delete({ where: { id: "cap-1" } });
    expect(await findLibraryPage(t.db, { criteria: { q: "gnuish" }, viewer: null })).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: false });
    // Without a search the count stays exact.
    const all = await t.db.post.count({ where: { draft: false } });
    expect(await findLibraryPage(t.db, { criteria: {}, viewer: null })).toMatchObject({ total: all, totalCapped: false });
    await t.db.post.deleteMany({ where: { id: { startsWith: "cap-" } } });
  });

  it("filters by the viewer's reading status, and 'none' means no status row", async () => {
    const status = await t.db.readingStatus.findFirstOrThrow();
    const viewer = { id: status.userId };
    const mine = await t.db.readingStatus.count({ where: { userId: viewer.id, status: status.status } });
    const res = await findLibraryPage(t.db, { criteria: { status: status.status }, viewer, pageSize: 100 });
    expect(res.total).toBe(mine);
    expect(res.items.every((i) => i.status === status.status)).toBe(true);
    const withAny = await t.db.readingStatus.count({ where: { userId: viewer.id, post: { draft: false } } });
    const none = await findLibraryPage(t.db, { criteria: { status: "none" }, viewer });
    const all = await t.db.post.count({ where: { draft: false } });
    expect(none.total).toBe(all - withAny);
  });

  it("combines source, year range and reviewed", async () => {
    const expected = await t.db.post.count({
      where: { draft: false, source: "arxiv", publishedYear: { gte: 2019, lte: 2023 }, reviewCount: { gt: 0 } },
    });
    const res = await findLibraryPage(t.db, { criteria: { source: "arxiv", yearFrom: 2019, yearTo: 2023, reviewed: "yes" }, viewer: null });
    expect(res.total).toBe(expected);
  });

  it("shows a draft to its creator only", async () => {
    const user = await t.db.user.findFirstOrThrow();
    const post = await t.db.post.findFirstOrThrow();
    await t.db.post.update({ where: { id: post.id }, data: { draft: true, createdById: user.id, title: "Zanzibarish draft" } });
    expect((await findLibraryPage(t.db, { criteria: { q: "zanzibarish" }, viewer: null })).total).toBe(0);
    expect((await findLibraryPage(t.db, { criteria: { q: "zanzibarish" }, viewer: { id: "someone-else" } })).total).toBe(0);
    expect((await findLibraryPage(t.db, { criteria: { q: "zanzibarish" }, viewer: { id: user.id } })).total).toBe(1);
  });

  it("sorts top rated by mean rating with unrated posts last", async () => {
    const res = await findLibraryPage(t.db, { criteria: { sort: "top_rated" }, viewer: null, pageSize: 100 });
    const means = res.items.map((i) => i.ratingMean);
    const rated = means.filter((m): m is number => m != null);
    expect(rated.length).toBeGreaterThan(0);
    expect(means.slice(0, rated.length)).toEqual([...rated].sort((a, b) => b - a));
    expect(means.slice(rated.length).every((m) => m == null)).toBe(true);
  });

  // The plan, not a timing: with sequential scans priced out, the page must come from the
  // top-rated index in order (no Sort step) and the count from the draft index. If the
  // index's NULLS LAST drifted from the ORDER BY, a Sort would appear here.
  it("reads the top-rated page and the count through indexes", async () => {
    const plans = await t.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const explain = async (q: Prisma.Sql) => {
        const rows = await tx.$queryRawUnsafe<Record<string, string>[]>(`EXPLAIN ${q.text}`, ...q.values);
        return rows.map((r) => Object.values(r)[0]).join("\n");
      };
      return { page: await explain(buildLibraryPageSql({ sort: "top_rated" }, null)), count: await explain(buildLibraryCountSql({}, null)) };
    });
    const inner = plans.page.slice(plans.page.indexOf("Limit"));
    expect(inner).toContain("Post_ratingMean_ratingCount_id_idx");
    expect(inner.slice(0, inner.indexOf("Post_ratingMean_ratingCount_id_idx"))).not.toMatch(/Sort/);
    // Index-only once vacuumed; a fresh test database has no visibility map yet.
    expect(plans.count).toMatch(/Scan (on|using) "Post_draft_createdById_idx"/);
  });

  describe("an agenda filter, paged from the agenda's posts or by walking the date index", () => {
    // Parent > child > grandchild, and an unrelated agenda. Dates are distinct except for
    // a tie (broken by id) and an undated post (last in "newest").
    const day = (n: number) => new Date(Date.UTC(2011, 0, n));
    const posts = [
      { id: "ag-p1", agendas: ["ag-parent"], publishedAt: day(5) },
      { id: "ag-p2", agendas: ["ag-child"], publishedAt: day(7) },
      { id: "ag-p3", agendas: ["ag-grandchild"], publishedAt: day(6) },
      { id: "ag-p4", agendas: ["ag-parent", "ag-child"], publishedAt: day(4) },
      { id: "ag-p5", agendas: ["ag-other"], publishedAt: day(8) },
      { id: "ag-p6", agendas: ["ag-child"], publishedAt: day(9), draft: true },
      { id: "ag-p7", agendas: ["ag-grandchild"], publishedAt: null },
      { id: "ag-p9", agendas: ["ag-parent"], publishedAt: day(3) },
      { id: "ag-p8", agendas: ["ag-grandchild"], publishedAt: day(3) },
    ];
    const published = ["ag-p2", "ag-p3", "ag-p1", "ag-p4", "ag-p8", "ag-p9", "ag-p7"];
    const branches = { "from the agenda's posts": 1_000_000, "walking the date index": -1 };
    let author: string;

    beforeAll(async () => {
      author = (await t.db.user.findFirstOrThrow()).id;
      await t.db.agenda.create({ data: { id: "ag-parent", name: "Agenda parent", slug: "ag-parent", oldSlugs: ["ag-former"] } });
      await t.db.agenda.create({ data: { id: "ag-child", name: "Agenda child", slug: "ag-child", parentId: "ag-parent" } });
      await t.db.agenda.create({ data: { id: "ag-grandchild", name: "Agenda grandchild", slug: "ag-grandchild", parentId: "ag-child" } });
      await t.db.agenda.create({ data: { id: "ag-other", name: "Agenda other", slug: "ag-other" } });
      for (const p of posts) {
        await t.db.post.create({
          data: {
            id: p.id, slug: p.id, title: `Agenda post ${p.id}`, normalizedTitle: `agenda post ${p.id}`, publishedAt: p.publishedAt,
            draft: p.draft ?? false, createdById: author, agendas: { create: p.agendas.map((agendaId) => ({ agendaId })) },
          },
        });
      }
    });

    const pageIds = async (criteria: LibraryCriteria, viewer: { id: string } | null, smallAgendaPosts: number, pageSize = 25) => {
      const taxonomy = await resolveTaxonomy(t.db, criteria);
      const rows = await t.db.$queryRaw<{ id: string }[]>(buildLibraryPageSql(criteria, viewer, pageSize, { smallAgendaPosts, taxonomy }));
      return rows.map((r) => r.id);
    };

    for (const [branch, smallAgendaPosts] of Object.entries(branches)) {
      it(`includes sub-agendas at any depth, each post once, newest first (${branch})`, async () => {
        expect(await pageIds({ agenda: "ag-parent" }, null, smallAgendaPosts)).toEqual(published);
        expect(await pageIds({ agenda: "ag-former" }, null, smallAgendaPosts)).toEqual(published);
        expect(await pageIds({ agenda: "ag-child" }, null, smallAgendaPosts)).toEqual(["ag-p2", "ag-p3", "ag-p4", "ag-p8", "ag-p7"]);
        expect(await pageIds({ agenda: "ag-parent", sort: "oldest" }, null, smallAgendaPosts)).toEqual(["ag-p8", "ag-p9", "ag-p4", "ag-p1", "ag-p3", "ag-p2", "ag-p7"]);
        expect(await pageIds({ agenda: "no-such-agenda" }, null, smallAgendaPosts)).toEqual([]);
      });

      it(`pages without gaps or repeats (${branch})`, async () => {
        const pages = await Promise.all([1, 2, 3, 4].map((page) => pageIds({ agenda: "ag-parent", page }, null, smallAgendaPosts, 2)));
        expect(pages.flat()).toEqual(published);
        expect(pages[3]).toEqual(["ag-p7"]);
      });

      it(`shows a draft in the agenda to its creator only (${branch})`, async () => {
        expect(await pageIds({ agenda: "ag-parent" }, { id: "someone-else" }, smallAgendaPosts)).toEqual(published);
        expect(await pageIds({ agenda: "ag-parent" }, { id: author }, smallAgendaPosts)).toEqual(["ag-p6", ...published]);
      });
    }

    it("counts what it pages, for others and for the draft's creator", async () => {
      expect(await findLibraryPage(t.db, { criteria: { agenda: "ag-parent" }, viewer: null })).toMatchObject({ total: published.length });
      const mine = await findLibraryPage(t.db, { criteria: { agenda: "ag-parent" }, viewer: { id: author } });
      expect(mine.total).toBe(published.length + 1);
      expect(mine.items.map((i) => i.id)).toEqual(["ag-p6", ...published]);
      expect(mine.items.find((i) => i.id === "ag-p4")!.agendas.map((a) => a.slug)).toEqual(["ag-child", "ag-parent"]);
      expect(await findLibraryPage(t.db, { criteria: { agenda: "ag-grandchild" }, viewer: null })).toMatchObject({ total: 3 });
      // Past the end no row carries the total: it is counted apart.
      expect(await findLibraryPage(t.db, { criteria: { agenda: "ag-parent", page: 3 }, viewer: null, pageSize: 5 })).toMatchObject({ items: [], total: published.length });
      expect((await findLibraryPage(t.db, { criteria: { agenda: "ag-parent", page: 2 }, viewer: null, pageSize: 5 })).items).toHaveLength(2);
    });

    // The stored post counts of the subtree choose the plan; the statement holds only it.
    it("chooses the plan by the subtree's stored post count", async () => {
      await t.db.agenda.update({ where: { id: "ag-child" }, data: { postCount: 1500 } });
      try {
        const taxonomy = await resolveTaxonomy(t.db, { agenda: "ag-former" });
        expect(taxonomy.agenda).toEqual({ ids: expect.arrayContaining(["ag-parent", "ag-child", "ag-grandchild"]), posts: 1500 });
        expect(taxonomy.agenda!.ids).toHaveLength(3);
        const sqlFor = (smallAgendaPosts?: number) =>
          buildLibraryPageSql({ agenda: "ag-parent" }, null, 25, { taxonomy, ...(smallAgendaPosts == null ? {} : { smallAgendaPosts }) }).sql;
        expect(sqlFor()).toContain("small_agenda");
        expect(sqlFor(1000)).not.toContain("small_agenda");
        expect(sqlFor(1000)).toContain("EXISTS (SELECT 1 FROM \"PostAgenda\"");
      } finally {
        await t.db.agenda.update({ where: { id: "ag-child" }, data: { postCount: 0 } });
      }
    });

    it("resolves each tag to its subtree, and an unknown agenda or tag to nothing", async () => {
      expect(await resolveTaxonomy(t.db, {})).toEqual({ agenda: null, tags: [] });
      expect(await resolveTaxonomy(t.db, { agenda: "no-such-agenda", tags: ["no-such-tag"] })).toEqual({ agenda: { ids: [], posts: 0 }, tags: [[]] });
      expect(() => buildLibraryPageSql({ agenda: "ag-parent" }, null)).toThrow(/resolveTaxonomy/);
    });
  });

  it("survives hostile input as plain data", async () => {
    const res = await findLibraryPage(t.db, { criteria: { q: `"unclosed -( ) & | ! <script>`, agenda: "'; --", tags: ["%"] }, viewer: null });
    expect(res.total).toBe(0);
    const count = await t.db.$queryRaw<{ total: number }[]>(buildLibraryCountSql({ q: "&&&|||!!!" }, null));
    expect(Number(count[0].total)).toBeGreaterThanOrEqual(0);
  });
});

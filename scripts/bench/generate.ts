// Fills an empty, migrated database with a synthetic library at a chosen scale, in SQL
// (generate_series), so even the L scale loads in minutes. Texts are cut from real prose
// at lengths drawn from the real data's distributions (calibrate.ts).
import type { Db } from "@/lib/db/client";
import { recountAll } from "@/lib/mutations/counters";
import type { Calibration } from "./calibrate";

export type Scale = { name: string; posts: number; reviews: number; replies: number; users: number; lists: number; entries: number; tags: number; agendas: number };

export const SCALES: Record<string, Scale> = {
  S: { name: "S", posts: 10_000, reviews: 30_000, replies: 100_000, users: 1_000, lists: 500, entries: 2_000, tags: 200, agendas: 60 },
  L: { name: "L", posts: 100_000, reviews: 300_000, replies: 1_000_000, users: 10_000, lists: 5_000, entries: 20_000, tags: 2_000, agendas: 600 },
  XS: { name: "XS", posts: 1_000, reviews: 3_000, replies: 10_000, users: 100, lists: 50, entries: 200, tags: 40, agendas: 12 },
};

/** The pages the benchmark visits, picked so each exercises its worst realistic case. */
export type Targets = { agenda: string; tag: string; word: string; post: string; review: string; list: string };

const lengthExpr = (mu: number, sigma: number, min = 40, max = 20_000) =>
  `greatest(${min}, least(${max}, exp(${mu} + ${sigma} * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))))::int`;

export async function generateLibrary(db: Db, scale: Scale, cal: Calibration, log = console.log): Promise<Targets> {
  const x = (sql: string, ...params: unknown[]) => db.$executeRawUnsafe(sql, ...params);
  const t0 = Date.now();
  const step = (what: string) => log(`  ${what} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const { posts: N, reviews: R, replies: P, users: U, lists: L, entries: E, tags: T, agendas: A } = scale;
  const text = (fit: { mu: number; sigma: number }) => `bench_text(${lengthExpr(fit.mu, fit.sigma)})`;

  // Real prose in ~500-character chunks (small rows: no TOAST work per read); a text of
  // length n is random chunks joined until long enough.
  const chunks = cal.corpus.match(/.{200,600}(?:\s|$)/g) ?? [cal.corpus];
  await x(`DROP TABLE IF EXISTS bench_corpus, bench_title, bench_chunk`);
  await x(`CREATE UNLOGGED TABLE bench_chunk AS SELECT (o - 1)::int AS i, t FROM unnest($1::text[]) WITH ORDINALITY AS u(t, o)`, chunks);
  await x(`ALTER TABLE bench_chunk ADD PRIMARY KEY (i)`);
  await x(`CREATE OR REPLACE FUNCTION bench_text(len int) RETURNS text LANGUAGE plpgsql VOLATILE AS $fn$
    DECLARE out text := ''; piece text; pick int;
    BEGIN
      WHILE length(out) < len LOOP
        pick := floor(random() * ${chunks.length})::int;
        SELECT t INTO piece FROM bench_chunk WHERE i = pick;
        out := out || coalesce(piece, '') || ' ';
      END LOOP;
      RETURN left(out, len);
    END $fn$`);
  await x(`CREATE UNLOGGED TABLE bench_corpus AS SELECT 1 AS one`);
  await x(`CREATE UNLOGGED TABLE bench_title AS SELECT (o - 1)::int AS i, t FROM unnest($1::text[]) WITH ORDINALITY AS u(t, o)`, cal.titles);
  await x(`ALTER TABLE bench_title ADD PRIMARY KEY (i)`);
  const titleCount = cal.titles.length;

  await x(`INSERT INTO "User" (id, name, email, handle, "emailVerified", "updatedAt")
    SELECT 'bu' || g, 'Bench User ' || g, 'bench' || g || '@example.test', 'bench-' || g, true, now() FROM generate_series(1, ${U}) g`);
  await x(`INSERT INTO "Author" (id, name, slug, "normalizedName")
    SELECT 'ba' || g, 'Author Number ' || g, 'author-number-' || g, 'author number ' || g FROM generate_series(1, ${Math.max(10, Math.floor(N / 5))}) g`);
  const tagParents = Math.max(2, Math.floor(T / 10));
  await x(`INSERT INTO "Tag" (id, name, slug, description, "parentId")
    SELECT 'bt' || g, 'Bench tag ' || g, 'bench-tag-' || g, 'A tag for the benchmark.',
      CASE WHEN g > ${tagParents} THEN 'bt' || (1 + g % ${tagParents}) END FROM generate_series(1, ${T}) g`);
  const agendaParents = Math.max(2, Math.floor(A / 6));
  await x(`INSERT INTO "Agenda" (id, name, slug, summary, "theoryOfChange", "parentId")
    SELECT 'bg' || g, 'Bench agenda ' || g, 'bench-agenda-' || g, 'An agenda for the benchmark.', 'Measured, then made fast.',
      CASE WHEN g > ${agendaParents} THEN 'bg' || (1 + g % ${agendaParents}) END FROM generate_series(1, ${A}) g`);
  step("users, authors, tags, agendas");

  await x(`INSERT INTO "Post" (id, slug, title, "normalizedTitle", source, kind, "publishedAt", "publishedYear", summary, "authorsText", "updatedAt", "lastActivityAt", url, "canonicalUrl")
    SELECT 'bp' || g, 'bench-post-' || g, bt.t || CASE WHEN g > ${titleCount} THEN ' (part ' || (g / ${titleCount}) || ')' ELSE '' END,
      lower(bt.t) || ' ' || g,
      (ARRAY['lesswrong','alignment_forum','arxiv','blog','journal','conference','video','other'])[1 + g % 8]::"PostSource",
      (ARRAY['forum_post','paper','blog_post','video','book','other'])[1 + g % 6]::"PostKind",
      d, extract(year FROM d)::int, ${text(cal.summary)}, 'Author Number ' || (1 + g % ${Math.floor(N / 5)}), now(), d,
      'https://example.test/bench/' || g, 'https://example.test/bench/' || g
    FROM generate_series(1, ${N}) g
    CROSS JOIN bench_corpus c
    JOIN bench_title bt ON bt.i = g % ${titleCount}
    CROSS JOIN LATERAL (SELECT timestamp '2015-01-01' + (random() * 4000) * interval '1 day' + g * interval '1 millisecond' AS d) dd`);
  step(`${N} posts`);
  await x(`INSERT INTO "PostAuthor" ("postId", "authorId", position)
    SELECT 'bp' || g, 'ba' || (1 + g % ${Math.floor(N / 5)}), 0 FROM generate_series(1, ${N}) g`);
  await x(`INSERT INTO "PostTag" ("postId", "tagId")
    SELECT DISTINCT 'bp' || g, 'bt' || (1 + (g * k) % ${T}) FROM generate_series(1, ${N}) g, generate_series(1, 2) k`);
  await x(`INSERT INTO "PostAgenda" ("postId", "agendaId", core)
    SELECT 'bp' || g, 'bg' || (1 + g % ${A}), g % 20 = 0 FROM generate_series(1, ${N}) g`);
  step("authors, tags and agendas of posts");

  // Post bp1 gets 50 reviews; the others share the rest, 3 reviewers per post, distinct.
  await x(`INSERT INTO "Review" (id, "postId", "authorId", body, rating, confidence, "createdAt", "updatedAt", "lastActivityAt")
    SELECT 'bv1-' || k, 'bp1', 'bu' || k, ${text(cal.review)}, 1 + (k % 10), 1 + (k % 5), now() - k * interval '1 hour', now(), now()
    FROM generate_series(1, 50) k CROSS JOIN bench_corpus c`);
  await x(`INSERT INTO "Review" (id, "postId", "authorId", body, rating, confidence, "createdAt", "updatedAt", "lastActivityAt")
    SELECT 'bv' || g, 'bp' || (2 + g % ${N - 1}), 'bu' || (1 + ((g / ${N - 1}) + (g % ${N - 1}) * 7) % ${U}), ${text(cal.review)},
      CASE WHEN g % 4 = 0 THEN NULL ELSE 1 + (g * 7) % 10 END, 1 + g % 5,
      now() - (random() * 1500) * interval '1 day', now(), now()
    FROM generate_series(1, ${R - 50}) g CROSS JOIN bench_corpus c
    ON CONFLICT ("postId", "authorId") DO NOTHING`);
  step(`${R} reviews`);

  // Review bv1-1 gets a 300-reply thread; bp1's other reviews share 300 more; the rest
  // are spread as binary trees under the other reviews.
  await x(`INSERT INTO "Reply" (id, "postId", "reviewId", "parentId", "rootId", depth, "authorId", body, "createdAt", "updatedAt")
    SELECT 'br1-' || k, 'bp1', 'bv1-1', CASE WHEN k > 0 THEN 'br1-' || ((k - 1) / 2) END, 'br1-0', floor(log(2, k + 1))::int,
      'bu' || (1 + k % ${U}), ${text(cal.reply)}, now() - (300 - k) * interval '1 minute', now()
    FROM generate_series(0, 299) k CROSS JOIN bench_corpus c`);
  await x(`INSERT INTO "Reply" (id, "postId", "reviewId", "parentId", "rootId", depth, "authorId", body, "createdAt", "updatedAt")
    SELECT 'br2-' || k, 'bp1', 'bv1-' || (2 + k % 49), NULL, 'br2-' || k, 0, 'bu' || (1 + k % ${U}), ${text(cal.reply)}, now() - k * interval '1 minute', now()
    FROM generate_series(0, 299) k CROSS JOIN bench_corpus c`);
  const reviewsWithReplies = Math.min(R - 50, Math.floor(P / 3));
  await x(`INSERT INTO "Reply" (id, "postId", "reviewId", "parentId", "rootId", depth, "authorId", body, "createdAt", "updatedAt")
    SELECT 'br' || j, v."postId", v.id,
      CASE WHEN j / ${reviewsWithReplies} > 0 THEN 'br' || (((j / ${reviewsWithReplies}) - 1) / 2 * ${reviewsWithReplies} + j % ${reviewsWithReplies}) END,
      'br' || (j % ${reviewsWithReplies}), floor(log(2, j / ${reviewsWithReplies} + 1))::int,
      'bu' || (1 + (j * 13) % ${U}), ${text(cal.reply)}, now() - (random() * 1000) * interval '1 day', now()
    FROM generate_series(0, ${P - 601}) j CROSS JOIN bench_corpus c
    JOIN "Review" v ON v.id = 'bv' || (1 + j % ${reviewsWithReplies})`);
  step(`${P} replies`);

  await x(`INSERT INTO "ReadingList" (id, slug, title, description, visibility, "ownerId", "updatedAt")
    SELECT 'bl' || g, 'bench-list-' || g, 'Bench list ' || g, 'A list for the benchmark.', 'public', 'bu' || (1 + g % ${U}), now()
    FROM generate_series(1, ${L}) g`);
  await x(`INSERT INTO "ListSection" (id, "listId", title, position)
    SELECT 'bs' || g || '-' || s, 'bl' || g, 'Week ' || (s + 1), s FROM generate_series(1, ${L}) g, generate_series(0, 1) s`);
  // bl1 holds 200 entries; the other lists share the rest.
  await x(`INSERT INTO "ListEntry" (id, "listId", "sectionId", "postId", position, core)
    SELECT 'be1-' || k, 'bl1', 'bs1-' || (k / 100), 'bp' || (1 + k * 37 % ${N}), k, k % 3 <> 0 FROM generate_series(0, 199) k
    ON CONFLICT DO NOTHING`);
  const perList = Math.max(1, Math.floor((E - 200) / Math.max(1, L - 1)));
  await x(`INSERT INTO "ListEntry" (id, "listId", "sectionId", "postId", position, core)
    SELECT 'be' || g || '-' || k, 'bl' || g, 'bs' || g || '-' || (k % 2), 'bp' || (1 + (g * 31 + k * 101) % ${N}), k, true
    FROM generate_series(2, ${L}) g, generate_series(0, ${perList - 1}) k ON CONFLICT DO NOTHING`);
  await x(`INSERT INTO "ReadingStatus" ("userId", "postId", status, "updatedAt")
    SELECT 'bu' || (1 + g % ${U}), 'bp' || (1 + (g * 17) % ${N}), (ARRAY['to_read','reading','read','skipped'])[1 + g % 4]::"ReadingStatusValue", now()
    FROM generate_series(1, ${N}) g ON CONFLICT DO NOTHING`);
  step("lists, entries, reading statuses");

  await recountAll(db);
  await x(`DROP TABLE IF EXISTS bench_corpus, bench_title, bench_chunk`);
  await x(`DROP FUNCTION IF EXISTS bench_text(int)`);
  // VACUUM sets the visibility map, as autovacuum would on a live library, so counts can
  // be index-only scans (PGlite runs no autovacuum: this is its only vacuum).
  await x(`VACUUM ANALYZE`);
  step("counters recounted, statistics analysed");

  const word = cal.titles.join(" ").match(/\b(mesa-optimi[a-z]+|corrigib[a-z]+|interpretab[a-z]+)\b/i)?.[0] ?? "alignment";
  return { agenda: "bench-agenda-1", tag: "bench-tag-1", word: word.toLowerCase(), post: "bench-post-1", review: "bv1-1", list: "bench-list-1" };
}

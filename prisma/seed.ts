// The demo library: real posts and papers (facts only) and text this project wrote.
// `seedDemo` runs once on a fresh database (scripts/start.ts) or by `npm run db:seed`.
import { hashPassword } from "better-auth/crypto";
import type { Db } from "@/lib/db";
import { recountAll } from "@/lib/mutations/counters";
import { insertPost, linkAgendas, linkTags, type Tx } from "@/lib/mutations/posts/write-post";
import { toSlug } from "@/lib/slug";
import * as data from "./seed-data";

export const DEMO_PASSWORD = "alignment-demo";
const SEEDED_KEY = "demo-seeded-at";

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

export async function isSeeded(db: Db) {
  return !!(await db.appMeta.findUnique({ where: { key: SEEDED_KEY } }));
}

/** True when the database holds nothing a person made: the only state in which to seed. */
export async function isPristine(db: Db) {
  const [posts, users] = await Promise.all([db.post.count(), db.user.count()]);
  return posts === 0 && users === 0 && !(await isSeeded(db));
}

async function seedTaxonomy(tx: Tx) {
  const agendaIds = new Map<string, string>();
  for (const a of data.agendas) {
    const row = await tx.agenda.create({
      data: { name: a.name, slug: toSlug(a.key), summary: a.summary, theoryOfChange: a.theoryOfChange, section: a.section ?? null },
    });
    agendaIds.set(a.key, row.id);
  }
  for (const a of data.agendas) {
    if (a.parentKey) await tx.agenda.update({ where: { id: agendaIds.get(a.key)! }, data: { parentId: agendaIds.get(a.parentKey)! } });
  }
  const tagIds = new Map<string, string>();
  for (const t of data.tags) {
    const row = await tx.tag.create({ data: { name: t.name, slug: toSlug(t.key), description: t.description } });
    tagIds.set(t.key, row.id);
  }
  for (const t of data.tags) {
    if (t.parentKey) await tx.tag.update({ where: { id: tagIds.get(t.key)! }, data: { parentId: tagIds.get(t.parentKey)! } });
  }
  return { agendaIds, tagIds };
}

async function seedUsers(tx: Tx) {
  const password = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const u of data.users) {
    const id = `demo-${u.key}`;
    await tx.user.create({
      data: { id, name: u.name, handle: u.handle, email: u.email, emailVerified: true, role: u.role, bio: u.bio },
    });
    await tx.account.create({ data: { id: `acct-${u.key}`, accountId: id, providerId: "credential", userId: id, password } });
    userIds.set(u.key, id);
  }
  return userIds;
}

export async function seedDemo(db: Db) {
  await db.$transaction(
    async (tx) => {
      const { agendaIds, tagIds } = await seedTaxonomy(tx);
      const userIds = await seedUsers(tx);
      const postIds = new Map<string, string>();
      for (const p of data.posts) {
        const post = await insertPost(tx, {
          title: p.title,
          authors: p.authors,
          url: p.url,
          lesswrongId: p.lesswrongId,
          arxivId: p.arxivId,
          doi: p.doi,
          source: p.source,
          kind: p.kind,
          publishedAt: new Date(`${p.publishedAt}T00:00:00Z`),
          summary: p.summary,
          body: p.body ?? null,
          wordCount: p.wordCount ?? null,
        });
        postIds.set(p.key, post.id);
        await linkTags(tx, post.id, p.tags.map((k) => tagIds.get(k)!));
        await linkAgendas(tx, post.id, p.agendas.map((k) => ({ agendaId: agendaIds.get(k)!, core: p.coreFor?.includes(k) ?? false })));
      }

      const reviewIds = new Map<string, string>();
      for (const r of data.reviews) {
        const at = daysAgo(r.daysAgo);
        const row = await tx.review.create({
          data: {
            postId: postIds.get(r.postKey)!,
            authorId: userIds.get(r.userKey)!,
            body: r.body,
            rating: r.rating ?? null,
            confidence: r.confidence ?? null,
            createdAt: at,
            lastActivityAt: at,
          },
        });
        reviewIds.set(r.key, row.id);
      }

      // Parents before children: replies are listed in thread order in the data, but
      // sort by age so a parent always exists before its reply is written.
      const replyIds = new Map<string, { id: string; rootId: string; depth: number }>();
      const ordered = [...data.replies].sort((a, b) => b.daysAgo - a.daysAgo);
      const pending = [...ordered];
      while (pending.length) {
        const before = pending.length;
        for (let i = 0; i < pending.length; i++) {
          const r = pending[i];
          const parent = r.parentKey ? replyIds.get(r.parentKey) : undefined;
          if (r.parentKey && !parent) continue;
          const reviewId = r.reviewKey ? reviewIds.get(r.reviewKey)! : null;
          const postId = r.postKey
            ? postIds.get(r.postKey)!
            : postIds.get(data.reviews.find((v) => v.key === r.reviewKey)!.postKey)!;
          const at = daysAgo(r.daysAgo);
          const row = await tx.reply.create({
            data: {
              postId,
              reviewId,
              parentId: parent?.id ?? null,
              rootId: parent?.rootId ?? null,
              depth: parent ? parent.depth + 1 : 0,
              authorId: userIds.get(r.userKey)!,
              body: r.body,
              createdAt: at,
              lastSubthreadActivityAt: at,
            },
          });
          replyIds.set(r.key, { id: row.id, rootId: parent?.rootId ?? row.id, depth: parent ? parent.depth + 1 : 0 });
          pending.splice(i--, 1);
        }
        if (pending.length === before) throw new Error(`Seed replies with missing parents: ${pending.map((p) => p.key).join(", ")}`);
      }
      // rootId of a top-level reply is itself: set it now that ids exist.
      await tx.$executeRawUnsafe(`UPDATE "Reply" SET "rootId" = id WHERE "parentId" IS NULL AND "rootId" IS NULL`);

      for (const rel of data.relations) {
        await tx.postRelation.create({
          data: { fromPostId: postIds.get(rel.fromKey)!, toPostId: postIds.get(rel.toKey)!, type: rel.type, crux: rel.crux },
        });
      }

      for (const list of data.lists) {
        const row = await tx.readingList.create({
          data: {
            slug: toSlug(list.key),
            title: list.title,
            description: list.description,
            visibility: list.visibility,
            ownerId: userIds.get(list.ownerKey)!,
          },
        });
        let position = 0;
        for (const [s, section] of list.sections.entries()) {
          const sec = await tx.listSection.create({ data: { listId: row.id, title: section.title, position: s } });
          for (const e of section.entries) {
            await tx.listEntry.create({
              data: { listId: row.id, sectionId: sec.id, postId: postIds.get(e.postKey)!, position: position++, core: e.core, note: e.note ?? "" },
            });
          }
        }
      }

      for (const s of data.statuses) {
        const at = daysAgo(s.daysAgo);
        await tx.readingStatus.create({
          data: {
            userId: userIds.get(s.userKey)!,
            postId: postIds.get(s.postKey)!,
            status: s.status,
            updatedAt: at,
            startedAt: s.status === "to_read" ? null : at,
            finishedAt: s.status === "read" ? at : null,
          },
        });
      }

      await recountAll(tx);
      await tx.$executeRawUnsafe(
        `UPDATE "Post" p SET "lastActivityAt" = greatest(p."lastActivityAt", x.at)
         FROM (SELECT "postId", max("createdAt") AS at FROM "Reply" GROUP BY "postId"
               UNION ALL SELECT "postId", max("createdAt") FROM "Review" GROUP BY "postId") x
         WHERE x."postId" = p.id`,
      );
      await tx.appMeta.create({ data: { key: SEEDED_KEY, value: new Date().toISOString() } });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

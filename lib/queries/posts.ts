import "server-only";
import { db } from "@/lib/db";

const listSelect = {
  id: true,
  slug: true,
  title: true,
  authorsText: true,
  source: true,
  kind: true,
  publishedAt: true,
  summary: true,
  reviewCount: true,
  ratingMean: true,
} as const;

export async function findRecentPosts({ page = 1, pageSize = 25 } = {}) {
  const [items, total] = await Promise.all([
    db.post.findMany({
      where: { draft: false },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: listSelect,
    }),
    db.post.count({ where: { draft: false } }),
  ]);
  return { items, total, page, pageSize };
}

export async function getPostBySlug(slug: string) {
  return db.post.findUnique({
    where: { slug },
    select: {
      ...listSelect,
      url: true,
      body: true,
      wordCount: true,
      arxivId: true,
      lesswrongId: true,
      doi: true,
      draft: true,
      reviews: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          rating: true,
          confidence: true,
          createdAt: true,
          hiddenAt: true,
          replyCount: true,
          author: { select: { name: true, handle: true } },
        },
      },
    },
  });
}

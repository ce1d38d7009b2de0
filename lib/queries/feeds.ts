import "server-only";
import { db } from "@/lib/db";

/** The newest visible reviews for the Atom feed, optionally within one agenda or tag. */
export async function getFeedReviews({ agenda, tag, limit = 50 }: { agenda?: string; tag?: string; limit?: number }) {
  const [agendaRow, tagRow, reviews] = await Promise.all([
    agenda ? db.agenda.findUnique({ where: { slug: agenda }, select: { name: true, slug: true } }) : null,
    tag ? db.tag.findUnique({ where: { slug: tag }, select: { name: true, slug: true } }) : null,
    db.review.findMany({
      where: {
        deletedAt: null,
        hiddenAt: null,
        post: {
          draft: false,
          ...(agenda ? { agendas: { some: { agenda: { slug: agenda } } } } : {}),
          ...(tag ? { tags: { some: { tag: { slug: tag } } } } : {}),
        },
      },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        body: true,
        rating: true,
        confidence: true,
        createdAt: true,
        editedAt: true,
        author: { select: { name: true, handle: true } },
        post: { select: { slug: true, title: true } },
      },
    }),
  ]);
  return { agenda: agendaRow, tag: tagRow, reviews };
}

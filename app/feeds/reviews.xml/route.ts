import { Feed } from "feed";
import { z } from "zod";
import { appUrl } from "@/lib/auth/auth";
import { renderMarkdown } from "@/lib/markdown/render";
import { getFeedReviews } from "@/lib/queries/feeds";

export const dynamic = "force-dynamic";

const slug = z.string().trim().max(100).regex(/^[a-z0-9-]+$/);
const querySchema = z.object({ agenda: slug.optional(), tag: slug.optional() });

/** Atom feed of new reviews, overall or within one agenda or tag. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = querySchema.safeParse({ agenda: url.searchParams.get("agenda") || undefined, tag: url.searchParams.get("tag") || undefined });
  if (!parsed.success) return Response.json({ error: "agenda and tag must be slugs (lowercase letters, digits and -)." }, { status: 400 });
  const { agenda, tag } = parsed.data;
  const data = await getFeedReviews({ agenda, tag });
  if ((agenda && !data.agenda) || (tag && !data.tag)) return Response.json({ error: `No such ${agenda && !data.agenda ? "agenda" : "tag"}.` }, { status: 404 });
  const scope = [data.agenda && `agenda ${data.agenda.name}`, data.tag && `tag ${data.tag.name}`].filter(Boolean).join(", ");
  const self = `${appUrl}/feeds/reviews.xml${url.search}`;
  const feed = new Feed({
    title: `New reviews${scope ? ` (${scope})` : ""} · Alignment Reading Tracker`,
    id: self,
    link: `${appUrl}/reviews`,
    feedLinks: { atom: self },
    updated: data.reviews[0]?.createdAt ?? new Date(0),
    copyright: "",
  });
  for (const r of data.reviews) {
    const link = `${appUrl}/reviews/${r.id}`;
    const score = [r.rating != null && `rating ${r.rating}/10`, r.confidence != null && `confidence ${r.confidence}/5`].filter(Boolean).join(", ");
    feed.addItem({
      title: `${r.author.name} on ${r.post.title}${score ? ` (${score})` : ""}`,
      id: link,
      link,
      date: r.editedAt ?? r.createdAt,
      published: r.createdAt,
      author: [{ name: r.author.name, link: `${appUrl}/u/${r.author.handle}` }],
      // Same sanitizer as the pages: a feed reader is another place hostile HTML could run.
      content: renderMarkdown(r.body, { idPrefix: `review-${r.id}-` }).html,
    });
  }
  return new Response(feed.atom1(), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}

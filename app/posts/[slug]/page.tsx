import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChipLinks } from "@/components/library/chip-links";
import { PostListsSection } from "@/components/lists/post-lists-section";
import { PostNote } from "@/components/notes/post-note";
import { AuthorLinks } from "@/components/posts/author-links";
import { PostBody } from "@/components/posts/post-body";
import { PostFacts } from "@/components/posts/post-facts";
import { PostRelations } from "@/components/posts/post-relations";
import { RatingSummary } from "@/components/posts/rating-summary";
import { RelatedPosts } from "@/components/posts/related-posts";
import { ReadingStatusControl } from "@/components/progress/reading-status-control";
import { PostReviewsSection } from "@/components/reviews/post-reviews-section";
import { PostDiscussion } from "@/components/threads/post-discussion";
import { ExternalLink } from "@/components/ui/external-link";
import { canEditPost } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getPostPage } from "@/lib/queries/posts";
import "@/components/library/library.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const post = await getPostPage(slug);
  return post ? { title: post.title, description: post.summary.slice(0, 200) || undefined } : { title: "Post not found" };
}

export default async function PostPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [post, user] = await Promise.all([getPostPage(slug), getCurrentUser()]);
  if (!post) notFound();
  return (
    <article className="post-page" aria-labelledby="post-title">
      <header className="stack">
        {post.draft && <p className="notice">Draft: only you can see this post.</p>}
        <h1 id="post-title">{post.title}</h1>
        <p className="byline">
          <AuthorLinks authors={post.authors} />
          {post.publishedYear && <span className="muted"> · {post.publishedYear}</span>}
        </p>
        {post.url && (
          <p className="small">
            Original: <ExternalLink href={post.url} />
          </p>
        )}
        <ChipLinks agendas={post.agendas} tags={post.tags} label="Agendas and tags" />
        <div className="meta">
          <span>{post.reviewCount} review{post.reviewCount === 1 ? "" : "s"}</span>
          <span>{post.discussionCount} in discussion</span>
          <span>{post.readerCount} reader{post.readerCount === 1 ? "" : "s"}</span>
          {canEditPost(user, post) && (
            <Link href={`/posts/${post.slug}/edit`}>Edit post</Link>
          )}
        </div>
      </header>

      <div className="layout-2col" style={{ marginTop: "1rem" }}>
        <div className="stack">
          {post.summary && (
            <section aria-labelledby="summary-heading">
              <h2 id="summary-heading">Summary</h2>
              <p>{post.summary}</p>
            </section>
          )}
          {post.body && (
            <section aria-label="Text of the post">
              <PostBody body={post.body} />
            </section>
          )}
          <PostRelations relations={post.relations} />
          <PostReviewsSection postId={post.id} postSlug={post.slug} query={query} />
          <PostDiscussion postId={post.id} postSlug={post.slug} query={query} />
        </div>
        <aside className="stack" aria-label="About this post">
          {user && (
            <section aria-label="Your reading status">
              <ReadingStatusControl postId={post.id} status={post.status} postTitle={post.title} />
            </section>
          )}
          <RatingSummary rating={post.rating} reviewCount={post.reviewCount} />
          <section aria-labelledby="facts-heading" className="card">
            <h2 id="facts-heading" style={{ marginTop: 0 }}>Details</h2>
            <PostFacts post={post} />
            {post.agendas.some((a) => a.core) && (
              <p className="small muted">
                Core reading for {post.agendas.filter((a) => a.core).map((a) => a.name).join(", ")}.
              </p>
            )}
          </section>
          <PostNote postId={post.id} postSlug={post.slug} />
          <PostListsSection postId={post.id} postSlug={post.slug} />
          {post.lists.length > 0 && (
            <section aria-labelledby="in-lists-heading">
              <h2 id="in-lists-heading">In public reading lists</h2>
              <ul className="compact-list">
                {post.lists.map((l) => (
                  <li key={l.slug}>
                    <Link href={`/lists/${l.slug}`}>{l.title}</Link> <span className="muted small">by {l.owner.name}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <RelatedPosts posts={post.related} />
        </aside>
      </div>
    </article>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostForm } from "@/components/posts/post-form";
import { updatePostAction } from "@/lib/actions/posts";
import { canEditPost } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getPostForEdit, getPostFormOptions } from "@/lib/queries/posts";
import "@/components/library/library.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit post" };

export default async function EditPostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [user, post] = await Promise.all([getCurrentUser(), getPostForEdit(slug)]);
  if (!post || (post.draft && post.createdById !== user?.id)) notFound();
  if (!canEditPost(user, post)) {
    return (
      <div className="empty">
        <h1>Edit “{post.title}”</h1>
        <p>{user ? "Only the person who added this post or an admin can edit it." : "Sign in to edit this post."}</p>
        <p><Link href={`/posts/${post.slug}`}>Back to the post</Link></p>
      </div>
    );
  }
  const options = await getPostFormOptions({ tagIds: post.tagIds, agendaIds: post.agendaIds });
  const initial: Record<string, string> = {
    slug: post.slug,
    title: post.title,
    authors: post.authors.join("\n"),
    url: post.url ?? "",
    source: post.source,
    kind: post.kind,
    publishedAt: post.publishedAt ? post.publishedAt.toISOString().slice(0, 10) : "",
    wordCount: post.wordCount == null ? "" : String(post.wordCount),
    arxivId: post.arxivId ?? "",
    lesswrongId: post.lesswrongId ?? "",
    doi: post.doi ?? "",
    summary: post.summary,
    body: post.body ?? "",
    draft: post.draft ? "on" : "",
    tagIds: post.tagIds.join(","),
    agendaIds: post.agendaIds.join(","),
    coreAgendaIds: post.coreAgendaIds.join(","),
  };
  return (
    <>
      <h1>Edit “{post.title}”</h1>
      <PostForm action={updatePostAction} initial={initial} tags={options.tags.options} agendas={options.agendas.options} totals={{ tags: options.tags.total, agendas: options.agendas.total }} submitLabel="Save changes" cancelHref={`/posts/${post.slug}`} />
    </>
  );
}

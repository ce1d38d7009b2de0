import type { Metadata } from "next";
import Link from "next/link";
import { PostForm } from "@/components/posts/post-form";
import { createPostAction } from "@/lib/actions/posts";
import { getCurrentUser } from "@/lib/auth/session";
import { getPostFormOptions } from "@/lib/queries/posts";
import "@/components/library/library.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a post" };

export default async function NewPostPage() {
  const [user, options] = await Promise.all([getCurrentUser(), getPostFormOptions()]);
  if (!user) {
    return (
      <div className="empty">
        <h1>Add a post</h1>
        <p>
          <Link href="/sign-in?next=/posts/new">Sign in</Link> to add a post or paper to the library.
        </p>
      </div>
    );
  }
  return (
    <>
      <h1>Add a post</h1>
      <p className="muted">A post is any item: a forum post, a paper, a blog article, a video. We warn you if it is already in the library.</p>
      <PostForm action={createPostAction} initial={{ source: "other", kind: "other" }} tags={options.tags.options} agendas={options.agendas.options} totals={{ tags: options.tags.total, agendas: options.agendas.total }} submitLabel="Add post" cancelHref="/" />
    </>
  );
}

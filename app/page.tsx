import Link from "next/link";
import { SOURCE_LABELS } from "@/lib/domain";
import { findRecentPosts } from "@/lib/queries/posts";

export const dynamic = "force-dynamic";

export default async function LibraryPage() {
  const { items, total } = await findRecentPosts();
  return (
    <>
      <h1>Library</h1>
      <p className="muted">{total} posts and papers</p>
      <ul className="post-list">
        {items.map((post) => (
          <li key={post.id}>
            <h3><Link href={`/posts/${post.slug}`}>{post.title}</Link></h3>
            <div className="meta">
              <span>{post.authorsText}</span>
              <span>{SOURCE_LABELS[post.source]}</span>
              {post.publishedAt && <time dateTime={post.publishedAt.toISOString()}>{post.publishedAt.getUTCFullYear()}</time>}
              <span>{post.reviewCount} reviews</span>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

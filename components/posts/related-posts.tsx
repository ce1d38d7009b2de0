import Link from "next/link";

export function RelatedPosts({ posts }: { posts: { slug: string; title: string; authorsText: string; publishedYear: number | null }[] }) {
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related posts</h2>
      {posts.length ? (
        <ul className="compact-list">
          {posts.map((p) => (
            <li key={p.slug}>
              <Link href={`/posts/${p.slug}`}>{p.title}</Link>
              <div className="muted small">{p.authorsText}{p.publishedYear ? ` · ${p.publishedYear}` : ""}</div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No posts share its agendas or tags yet.</p>
      )}
    </section>
  );
}

import { notFound } from "next/navigation";
import { getPostBySlug } from "@/lib/queries/posts";

export const dynamic = "force-dynamic";

export default async function PostPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const post = await getPostBySlug(slug);
  if (!post) notFound();
  return (
    <article>
      <h1>{post.title}</h1>
      <p className="muted">{post.authorsText}</p>
      {post.url && <p><a href={post.url} rel="noopener noreferrer">{post.url}</a></p>}
      <p>{post.summary}</p>
      <h2>Reviews ({post.reviews.length})</h2>
      {post.reviews.map((review) => (
        <section key={review.id} className="card" aria-label={`Review by ${review.author.name}`}>
          <p className="meta">{review.author.name}{review.rating != null && <> · rating {review.rating}/10</>}</p>
          <p>{review.body}</p>
        </section>
      ))}
    </article>
  );
}

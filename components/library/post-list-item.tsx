import Link from "next/link";
import { ReadingStatusControl } from "@/components/progress/reading-status-control";
import { Highlighted, hasHighlight } from "@/components/ui/highlighted";
import { Rating } from "@/components/ui/rating";
import { SOURCE_LABELS } from "@/lib/domain";
import type { LibraryItem } from "@/lib/queries/library";
import { AuthorLinks } from "@/components/posts/author-links";
import { ChipLinks } from "./chip-links";

/** One post in a library list. The status comes with the page query: no per-row reads. */
export function PostListItem({ post, signedIn }: { post: LibraryItem; signedIn: boolean }) {
  const title = hasHighlight(post.titleHighlight) ? <Highlighted text={post.titleHighlight} /> : post.title;
  return (
    <li className="post-item">
      <div className="post-item-head">
        <div>
          <h3>
            <Link href={`/posts/${post.slug}`}>{title}</Link>
            {post.draft && <span className="chip" style={{ marginLeft: ".5rem" }}>draft</span>}
          </h3>
          <div className="meta">
            <AuthorLinks authors={post.authors} max={4} />
            {post.publishedYear && <span>{post.publishedYear}</span>}
            <span>{SOURCE_LABELS[post.source]}</span>
            <span>{`${post.reviewCount} review${post.reviewCount === 1 ? "" : "s"}`}</span>
            <Rating mean={post.ratingMean} count={post.ratingCount} />
          </div>
        </div>
        {signedIn && <ReadingStatusControl postId={post.id} status={post.status} postTitle={post.title} compact />}
      </div>
      {hasHighlight(post.summaryHighlight) && (
        <p className="post-item-summary"><Highlighted text={post.summaryHighlight} /></p>
      )}
      {hasHighlight(post.reviewHighlight) && (
        <p className="post-item-snippet">
          <span className="visually-hidden">Matched in a review: </span>
          <span aria-hidden="true">In reviews: </span>
          <Highlighted text={post.reviewHighlight} />
        </p>
      )}
      <ChipLinks agendas={post.agendas} tags={post.tags} label={`Agendas and tags of ${post.title}`} />
    </li>
  );
}

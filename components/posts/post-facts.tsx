import { SOURCE_LABELS, type PostKind, type PostSource } from "@/lib/domain";

const KIND_LABELS: Record<PostKind, string> = {
  forum_post: "Forum post",
  paper: "Paper",
  blog_post: "Blog post",
  video: "Video",
  book: "Book",
  other: "Other",
};

export const kindLabel = (k: PostKind) => KIND_LABELS[k];

type Facts = {
  source: PostSource;
  kind: PostKind;
  publishedAt: Date | null;
  publishedYear: number | null;
  url: string | null;
  arxivId: string | null;
  lesswrongId: string | null;
  doi: string | null;
  wordCount: number | null;
  version: number;
};

/** Bibliographic metadata as a definition list. External links never carry our referrer. */
export function PostFacts({ post }: { post: Facts }) {
  const minutes = post.wordCount ? Math.max(1, Math.round(post.wordCount / 250)) : null;
  return (
    <dl className="facts">
      <dt>Source</dt>
      <dd>{SOURCE_LABELS[post.source]}</dd>
      <dt>Kind</dt>
      <dd>{KIND_LABELS[post.kind]}</dd>
      <dt>Published</dt>
      <dd>
        {post.publishedAt ? (
          <time dateTime={post.publishedAt.toISOString().slice(0, 10)}>{post.publishedAt.toISOString().slice(0, 10)}</time>
        ) : (
          post.publishedYear ?? "unknown"
        )}
      </dd>
      {post.wordCount != null && (
        <>
          <dt>Length</dt>
          <dd>{post.wordCount.toLocaleString("en")} words · {minutes} min read</dd>
        </>
      )}
      {post.arxivId && (
        <>
          <dt>arXiv</dt>
          <dd><a href={`https://arxiv.org/abs/${post.arxivId}`} rel="noopener noreferrer">{post.arxivId}</a></dd>
        </>
      )}
      {post.doi && (
        <>
          <dt>DOI</dt>
          <dd><a href={`https://doi.org/${post.doi}`} rel="noopener noreferrer">{post.doi}</a></dd>
        </>
      )}
      {post.lesswrongId && (
        <>
          <dt>LessWrong id</dt>
          <dd><code>{post.lesswrongId}</code></dd>
        </>
      )}
      {post.version > 1 && (
        <>
          <dt>Version</dt>
          <dd>{post.version}</dd>
        </>
      )}
    </dl>
  );
}

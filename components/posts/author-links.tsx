import Link from "next/link";

/** An author's name links to the library filtered to their posts. */
export const authorHref = (slug: string) => `/?${new URLSearchParams({ author: slug }).toString()}`;

export function AuthorLinks({ authors, max }: { authors: { name: string; slug: string }[]; max?: number }) {
  if (!authors.length) return <span className="muted">Unknown author</span>;
  const shown = max ? authors.slice(0, max) : authors;
  const more = authors.length - shown.length;
  return (
    <span className="authors">
      {shown.map((a, i) => (
        <span key={a.slug}>
          {i > 0 && ", "}
          <Link href={authorHref(a.slug)}>{a.name}</Link>
        </span>
      ))}
      {more > 0 && <span className="muted"> and {more} more</span>}
    </span>
  );
}

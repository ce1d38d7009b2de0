import { renderMarkdown } from "@/lib/markdown/render";

/**
 * The post's own markdown text with a table of contents from its headings. renderMarkdown
 * sanitizes, so its HTML is the only HTML we ever inject.
 */
export function PostBody({ body }: { body: string }) {
  const { html, headings } = renderMarkdown(body, { idPrefix: "post-" });
  const toc = headings.filter((h) => h.depth <= 3);
  return (
    <>
      {toc.length > 1 && (
        <nav aria-labelledby="toc-heading" className="card toc">
          <h2 id="toc-heading" style={{ marginTop: 0 }}>Contents</h2>
          <ol>
            {toc.map((h) => (
              <li key={h.id} style={{ marginLeft: `${(h.depth - Math.min(...toc.map((x) => x.depth))) * 1}rem` }}>
                <a href={`#${h.id}`}>{h.text}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}

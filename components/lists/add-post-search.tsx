import type { ListView, PostHit } from "@/lib/queries/lists";
import { addEntryAction } from "@/lib/actions/lists";
import { MiniForm } from "./mini-form";

/**
 * Search the library from inside the list. The search is a plain GET form (?q=), so the
 * results are a shareable, server-rendered page; each result has its own Add form.
 */
export function AddPostSearch({ list, q, hits }: { list: ListView; q: string; hits: PostHit[] | null }) {
  const inList = new Set(list.entries.map((e) => e.post.id));
  const sections = list.sections.filter((s) => s.id !== null);
  const defaultSection = sections.at(-1)?.id ?? "";
  return (
    <section aria-labelledby="add-posts-heading" className="card">
      <h2 id="add-posts-heading" style={{ marginTop: 0 }}>
        Add posts
      </h2>
      <form method="get" action={`/lists/${list.slug}`} role="search" className="inline-fields">
        <div className="field">
          <label htmlFor="list-search">Search the library</label>
          <input id="list-search" name="q" type="search" defaultValue={q} placeholder="Title, author or topic" />
        </div>
        <button type="submit" className="btn secondary">
          Search
        </button>
      </form>
      {hits && (
        <div aria-live="polite">
          {hits.length === 0 ? (
            <p className="empty small">No posts match &ldquo;{q}&rdquo;.</p>
          ) : (
            <ul className="post-list" aria-label="Search results" style={{ marginTop: ".75rem" }}>
              {hits.map((hit) => (
                <li key={hit.id}>
                  <strong>{hit.title}</strong>
                  <div className="meta">
                    {hit.authorsText && <span>{hit.authorsText}</span>}
                    {hit.publishedYear && <span>{hit.publishedYear}</span>}
                  </div>
                  {inList.has(hit.id) ? (
                    <p className="small muted" style={{ margin: ".3rem 0 0" }}>Already in this list.</p>
                  ) : (
                    <MiniForm action={addEntryAction} hidden={{ listId: list.id, postId: hit.id }} label={`Add ${hit.title}`}>
                      {sections.length > 0 && (
                        <>
                          <label className="small" htmlFor={`add-section-${hit.id}`}>Section</label>
                          <select id={`add-section-${hit.id}`} name="sectionId" defaultValue={defaultSection}>
                            {sections.map((s) => (
                              <option key={s.id} value={s.id!}>
                                {s.title}
                              </option>
                            ))}
                          </select>
                        </>
                      )}
                      <button type="submit" className="btn small-btn" aria-label={`Add ${hit.title}`}>
                        Add
                      </button>
                    </MiniForm>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

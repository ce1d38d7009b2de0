import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { POST_SOURCES, SOURCE_LABELS } from "@/lib/domain";
import { findTaxonomyOptions } from "@/lib/queries/agendas";
import { findListsOwnedBy, findPublicLists } from "@/lib/queries/lists";

export const metadata: Metadata = { title: "Export" };

export default async function ExportPage() {
  const user = await getCurrentUser();
  const [taxonomy, publicLists, myLists] = await Promise.all([
    findTaxonomyOptions(),
    findPublicLists({ take: 200 }),
    user ? findListsOwnedBy(user.id) : Promise.resolve([]),
  ]);
  const lists = [...myLists, ...publicLists.filter((l) => !myLists.some((m) => m.id === l.id))];
  return (
    <div className="stack">
      <h1>Export</h1>
      <section aria-labelledby="export-posts" className="card">
        <h2 id="export-posts" style={{ marginTop: 0 }}>Posts as BibTeX or CSV</h2>
        <p className="small muted">
          Leave the filters empty for the whole library. The same filters as the library apply: any library URL&apos;s query works
          after <code>/export/csv</code> or <code>/export/bibtex</code>.
        </p>
        <form method="get" action="/export/csv">
          <div className="field">
            <label htmlFor="export-agenda">Agenda</label>
            <select id="export-agenda" name="agenda" defaultValue="">
              <option value="">All agendas</option>
              {taxonomy.agendas.map((a) => (
                <option key={a.id} value={a.slug}>{"\u00a0\u00a0".repeat(a.depth)}{a.name}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="export-tag">Tag</label>
            <select id="export-tag" name="tag" defaultValue="">
              <option value="">All tags</option>
              {taxonomy.tags.map((t) => (
                <option key={t.id} value={t.slug}>{"\u00a0\u00a0".repeat(t.depth)}{t.name}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="export-source">Source</label>
            <select id="export-source" name="source" defaultValue="">
              <option value="">All sources</option>
              {POST_SOURCES.map((s) => (
                <option key={s} value={s}>{SOURCE_LABELS[s]}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="export-year">Year</label>
            <input id="export-year" name="year" type="text" inputMode="numeric" placeholder="2023 or 2019-2023" aria-describedby="export-year-hint" />
            <p id="export-year-hint" className="small muted">One year or a range.</p>
          </div>
          <div className="chips" style={{ gap: ".75rem" }}>
            <button type="submit" className="btn" formAction="/export/bibtex">Download BibTeX</button>
            <button type="submit" className="btn secondary">Download CSV</button>
          </div>
        </form>
      </section>

      <section aria-labelledby="export-list" className="card">
        <h2 id="export-list" style={{ marginTop: 0 }}>A reading list as Markdown</h2>
        {lists.length === 0 ? (
          <p className="empty">No reading lists to export yet.</p>
        ) : (
          <form method="get" action="/export/markdown">
            <div className="field">
              <label htmlFor="export-list-slug">Reading list</label>
              <select id="export-list-slug" name="list" required>
                {lists.map((l) => (
                  <option key={l.id} value={l.slug}>
                    {l.title} ({l.owner.name}, {l.entryCount} entries{l.visibility !== "public" ? `, ${l.visibility}` : ""})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn">Download Markdown</button>
          </form>
        )}
      </section>

      <section aria-labelledby="export-backup" className="card">
        <h2 id="export-backup" style={{ marginTop: 0 }}>Full backup (JSON)</h2>
        <p className="small muted">
          Every table, to restore into an empty database with <code>npm run import -- backup.json</code>. Password hashes are left out.
        </p>
        {user?.role === "admin" ? (
          <a className="btn" href="/export/json" download>Download the full backup</a>
        ) : (
          <p className="notice small">Only admins can download the full backup.{!user && <> <Link href="/sign-in?next=/export">Sign in</Link>.</>}</p>
        )}
      </section>
    </div>
  );
}

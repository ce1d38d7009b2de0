import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { findListsOwnedBy, findPublicLists, type ListSummary } from "@/lib/queries/lists";
import { createListAction } from "@/lib/actions/lists";
import { ListForm } from "@/components/lists/list-form";
import "@/components/lists/lists.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reading lists" };

function ListCards({ lists, label, showOwner }: { lists: ListSummary[]; label: string; showOwner: boolean }) {
  return (
    <ul className="list-cards" aria-label={label}>
      {lists.map((l) => (
        <li key={l.id}>
          <h3>
            <Link href={`/lists/${l.slug}`}>{l.title}</Link>
          </h3>
          <div className="meta">
            {showOwner && <span>by {l.owner.name}</span>}
            <span>
              {l.entryCount} {l.entryCount === 1 ? "entry" : "entries"}
            </span>
            {l.sectionCount > 0 && <span>{l.sectionCount} sections</span>}
            {!showOwner && <span className="chip">{l.visibility}</span>}
            <span>
              updated <time dateTime={l.updatedAt.toISOString()}>{l.updatedAt.toISOString().slice(0, 10)}</time>
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}

export default async function ListsPage() {
  const user = await getCurrentUser();
  const [publicLists, mine] = await Promise.all([findPublicLists(), user ? findListsOwnedBy(user.id) : Promise.resolve([])]);
  return (
    <>
      <h1>Reading lists</h1>
      <p className="muted">Syllabi and reading-group schedules: ordered entries in sections, with your own progress.</p>
      {user && (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">My lists</h2>
          {mine.length ? <ListCards lists={mine} label="My lists" showOwner={false} /> : <p className="empty">You have no reading lists yet.</p>}
          <details className="card" style={{ marginTop: "1rem" }} id="new-list" open={mine.length === 0}>
            <summary>New reading list</summary>
            <ListForm action={createListAction} submitLabel="Create list" idPrefix="new-list" />
          </details>
        </section>
      )}
      <section aria-labelledby="public-heading">
        <h2 id="public-heading">Public lists</h2>
        {publicLists.length ? <ListCards lists={publicLists} label="Public lists" showOwner /> : <p className="empty">No public lists yet.</p>}
      </section>
      {!user && (
        <p className="notice">
          <Link href="/sign-in">Sign in</Link> to make your own lists and track your reading.
        </p>
      )}
    </>
  );
}

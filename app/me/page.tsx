import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { getMyListsWithProgress, getMyRecentReviews, getReadNotReviewed, getStatusCounts } from "@/lib/queries/dashboard";
import { getAgendaCoverage } from "@/lib/queries/coverage";
import { READING_STATUSES, STATUS_LABELS } from "@/lib/domain";
import "@/components/lists/lists.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My reading" };

export default async function MePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/me");
  const [lists, counts, coverage, reviews, unreviewed] = await Promise.all([
    getMyListsWithProgress(user.id),
    getStatusCounts(user.id),
    getAgendaCoverage(user.id),
    getMyRecentReviews(user.id),
    getReadNotReviewed(user.id),
  ]);
  return (
    <>
      <h1>My reading</h1>
      <p className="muted">
        {user.name} · <Link href={`/u/${user.handle}`}>my profile</Link>
      </p>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">By status</h2>
        <ul className="status-counts">
          {READING_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/?status=${s}`} aria-label={`${STATUS_LABELS[s]}: ${counts[s]}`}>
                <strong>{counts[s]}</strong>
                {STATUS_LABELS[s]}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">My lists</h2>
        {lists.length === 0 ? (
          <p className="empty">
            No lists yet. <Link href="/lists#new-list">Make one</Link> or copy a <Link href="/lists">public list</Link>.
          </p>
        ) : (
          <ul className="list-cards" aria-label="My lists">
            {lists.map((l) => (
              <li key={l.id}>
                <h3>
                  <Link href={`/lists/${l.slug}`}>{l.title}</Link>
                </h3>
                <div className="meta">
                  <span>
                    Core {l.progress.coreRead}/{l.progress.coreTotal}
                  </span>
                  <span>
                    All {l.progress.read}/{l.progress.total}
                  </span>
                  <span className="chip">{l.visibility}</span>
                </div>
                <progress
                  max={Math.max(l.progress.coreTotal, 1)}
                  value={l.progress.coreRead}
                  aria-label={`${l.title}: core entries read ${l.progress.coreRead} of ${l.progress.coreTotal}`}
                />
                {l.nextPost && (
                  <p className="small" style={{ margin: ".3rem 0 0" }}>
                    Continue reading: <Link href={`/posts/${l.nextPost.slug}`}>{l.nextPost.title}</Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">Agenda coverage</h2>
        <p className="small muted">Each agenda&rsquo;s core posts: how many I have not read, am reading, have read and have reviewed. Shaded cells are blind spots.</p>
        {coverage.length === 0 ? (
          <p className="empty">No agenda has core posts yet.</p>
        ) : (
          <div style={{ overflowX: "auto" }}>
            <table className="coverage">
              <caption className="visually-hidden">Agenda coverage against core posts</caption>
              <thead>
                <tr>
                  <th scope="col">Agenda</th>
                  <th scope="col">Core posts</th>
                  <th scope="col">Unread</th>
                  <th scope="col">Reading</th>
                  <th scope="col">Read</th>
                  <th scope="col">Reviewed</th>
                </tr>
              </thead>
              <tbody>
                {coverage.map((row) => (
                  <tr key={row.agendaId}>
                    <th scope="row">
                      <Link href={`/agendas/${row.slug}`}>{row.name}</Link>
                    </th>
                    <td>{row.core}</td>
                    <td className={row.unread === row.core ? "gap" : undefined}>{row.unread}</td>
                    <td>{row.reading}</td>
                    <td>{row.read}</td>
                    <td>{row.reviewed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <div className="layout-2col" style={{ marginTop: "1rem" }}>
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading">Read, not yet reviewed</h2>
          {unreviewed.length === 0 ? (
            <p className="empty">Nothing waiting: every post you marked read has your review.</p>
          ) : (
            <ul className="post-list">
              {unreviewed.map((p) => (
                <li key={p.id}>
                  <h3>
                    <Link href={`/posts/${p.slug}`}>{p.title}</Link>
                  </h3>
                  <div className="meta">
                    {p.authorsText && <span>{p.authorsText}</span>}
                    <span>
                      read <time dateTime={p.readAt.toISOString()}>{p.readAt.toISOString().slice(0, 10)}</time>
                    </span>
                    <Link href={`/posts/${p.slug}#write-review`}>Write a review</Link>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="reviews-heading">
          <h2 id="reviews-heading">My recent reviews</h2>
          {reviews.length === 0 ? (
            <p className="empty">No reviews yet.</p>
          ) : (
            <ul className="small">
              {reviews.map((r) => (
                <li key={r.id}>
                  <Link href={`/reviews/${r.id}`}>{r.post.title}</Link>
                  {r.rating != null && <> · {r.rating}/10</>} ·{" "}
                  <time dateTime={r.createdAt.toISOString()}>{r.createdAt.toISOString().slice(0, 10)}</time>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}

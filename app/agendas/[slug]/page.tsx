import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { FilterForm } from "@/components/library/filter-form";
import { LibraryResults } from "@/components/library/library-results";
import { getAgendaBySlug } from "@/lib/queries/agendas";
import { criteriaFromParams, criteriaToSearch, filterChips, hrefWith } from "@/lib/queries/library-url";
import { getLibraryView } from "@/lib/queries/library-view";
import "@/components/library/library.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const agenda = await getAgendaBySlug((await params).slug);
  return { title: agenda ? agenda.name : "Agenda not found" };
}

export default async function AgendaPage({ params, searchParams }: Props) {
  const [{ slug }, sp] = await Promise.all([params, searchParams]);
  const criteria = { ...criteriaFromParams(sp), agenda: slug };
  const [agenda, view] = await Promise.all([getAgendaBySlug(slug), getLibraryView(criteria)]);
  if (!agenda) notFound();
  // A renamed agenda keeps its old links working.
  if (agenda.slug !== slug) permanentRedirect(`/agendas/${agenda.slug}${criteriaToSearch(criteria, { agenda: true })}`);
  const base = `/agendas/${agenda.slug}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="small">
        <Link href="/agendas">Agendas</Link>
        {agenda.parent && <> › <Link href={`/agendas/${agenda.parent.slug}`}>{agenda.parent.name}</Link></>}
      </nav>
      <h1>{agenda.name}</h1>
      {agenda.section && <p className="muted small">{agenda.section}</p>}
      <div className="layout-2col">
        <div className="stack">
          {agenda.summary && <p>{agenda.summary}</p>}
          {agenda.theoryOfChange && (
            <section aria-labelledby="toc-heading">
              <h2 id="toc-heading">Theory of change</h2>
              <p>{agenda.theoryOfChange}</p>
            </section>
          )}
        </div>
        <aside aria-label="Sub-agendas">
          {agenda.children.length > 0 && (
            <>
              <h2>Sub-agendas</h2>
              <ul className="compact-list">
                {agenda.children.map((c) => (
                  <li key={c.slug}><Link href={`/agendas/${c.slug}`}>{c.name}</Link> <span className="count">{c.postCount}</span></li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
      <section aria-labelledby="core-heading">
        <h2 id="core-heading">Core posts</h2>
        {agenda.corePosts.length ? (
          <ol className="compact-list">
            {agenda.corePosts.map((p) => (
              <li key={p.slug}>
                <Link href={`/posts/${p.slug}`}>{p.title}</Link>{" "}
                <span className="muted small">{p.authorsText}{p.publishedYear ? ` · ${p.publishedYear}` : ""}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">No core posts chosen yet.</p>
        )}
      </section>
      <h2>All posts{agenda.children.length ? " (with sub-agendas)" : ""}</h2>
      <FilterForm criteria={criteria} agendas={view.agendas} tags={view.tags} totals={view.totals} signedIn={view.signedIn} action={base} fixed={{ agenda: true }} />
      <LibraryResults
        result={view.result}
        chips={filterChips(base, criteria, view.names, { agenda: true })}
        clearHref={base}
        hrefForPage={(page) => hrefWith(base, criteria, { page }, { agenda: true })}
        signedIn={view.signedIn}
      />
    </>
  );
}

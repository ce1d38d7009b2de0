import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/library/filter-form";
import { LibraryResults } from "@/components/library/library-results";
import { criteriaFromParams, filterChips, hrefWith } from "@/lib/queries/library-url";
import { getLibraryView } from "@/lib/queries/library-view";
import "@/components/library/library.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Library" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LibraryPage({ searchParams }: Props) {
  const criteria = criteriaFromParams(await searchParams);
  const view = await getLibraryView(criteria);
  return (
    <>
      <div className="library-head">
        <h1>Library</h1>
        {view.signedIn && <Link href="/posts/new" className="btn secondary">Add a post</Link>}
      </div>
      <FilterForm criteria={criteria} agendas={view.agendas} tags={view.tags} totals={view.totals} signedIn={view.signedIn} />
      <LibraryResults
        result={view.result}
        chips={filterChips("/", criteria, view.names)}
        clearHref="/"
        hrefForPage={(page) => hrefWith("/", criteria, { page })}
        signedIn={view.signedIn}
      />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { FilterForm } from "@/components/library/filter-form";
import { LibraryResults } from "@/components/library/library-results";
import { criteriaFromParams, criteriaToSearch, filterChips, hrefWith } from "@/lib/queries/library-url";
import { getLibraryView } from "@/lib/queries/library-view";
import { getTagBySlug } from "@/lib/queries/tags";
import "@/components/library/library.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await getTagBySlug((await params).slug);
  return { title: tag ? `#${tag.name}` : "Tag not found" };
}

export default async function TagPage({ params, searchParams }: Props) {
  const [{ slug }, sp] = await Promise.all([params, searchParams]);
  const parsed = criteriaFromParams(sp);
  const criteria = { ...parsed, tags: [slug, ...parsed.tags.filter((t) => t !== slug)] };
  const [tag, view] = await Promise.all([getTagBySlug(slug), getLibraryView(criteria)]);
  if (!tag) notFound();
  if (tag.slug !== slug) permanentRedirect(`/tags/${tag.slug}${criteriaToSearch(criteria, { tag: slug })}`);
  const base = `/tags/${tag.slug}`;
  const omit = { tag: tag.slug };
  return (
    <>
      <nav aria-label="Breadcrumb" className="small">
        <Link href="/tags">Tags</Link>
        {tag.parent && <> › <Link href={`/tags/${tag.parent.slug}`}>{tag.parent.name}</Link></>}
      </nav>
      <h1>#{tag.name}</h1>
      {tag.description && <p>{tag.description}</p>}
      {tag.children.length > 0 && (
        <p className="small">
          Includes:{" "}
          {tag.children.map((c, i) => (
            <span key={c.slug}>{i > 0 && ", "}<Link href={`/tags/${c.slug}`}>{c.name}</Link></span>
          ))}
        </p>
      )}
      <FilterForm criteria={criteria} agendas={view.agendas} tags={view.tags} totals={view.totals} signedIn={view.signedIn} action={base} fixed={{ tag: tag.slug }} />
      <LibraryResults
        result={view.result}
        chips={filterChips(base, criteria, view.names, omit)}
        clearHref={base}
        hrefForPage={(page) => hrefWith(base, criteria, { page }, omit)}
        signedIn={view.signedIn}
      />
    </>
  );
}

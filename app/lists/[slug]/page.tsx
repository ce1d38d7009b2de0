import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { getListBySlug, searchPostsForList } from "@/lib/queries/lists";
import { postSearchSchema } from "@/lib/schemas/list";
import { addSectionAction, copyListAction, deleteListAction, updateListAction } from "@/lib/actions/lists";
import { AddPostSearch } from "@/components/lists/add-post-search";
import { ListDragAndDrop } from "@/components/lists/drag-and-drop";
import { ListForm } from "@/components/lists/list-form";
import { ListMarkdown } from "@/components/lists/markdown";
import { MiniForm } from "@/components/lists/mini-form";
import { ContinueReading, ProgressBars } from "@/components/lists/progress-bars";
import { SectionBlock } from "@/components/lists/section-block";
import { SectionForm } from "@/components/lists/section-form";
import "@/components/lists/lists.css";

export const dynamic = "force-dynamic";

// No loading.tsx for the list pages or /me: a streamed page has already sent 200 when
// notFound() runs (a private list must answer 404 to everyone else), and without
// JavaScript a streamed page never swaps its skeleton for the content, which would
// break the no-JavaScript forms.

// Metadata and the page read the same list once per request.
const loadList = cache(getListBySlug);

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const list = await loadList(slug, await getCurrentUser());
  // Unlisted and private lists stay out of search engines.
  return list ? { title: list.title, robots: list.visibility === "public" ? undefined : { index: false } } : { title: "Reading list not found" };
}

export default async function ListPage({ params, searchParams }: Props) {
  const [{ slug }, raw, user] = await Promise.all([params, searchParams, getCurrentUser()]);
  const { q = "" } = postSearchSchema.parse({ q: typeof raw.q === "string" ? raw.q : undefined });
  const [list, hits] = await Promise.all([loadList(slug, user), q ? searchPostsForList(q, { take: 10 }) : Promise.resolve(null)]);
  if (!list) notFound();

  const nextEntry = list.entries.find((e) => e.id === list.progress?.nextEntryId);
  const firstPosition = list.entries[0]?.position ?? 0;
  const lastPosition = list.entries.at(-1)?.position ?? 0;
  const isOwner = list.canEdit;

  return (
    <article>
      <header>
        <p className="small muted" style={{ margin: 0 }}>
          <Link href="/lists">Reading lists</Link>
        </p>
        <h1>{list.title}</h1>
        <div className="meta">
          <span>
            by <Link href={`/u/${list.owner.handle}`}>{list.owner.name}</Link>
          </span>
          <span className="chip">{list.visibility}</span>
          <span>
            {list.entries.length} {list.entries.length === 1 ? "entry" : "entries"}
          </span>
          {list.copiedFrom && (
            <span>
              copied from <Link href={`/lists/${list.copiedFrom.slug}`}>{list.copiedFrom.title}</Link>
            </span>
          )}
        </div>
        <ListMarkdown source={list.description} idPrefix="list-desc" />
      </header>

      {list.progress ? (
        <>
          <ProgressBars progress={list.progress} />
          {list.entries.length > 0 && <ContinueReading next={nextEntry ? { slug: nextEntry.post.slug, title: nextEntry.post.title } : null} />}
        </>
      ) : (
        <p className="small muted">
          <Link href="/sign-in">Sign in</Link> to track your progress or copy this list.
        </p>
      )}

      {user && !isOwner && (
        <MiniForm action={copyListAction} hidden={{ listId: list.id }} label="Copy this list">
          <button type="submit" className="btn secondary">
            Copy to my lists
          </button>
        </MiniForm>
      )}

      {list.entries.length === 0 && list.sections.length === 0 && (
        <p className="empty">{isOwner ? "This list is empty. Add a section, then search for posts to add." : "This list is empty."}</p>
      )}

      {isOwner && list.entries.length > 1 && <ListDragAndDrop listId={list.id} />}

      <div data-list-root>
        {list.sections.map((section) => (
          <SectionBlock
            key={section.id ?? "none"}
            list={list}
            section={section}
            index={(section.entries[0]?.position ?? 0) + 1}
            signedIn={!!user}
            firstPosition={firstPosition}
            lastPosition={lastPosition}
          />
        ))}
      </div>

      {isOwner && (
        <div className="stack" style={{ marginTop: "2rem" }}>
          <section aria-labelledby="add-section-heading" className="card">
            <h2 id="add-section-heading" style={{ marginTop: 0 }}>
              Add a section
            </h2>
            <SectionForm action={addSectionAction} listId={list.id} label="Section title" submitLabel="Add section" idPrefix="new-section" />
          </section>
          <AddPostSearch list={list} q={q} hits={hits} />
          <details className="card">
            <summary>Edit title, description and visibility</summary>
            <ListForm action={updateListAction} list={{ id: list.id, title: list.title, description: list.description, visibility: list.visibility }} submitLabel="Save list" idPrefix="edit-list" />
          </details>
          <MiniForm action={deleteListAction} hidden={{ listId: list.id }} label="Delete this list" confirm="Delete this list and all its entries?">
            <button type="submit" className="btn danger">
              Delete list
            </button>
          </MiniForm>
        </div>
      )}
    </article>
  );
}

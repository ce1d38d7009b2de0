import type { Metadata } from "next";
import { TaxonomyTree } from "@/components/library/taxonomy-tree";
import { findTagTree } from "@/lib/queries/tags";
import "@/components/library/library.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  const tree = await findTagTree();
  return (
    <>
      <h1>Tags</h1>
      <p className="muted">Tags nest: filtering by a tag includes its child tags.</p>
      {tree.length ? <TaxonomyTree nodes={tree} base="/tags" /> : <p className="empty">No tags yet.</p>}
    </>
  );
}

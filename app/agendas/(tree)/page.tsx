import type { Metadata } from "next";
import { TaxonomyTree } from "@/components/library/taxonomy-tree";
import { findAgendaTree } from "@/lib/queries/agendas";
import "@/components/library/library.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Research agendas" };

export default async function AgendasPage() {
  const tree = await findAgendaTree();
  return (
    <>
      <h1>Research agendas</h1>
      <p className="muted">Each agenda with its sub-agendas. Counts include the posts of sub-agendas.</p>
      {tree.length ? <TaxonomyTree nodes={tree} base="/agendas" /> : <p className="empty">No agendas yet.</p>}
    </>
  );
}

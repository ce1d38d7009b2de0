import Link from "next/link";
import type { TreeNode } from "@/lib/queries/agendas";

type Node = TreeNode<{ id: string; name: string; slug: string; postCount: number; summary?: string; description?: string }>;

/** A nested list of agendas or tags with their post counts (own, and with descendants). */
export function TaxonomyTree({ nodes, base }: { nodes: Node[]; base: "/agendas" | "/tags" }) {
  return (
    <ul className="tree">
      {nodes.map((n) => (
        <li key={n.id}>
          <Link href={`${base}/${n.slug}`}>{n.name}</Link>{" "}
          <span className="count">
            {n.totalCount} post{n.totalCount === 1 ? "" : "s"}
            {n.children.length > 0 && n.totalCount !== n.postCount ? ` (${n.postCount} directly)` : ""}
          </span>
          {(n.summary || n.description) && <div className="small muted">{firstSentence(n.summary || n.description || "")}</div>}
          {n.children.length > 0 && <TaxonomyTree nodes={n.children} base={base} />}
        </li>
      ))}
    </ul>
  );
}

function firstSentence(text: string) {
  const m = /^(.{20,200}?[.!?])(\s|$)/.exec(text);
  return m ? m[1] : text.slice(0, 200);
}

import Link from "next/link";
import { RELATION_LABELS } from "@/lib/domain";
import type { PostRelationView } from "@/lib/queries/relations";

/** Typed relations both ways, grouped under their label ("Critiques", "Critiqued by", ...). */
export function PostRelations({ relations }: { relations: PostRelationView[] }) {
  if (!relations.length) return null;
  const groups = new Map<string, PostRelationView[]>();
  for (const r of relations) {
    const label = RELATION_LABELS[r.type][r.direction];
    groups.set(label, [...(groups.get(label) ?? []), r]);
  }
  return (
    <section aria-labelledby="relations-heading">
      <h2 id="relations-heading">Argument graph</h2>
      {[...groups.entries()].map(([label, items]) => (
        <div key={label} className="relation-group">
          <h3 className="small">{label}</h3>
          <ul>
            {items.map((r) => (
              <li key={r.id}>
                <Link href={`/posts/${r.other.slug}`}>{r.other.title}</Link>
                <span className="muted small"> — {r.other.authorsText}{r.other.publishedYear ? `, ${r.other.publishedYear}` : ""}</span>
                {r.crux && <p className="small crux">Crux: {r.crux}</p>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

import Link from "next/link";

/**
 * Agenda and tag chips that open the library filtered by them. The kind is in the link's
 * name ("Agenda: X") rather than a hidden span: one element per chip, and chips repeat
 * on every row of the library.
 */
export function ChipLinks({ agendas = [], tags = [], label }: { agendas?: { slug: string; name: string }[]; tags?: { slug: string; name: string }[]; label: string }) {
  if (!agendas.length && !tags.length) return null;
  return (
    <ul className="chips" aria-label={label} style={{ listStyle: "none", padding: 0, margin: ".35rem 0 0" }}>
      {agendas.map((a) => (
        <li key={`a-${a.slug}`}>
          <Link className="chip" href={`/agendas/${a.slug}`} aria-label={`Agenda: ${a.name}`}>
            {`◆ ${a.name}`}
          </Link>
        </li>
      ))}
      {tags.map((t) => (
        <li key={`t-${t.slug}`}>
          <Link className="chip chip-tag" href={`/tags/${t.slug}`} aria-label={`Tag: ${t.name}`}>
            {`#${t.name}`}
          </Link>
        </li>
      ))}
    </ul>
  );
}

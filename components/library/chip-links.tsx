import Link from "next/link";

/** Agenda and tag chips that open the library filtered by them. */
export function ChipLinks({ agendas = [], tags = [], label }: { agendas?: { slug: string; name: string }[]; tags?: { slug: string; name: string }[]; label: string }) {
  if (!agendas.length && !tags.length) return null;
  return (
    <ul className="chips" aria-label={label} style={{ listStyle: "none", padding: 0, margin: ".35rem 0 0" }}>
      {agendas.map((a) => (
        <li key={`a-${a.slug}`}>
          <Link className="chip" href={`/agendas/${a.slug}`}>
            <span className="visually-hidden">Agenda: </span>◆ {a.name}
          </Link>
        </li>
      ))}
      {tags.map((t) => (
        <li key={`t-${t.slug}`}>
          <Link className="chip chip-tag" href={`/tags/${t.slug}`}>
            <span className="visually-hidden">Tag: </span>#{t.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

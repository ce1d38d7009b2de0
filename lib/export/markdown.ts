// A reading list as Markdown: "# Title", the description, "## Section" headings and
// "- [Title](url) — authors (year)" entries, the note indented beneath. The same shape the
// Markdown link-list importer reads, so an exported list imports back as a list.
import type { ExportList } from "./types";

const escapeLinkText = (s: string) => s.replace(/([\\[\]])/g, "\\$1").replace(/\s+/g, " ").trim();
const escapeUrl = (s: string) => s.replace(/[()\s]/g, (c) => encodeURIComponent(c));

export function listToMarkdown(list: ExportList, { baseUrl }: { baseUrl: string }): string {
  const out: string[] = [`# ${list.title.replace(/\s+/g, " ").trim()}`, ""];
  if (list.description.trim()) out.push(list.description.trim(), "");
  out.push(`_A reading list by ${list.owner}. ${baseUrl.replace(/\/$/, "")}/lists/${list.slug}_`, "");
  for (const section of list.sections) {
    if (!section.entries.length) continue;
    if (section.title) out.push(`## ${section.title.replace(/\s+/g, " ").trim()}`, "");
    for (const e of section.entries) {
      const p = e.post;
      const href = p.url ?? `${baseUrl.replace(/\/$/, "")}/posts/${p.slug}`;
      const by = p.authors.length ? ` — ${p.authors.join(", ")}` : "";
      const year = p.publishedYear ? ` (${p.publishedYear})` : "";
      out.push(`- [${escapeLinkText(p.title)}](${escapeUrl(href)})${by}${year}${e.core ? "" : " _(optional)_"}`);
      if (e.note.trim()) out.push(`  ${e.note.trim().replace(/\n+/g, " ")}`);
    }
    out.push("");
  }
  return out.join("\n");
}

// BibTeX for a set of posts: arXiv papers as @misc with eprint (what arXiv itself suggests),
// journal and conference papers as @article / @inproceedings, the rest as @misc with a URL.
// Keys are stable (first author's surname, year, first title word) and unique in the file.
import type { ExportPost } from "./types";

// Characters BibTeX treats specially; accents and other Unicode pass through (biber, bibtex8).
const SPECIAL = /[\\{}%&$#_~^]/g;
const ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

export function escapeBibtex(text: string): string {
  return text.replace(SPECIAL, (c) => ESCAPES[c]).replace(/\s+/g, " ").trim();
}

// URLs go in verbatim (url fields are read raw), only braces would break the entry.
const rawValue = (text: string) => text.replace(/[{}]/g, "");

function entryType(p: ExportPost) {
  if (p.arxivId) return "misc";
  if (p.source === "journal") return "article";
  if (p.source === "conference") return "inproceedings";
  if (p.kind === "book") return "book";
  return "misc";
}

function surname(author: string) {
  const parts = author.trim().split(/\s+/);
  return parts[parts.length - 1] ?? "";
}

const ascii = (s: string) => s.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "");

export function citationKey(p: ExportPost, taken: Set<string>) {
  const who = ascii(surname(p.authors[0] ?? "")).toLowerCase() || "anon";
  const word = p.title.split(/\s+/).map(ascii).find((w) => w.length > 3)?.toLowerCase() ?? "untitled";
  const base = `${who}${p.publishedYear ?? ""}${word}`;
  let key = base;
  for (let i = 0; taken.has(key); i++) key = `${base}${String.fromCharCode(98 + (i % 25))}${i >= 25 ? Math.floor(i / 25) : ""}`;
  taken.add(key);
  return key;
}

export function toBibtex(posts: ExportPost[]): string {
  const taken = new Set<string>();
  const entries = posts.map((p) => {
    const fields: [string, string][] = [];
    fields.push(["title", `{${escapeBibtex(p.title)}}`]);
    if (p.authors.length) fields.push(["author", p.authors.map(escapeBibtex).join(" and ")]);
    if (p.publishedYear) fields.push(["year", String(p.publishedYear)]);
    if (p.publishedAt) fields.push(["date", p.publishedAt.toISOString().slice(0, 10)]);
    if (p.arxivId) {
      fields.push(["eprint", p.arxivId], ["archiveprefix", "arXiv"]);
    }
    if (p.doi) fields.push(["doi", rawValue(p.doi)]);
    if (p.url) fields.push(["url", rawValue(p.url)]);
    if (p.lesswrongId) fields.push(["note", `LessWrong/Alignment Forum post ${p.lesswrongId}`]);
    if (p.summary) fields.push(["abstract", escapeBibtex(p.summary)]);
    if (p.tags.length) fields.push(["keywords", p.tags.map(escapeBibtex).join(", ")]);
    const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n");
    return `@${entryType(p)}{${citationKey(p, taken)},\n${body}\n}\n`;
  });
  return entries.join("\n");
}

// Everything a library-style page (/, an agenda, a tag) needs, in parallel: the page of
// posts with its total, and the agenda and tag names for the filter form and chips.
import "server-only";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { findTaxonomyOptions } from "./agendas";
import { findLibraryPage, type NormalizedCriteria } from "./library";

export async function getLibraryView(criteria: NormalizedCriteria) {
  const user = await getCurrentUser();
  const [result, { agendas, tags }, author] = await Promise.all([
    findLibraryPage(db, { criteria, viewer: user ? { id: user.id } : null }),
    findTaxonomyOptions(),
    criteria.author ? db.author.findUnique({ where: { slug: criteria.author }, select: { slug: true, name: true } }) : null,
  ]);
  return {
    result,
    signedIn: !!user,
    agendas,
    tags,
    names: {
      agendas: new Map(agendas.map((a) => [a.slug, a.name])),
      tags: new Map(tags.map((t) => [t.slug, t.name])),
      authors: new Map(author ? [[author.slug, author.name]] : []),
    },
  };
}

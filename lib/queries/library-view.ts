// Everything a library-style page (/, an agenda, a tag) needs, in parallel: the page of
// posts with its total, and the agenda and tag options (the most-used ones and the
// selected ones, see filter-options.ts) for the filter form and the chips' names.
import "server-only";
import { db } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { findFilterOptions } from "./filter-options";
import { findLibraryPage, type NormalizedCriteria } from "./library";

export async function getLibraryView(criteria: NormalizedCriteria) {
  const user = await getCurrentUser();
  const [result, options, author] = await Promise.all([
    findLibraryPage(db, { criteria, viewer: user ? { id: user.id } : null }),
    findFilterOptions(db, { agendas: criteria.agenda ? [criteria.agenda] : [], tags: criteria.tags }),
    criteria.author ? db.author.findUnique({ where: { slug: criteria.author }, select: { slug: true, name: true } }) : null,
  ]);
  const agendas = options.agendas.options;
  const tags = options.tags.options;
  return {
    result,
    signedIn: !!user,
    agendas,
    tags,
    totals: { agendas: options.agendas.total, tags: options.tags.total },
    names: {
      agendas: new Map(agendas.map((a) => [a.slug, a.name])),
      tags: new Map(tags.map((t) => [t.slug, t.name])),
      authors: new Map(author ? [[author.slug, author.name]] : []),
    },
  };
}

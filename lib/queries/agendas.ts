// Research agendas: the tree with post counts, and one agenda with its core posts.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client";
import type { Viewer } from "./library";
import { getCurrentUser } from "@/lib/auth/session";

export type TreeNode<T> = T & { children: TreeNode<T>[]; depth: number; totalCount: number };

/** Parent links to a nested tree; totalCount adds the posts of every descendant (a post in two sub-agendas counts twice). */
export function buildTree<T extends { id: string; parentId: string | null; postCount: number; name: string }>(rows: T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  // Object.assign rather than a spread plus properties: see build-thread.ts.
  for (const r of rows) nodes.set(r.id, Object.assign({}, r, { children: [], depth: 0, totalCount: r.postCount }) as TreeNode<T>);
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    // A parent cycle or a missing parent makes the node a root rather than losing it.
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const seen = new Set<string>();
  const walk = (n: TreeNode<T>, depth: number): number => {
    if (seen.has(n.id)) return 0;
    seen.add(n.id);
    n.depth = depth;
    n.children.sort((a, b) => a.name.localeCompare(b.name));
    n.totalCount = n.postCount + n.children.reduce((s, c) => s + walk(c, depth + 1), 0);
    return n.totalCount;
  };
  roots.sort((a, b) => a.name.localeCompare(b.name));
  for (const r of roots) walk(r, 0);
  return roots;
}

const agendaListSelect = { id: true, name: true, slug: true, section: true, summary: true, parentId: true, postCount: true } as const;

export async function findAgendaTree(client: Pick<Db, "agenda"> = db) {
  const rows = await client.agenda.findMany({ orderBy: { name: "asc" }, select: agendaListSelect });
  return buildTree(rows);
}

export async function findAgendas(client: Pick<Db, "agenda"> = db) {
  return client.agenda.findMany({ orderBy: { name: "asc" }, select: agendaListSelect });
}

/** An agenda by its slug or a former slug, with its parent, sub-agendas and core posts. */
export async function findAgendaBySlug(client: Db, slug: string, viewer: Viewer) {
  const agenda = await client.agenda.findFirst({
    where: { OR: [{ slug }, { oldSlugs: { has: slug } }] },
    select: {
      ...agendaListSelect,
      theoryOfChange: true,
      parent: { select: { name: true, slug: true } },
      children: { orderBy: { name: "asc" }, select: { name: true, slug: true, postCount: true } },
      posts: {
        where: { core: true, post: viewer ? { OR: [{ draft: false }, { createdById: viewer.id }] } : { draft: false } },
        orderBy: { post: { publishedAt: "asc" } },
        select: { post: { select: { slug: true, title: true, authorsText: true, publishedYear: true, reviewCount: true, ratingMean: true } } },
      },
    },
  });
  if (!agenda) return null;
  const { posts, ...rest } = agenda;
  return { ...rest, corePosts: posts.map((p) => p.post) };
}

/** cache(): metadata and page body share one lookup per request. */
export const getAgendaBySlug = cache(async (slug: string) => {
  const user = await getCurrentUser();
  return findAgendaBySlug(db, slug, user ? { id: user.id } : null);
});

/** Depth-first order with depths: the tree as an indented list (pickers, tree pages). */
export function flattenTree<T>(roots: TreeNode<T>[]): TreeNode<T>[] {
  const out: TreeNode<T>[] = [];
  const walk = (n: TreeNode<T>) => {
    out.push(n);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

/** Agendas and tags as picker options, in tree order. */
export async function findTaxonomyOptions(client: Pick<Db, "agenda" | "tag"> = db) {
  const [agendas, tags] = await Promise.all([
    client.agenda.findMany({ select: { id: true, slug: true, name: true, parentId: true, postCount: true } }),
    client.tag.findMany({ select: { id: true, slug: true, name: true, parentId: true, postCount: true } }),
  ]);
  const opt = (n: TreeNode<{ id: string; slug: string; name: string }>) => ({ id: n.id, slug: n.slug, name: n.name, depth: n.depth });
  return { agendas: flattenTree(buildTree(agendas)).map(opt), tags: flattenTree(buildTree(tags)).map(opt) };
}

// Flat replies -> nested tree, siblings sorted. Kept here until lib/threads/build-thread.ts
// (being written by another engineer) lands; then this becomes a call to it.
import type { ReplyView } from "@/lib/queries/replies";
import type { ThreadSort } from "@/lib/schemas/reply";

export type ReplyNode = ReplyView & { children: ReplyNode[]; subtreeSize: number };

export function buildReplyTree(replies: ReplyView[], sort: ThreadSort): ReplyNode[] {
  const byId = new Map<string, ReplyNode>();
  for (const r of replies) byId.set(r.id, { ...r, children: [], subtreeSize: 0 });
  const roots: ReplyNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    // An orphan (parent missing from this thread) is shown at the top level, not dropped.
    (parent ? parent.children : roots).push(node);
  }
  const size = (n: ReplyNode): number => (n.subtreeSize = n.children.reduce((s, c) => s + 1 + size(c), 0));
  roots.forEach(size);
  const cmp = (a: ReplyNode, b: ReplyNode) => {
    const age = a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
    if (sort === "newest") return -age;
    if (sort === "top") return b.subtreeSize - a.subtreeSize || age;
    return age;
  };
  const sortAll = (list: ReplyNode[]) => {
    list.sort(cmp);
    list.forEach((n) => sortAll(n.children));
  };
  sortAll(roots);
  return roots;
}

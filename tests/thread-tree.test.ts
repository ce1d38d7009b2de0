import { describe, expect, it } from "vitest";
import { buildReplyTree } from "@/components/threads/tree";
import type { ReplyView } from "@/lib/queries/replies";

const can = { edit: false, delete: false, moderate: false, reply: true };
const r = (id: string, parentId: string | null, minute: number): ReplyView => ({
  id,
  parentId,
  depth: 0,
  body: id,
  deleted: false,
  hidden: false,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
  editedAt: null,
  descendantCount: 0,
  author: { name: id, handle: id },
  can,
});

// a (3 replies below), b (none), c (1 below): created a, b, c in that order.
const flat = [r("a", null, 0), r("b", null, 1), r("c", null, 2), r("a1", "a", 3), r("a2", "a", 4), r("a1x", "a1", 5), r("c1", "c", 6)];

describe("buildReplyTree", () => {
  it("nests by parent and counts subtrees", () => {
    const tree = buildReplyTree(flat, "oldest");
    expect(tree.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(tree[0].children.map((n) => n.id)).toEqual(["a1", "a2"]);
    expect(tree[0].children[0].children.map((n) => n.id)).toEqual(["a1x"]);
    expect(tree.map((n) => n.subtreeSize)).toEqual([3, 0, 1]);
  });

  it("sorts siblings newest first, or top by subtree size with age as tie-break", () => {
    expect(buildReplyTree(flat, "newest").map((n) => n.id)).toEqual(["c", "b", "a"]);
    expect(buildReplyTree(flat, "newest")[0].children.map((n) => n.id)).toEqual(["c1"]);
    expect(buildReplyTree(flat, "top").map((n) => n.id)).toEqual(["a", "c", "b"]);
    expect(buildReplyTree(flat, "top")[0].children.map((n) => n.id)).toEqual(["a1", "a2"]);
  });

  it("keeps a reply whose parent is missing, at the top level", () => {
    const tree = buildReplyTree([r("x", "gone", 0), r("y", null, 1)], "oldest");
    expect(tree.map((n) => n.id)).toEqual(["x", "y"]);
  });
});

import { describe, expect, it } from "vitest";
import { ancestorsOf, buildThread, countNew, flattenThread, markNew, type ThreadNode } from "./build-thread";

type Reply = { id: string; parentId: string | null; createdAt: Date; authorId?: string; body?: string };

const t = (minutes: number) => new Date(Date.UTC(2024, 0, 1, 0, minutes));
const r = (id: string, parentId: string | null, minutes: number, authorId = "u1"): Reply => ({
  id,
  parentId,
  createdAt: t(minutes),
  authorId,
});

const ids = <T extends { id: string }>(nodes: ThreadNode<T>[]) => nodes.map((n) => n.id);
const shape = <T extends { id: string }>(nodes: ThreadNode<T>[]): unknown =>
  nodes.map((n) => (n.children.length ? { [n.id]: shape(n.children) } : n.id));

// a (0)
// ├── b (1)
// │   └── d (5)
// └── c (2)
//     ├── e (3)
//     └── f (4)
// g (6)
const sample: Reply[] = [r("c", "a", 2), r("a", null, 0), r("g", null, 6), r("b", "a", 1), r("f", "c", 4), r("e", "c", 3), r("d", "b", 5)];

describe("buildThread", () => {
  it("nests and sorts oldest first", () => {
    const tree = buildThread(sample, { sort: "oldest" });
    expect(shape(tree)).toEqual([{ a: [{ b: ["d"] }, { c: ["e", "f"] }] }, "g"]);
  });

  it("sorts newest first at every level", () => {
    const tree = buildThread(sample, { sort: "newest" });
    expect(shape(tree)).toEqual(["g", { a: [{ c: ["f", "e"] }, { b: ["d"] }] }]);
  });

  it("sorts top by descendant count, then oldest", () => {
    const tree = buildThread(sample, { sort: "top" });
    expect(shape(tree)).toEqual([{ a: [{ c: ["e", "f"] }, { b: ["d"] }] }, "g"]);
  });

  it("computes depth and descendantCount", () => {
    const flat = flattenThread(buildThread(sample, { sort: "oldest" }));
    const byId = Object.fromEntries(flat.map((n) => [n.id, n]));
    expect(byId.a.depth).toBe(0);
    expect(byId.c.depth).toBe(1);
    expect(byId.f.depth).toBe(2);
    expect(byId.a.descendantCount).toBe(5);
    expect(byId.c.descendantCount).toBe(2);
    expect(byId.b.descendantCount).toBe(1);
    expect(byId.g.descendantCount).toBe(0);
  });

  it("keeps the reply fields and does not modify the input", () => {
    const input = [{ ...r("a", null, 0), body: "hello" }, r("b", "a", 1)];
    const before = JSON.stringify(input);
    const [root] = buildThread(input, { sort: "oldest" });
    expect(root.body).toBe("hello");
    expect(root.authorId).toBe("u1");
    expect(JSON.stringify(input)).toBe(before);
    expect("children" in input[0]).toBe(false);
  });

  it("attaches orphans at the root instead of dropping them", () => {
    const tree = buildThread([r("a", null, 0), r("x", "deleted", 1), r("y", "x", 2), r("z", "also-missing", 3)], { sort: "oldest" });
    expect(shape(tree)).toEqual(["a", { x: ["y"] }, "z"]);
    const orphan = tree[1];
    expect(orphan.parentId).toBe("deleted");
    expect(orphan.depth).toBe(0);
    expect(flattenThread(tree)).toHaveLength(4);
  });

  it("breaks cycles at their oldest reply without hanging or losing replies", () => {
    const cyclic = [r("a", "c", 1), r("b", "a", 2), r("c", "b", 3), r("d", "b", 4), r("self", "self", 0), r("x", "y", 5), r("y", "x", 6)];
    const tree = buildThread(cyclic, { sort: "oldest" });
    expect(shape(tree)).toEqual(["self", { a: [{ b: ["c", "d"] }] }, { x: ["y"] }]);
    expect(flattenThread(tree)).toHaveLength(cyclic.length);
  });

  it("keeps the first of duplicate ids", () => {
    const tree = buildThread([r("a", null, 0), { ...r("a", null, 9), body: "dup" }, r("b", "a", 1)], { sort: "oldest" });
    expect(tree).toHaveLength(1);
    expect(tree[0].body).toBeUndefined();
    expect(ids(tree[0].children)).toEqual(["b"]);
  });

  it("orders equal timestamps by id and tolerates invalid dates", () => {
    const tree = buildThread(
      [r("b", null, 0), r("a", null, 0), { id: "c", parentId: null, createdAt: new Date("nope") }],
      { sort: "oldest" },
    );
    expect(ids(tree)).toEqual(["c", "a", "b"]);
  });

  it("handles an empty list", () => {
    expect(buildThread([], { sort: "top" })).toEqual([]);
  });

  it("builds 10,000 replies quickly", () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const replies: Reply[] = [];
    for (let i = 0; i < 10_000; i++) {
      const parent = i === 0 || rand() < 0.1 ? null : `r${Math.floor(rand() * i)}`;
      replies.push(r(`r${i}`, parent, i));
    }
    // Shuffle: input order must not matter.
    for (let i = replies.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [replies[i], replies[j]] = [replies[j], replies[i]];
    }
    const start = performance.now();
    const tree = buildThread(replies, { sort: "top" });
    const ms = performance.now() - start;
    const flat = flattenThread(tree);
    expect(flat).toHaveLength(10_000);
    expect(tree.reduce((s, n) => s + 1 + n.descendantCount, 0)).toBe(10_000);
    for (const n of flat) {
      for (let i = 1; i < n.children.length; i++) {
        expect(n.children[i - 1].descendantCount).toBeGreaterThanOrEqual(n.children[i].descendantCount);
      }
      for (const c of n.children) expect(c.depth).toBe(n.depth + 1);
    }
    expect(ms).toBeLessThan(2_000);
  });

  it("handles a 3,000-deep chain without recursion", () => {
    const chain: Reply[] = Array.from({ length: 3_000 }, (_, i) => r(`c${i}`, i === 0 ? null : `c${i - 1}`, i));
    const tree = buildThread(chain.slice().reverse(), { sort: "oldest" });
    expect(tree).toHaveLength(1);
    expect(tree[0].descendantCount).toBe(2_999);
    const flat = flattenThread(tree);
    expect(flat).toHaveLength(3_000);
    expect(flat[2_999].depth).toBe(2_999);
    expect(ancestorsOf("c2999", chain)).toHaveLength(2_999);
    const marked = markNew(tree, t(1_500), "u2");
    expect(countNew(marked)).toBe(1_499);
    // A cycle closing the whole chain.
    const loop = chain.map((c, i) => (i === 0 ? { ...c, parentId: "c2999" } : c));
    expect(flattenThread(buildThread(loop, { sort: "newest" }))).toHaveLength(3_000);
  });
});

describe("ancestorsOf", () => {
  it("lists ancestors from the top-level reply down to the parent", () => {
    expect(ancestorsOf("f", sample)).toEqual(["a", "c"]);
    expect(ancestorsOf("a", sample)).toEqual([]);
    expect(ancestorsOf("unknown", sample)).toEqual([]);
  });

  it("stops at missing parents and cycles", () => {
    expect(ancestorsOf("y", [r("x", "gone", 0), r("y", "x", 1)])).toEqual(["x"]);
    expect(ancestorsOf("a", [r("a", "b", 0), r("b", "c", 1), r("c", "a", 2)])).toEqual(["c", "b"]);
  });
});

describe("markNew", () => {
  const tree = buildThread(
    [r("a", null, 0, "me"), r("b", "a", 10, "other"), r("c", "a", 20, "me"), r("d", "b", 30, "other"), r("e", null, 5, "other")],
    { sort: "oldest" },
  );

  it("flags replies after the last visit that the viewer did not write", () => {
    const marked = markNew(tree, t(7), "me");
    const flags = Object.fromEntries(flattenThread(marked).map((n) => [n.id, n.isNew]));
    expect(flags).toEqual({ a: false, b: true, c: false, d: true, e: false });
    expect(countNew(marked)).toBe(2);
  });

  it("marks nothing on a first visit", () => {
    expect(countNew(markNew(tree, null, "me"))).toBe(0);
  });

  it("without a viewer, everything after the visit is new", () => {
    expect(countNew(markNew(tree, t(7)))).toBe(3);
  });

  it("reads the author with a custom accessor and leaves the input tree alone", () => {
    type View = { id: string; parentId: string | null; createdAt: Date; author: { handle: string } | null };
    const views: View[] = [
      { id: "a", parentId: null, createdAt: t(10), author: { handle: "me" } },
      { id: "b", parentId: "a", createdAt: t(11), author: null },
    ];
    const built = buildThread(views, { sort: "oldest" });
    const marked = markNew(built, t(0), "me", (n) => n.author?.handle);
    expect(marked[0].isNew).toBe(false);
    expect(marked[0].children[0].isNew).toBe(true);
    expect("isNew" in built[0]).toBe(false);
    expect(marked[0].children[0].depth).toBe(1);
  });
});

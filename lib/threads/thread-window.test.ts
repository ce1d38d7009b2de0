import { describe, expect, it } from "vitest";
import { buildThread } from "./build-thread";
import { windowThread } from "./thread-window";

type Reply = { id: string; parentId: string | null; createdAt: Date };
const r = (id: string, parentId: string | null, minute: number): Reply => ({ id, parentId, createdAt: new Date(Date.UTC(2024, 0, 1, 0, minute)) });

// A binary tree like the benchmark's 300-reply thread: n0 is the root, nK answers n((K-1)/2).
const binary = (n: number) => Array.from({ length: n }, (_, k) => r(`n${k}`, k ? `n${Math.floor((k - 1) / 2)}` : null, k));
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe("windowThread", () => {
  it("shows a thread within the budget whole, with nothing left out", () => {
    const w = windowThread(buildThread(binary(15), { sort: "oldest" }), { budget: 100 });
    expect(w.shown.size).toBe(15);
    expect(w.hiddenBelow.size).toBe(0);
    expect([w.page, w.pageCount, w.focus]).toEqual([1, 1, null]);
  });

  it("takes replies breadth-first up to the budget and counts what each shown reply leaves out", () => {
    const w = windowThread(buildThread(binary(300), { sort: "oldest" }), { budget: 10 });
    // Breadth-first in display order: the first ten ids of a binary tree numbered by level.
    expect(sorted(w.shown)).toEqual(sorted(Array.from({ length: 10 }, (_, k) => `n${k}`)));
    // Everything left out is accounted for under some shown reply.
    const left = [...w.hiddenBelow.values()].reduce((a, b) => a + b, 0);
    expect(left).toBe(290);
    // n4 shows its first answer n9 but not n10 and its branch.
    expect(w.hiddenBelow.get("n4")).toBe(1 + buildThread(binary(300), { sort: "oldest" })[0].children[0].children[1].children[1].descendantCount);
    expect(w.hiddenBelow.has("n0")).toBe(false);
  });

  it("never shows a reply without its parent", () => {
    const replies = binary(300);
    const parentOf = new Map(replies.map((x) => [x.id, x.parentId]));
    for (const budget of [1, 7, 50, 100, 299]) {
      const w = windowThread(buildThread(replies, { sort: "newest" }), { budget });
      for (const id of w.shown) {
        const p = parentOf.get(id);
        if (p) expect(w.shown.has(p)).toBe(true);
      }
    }
  });

  it("opens one branch on its own, with the reply it answers", () => {
    const tree = buildThread(binary(300), { sort: "oldest" });
    const w = windowThread(tree, { budget: 10, focus: "n5" });
    expect(w.roots.map((x) => x.id)).toEqual(["n5"]);
    expect(w.focus).toEqual({ id: "n5", parentId: "n2" });
    expect(w.shown.has("n5") && w.shown.has("n11") && w.shown.has("n12")).toBe(true);
    expect(w.shown.has("n0")).toBe(false);
    expect(w.shown.size).toBe(10);
  });

  it("ignores an unknown focus and shows the first page", () => {
    const w = windowThread(buildThread(binary(20), { sort: "oldest" }), { budget: 100, focus: "nope" });
    expect(w.focus).toBeNull();
    expect(w.roots.map((x) => x.id)).toEqual(["n0"]);
  });

  it("pages top-level replies beyond the budget and clamps the page", () => {
    const flat = Array.from({ length: 25 }, (_, k) => r(`t${k}`, null, k));
    const tree = buildThread(flat, { sort: "oldest" });
    expect(windowThread(tree, { budget: 10 }).roots.map((x) => x.id)).toEqual(flat.slice(0, 10).map((x) => x.id));
    const third = windowThread(tree, { budget: 10, page: 3 });
    expect([third.page, third.pageCount, third.roots.length]).toEqual([3, 3, 5]);
    expect(windowThread(tree, { budget: 10, page: 99 }).page).toBe(3);
    expect(windowThread(tree, { budget: 10, page: -4 }).page).toBe(1);
  });

  it("reveals a deep reply with all its ancestors, on the page that holds its branch", () => {
    const replies = [...Array.from({ length: 25 }, (_, k) => r(`t${k}`, null, k)), r("a", "t21", 30), r("b", "a", 31), r("c", "b", 32)];
    const w = windowThread(buildThread(replies, { sort: "oldest" }), { budget: 10, reveal: "c" });
    expect(w.page).toBe(3);
    for (const id of ["t21", "a", "b", "c"]) expect(w.shown.has(id)).toBe(true);
    // A revealed reply on a page past the budget still shows every top-level reply of it.
    for (let k = 20; k < 25; k++) expect(w.shown.has(`t${k}`)).toBe(true);
  });

  it("reveals a reply the breadth-first budget would have left out", () => {
    const w = windowThread(buildThread(binary(300), { sort: "oldest" }), { budget: 10, reveal: "n299" });
    for (let k = 299; k > 0; k = Math.floor((k - 1) / 2)) expect(w.shown.has(`n${k}`)).toBe(true);
    expect(w.shown.has("n0")).toBe(true);
  });
});

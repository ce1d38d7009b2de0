// Which replies of a (sorted) reply tree one page load shows. Pure; no I/O.
//
// A thread page renders at most `budget` replies: render cost grows with every reply (its
// markdown is sent twice, as HTML and in the React payload), and a 300-reply argument is
// read a branch at a time anyway. Replies are taken breadth-first in display order, so
// every top-level reply and the first answers to each come before deep sub-threads; a
// shown reply with answers left out gets a "continue this thread" link that opens its
// branch on its own (`focus`). Top-level replies beyond the budget go to further pages.
// A reply that must be visible (`reveal`: a permalink, the reply just posted) is shown
// with all its ancestors, on whichever page holds its branch.
import type { ThreadNode } from "./build-thread";

export const THREAD_BUDGET = 50;

type Node<T> = ThreadNode<T> & { id: string; parentId: string | null };

export type ThreadWindow<T> = {
  /** The top-level replies of this page, or the focused reply alone. */
  roots: Node<T>[];
  shown: ReadonlySet<string>;
  /** For a shown reply: how many replies below it are left out (answers and their branches). */
  hiddenBelow: ReadonlyMap<string, number>;
  page: number;
  pageCount: number;
  /** The branch opened on its own, with the reply it answers (null for a top-level reply). */
  focus: { id: string; parentId: string | null } | null;
};

export type ThreadWindowOptions = { budget?: number; page?: number; focus?: string; reveal?: string };

export function windowThread<T>(tree: readonly Node<T>[], opts: ThreadWindowOptions = {}): ThreadWindow<T> {
  const budget = Math.max(1, opts.budget ?? THREAD_BUDGET);
  const parent = new Map<string, Node<T> | null>();
  const byId = new Map<string, Node<T>>();
  const stack: [Node<T>, Node<T> | null][] = tree.map((n) => [n, null]);
  while (stack.length) {
    const [node, up] = stack.pop()!;
    byId.set(node.id, node);
    parent.set(node.id, up);
    for (const c of node.children as Node<T>[]) stack.push([c, node]);
  }
  const chainTo = (id: string) => {
    const chain: Node<T>[] = [];
    for (let n: Node<T> | null | undefined = byId.get(id); n; n = parent.get(n.id)) chain.unshift(n);
    return chain;
  };

  const focusNode = opts.focus ? byId.get(opts.focus) : undefined;
  let roots: Node<T>[];
  let page = 1;
  let pageCount = 1;
  if (focusNode) {
    roots = [focusNode];
  } else {
    pageCount = Math.max(1, Math.ceil(tree.length / budget));
    page = Math.min(Math.max(1, Math.trunc(opts.page ?? 1) || 1), pageCount);
    const revealRoot = opts.reveal ? chainTo(opts.reveal)[0] : undefined;
    if (revealRoot) page = Math.floor(tree.indexOf(revealRoot) / budget) + 1;
    roots = tree.slice((page - 1) * budget, page * budget);
  }

  // Every top-level reply of the page is shown (a page holds at most `budget` of them).
  const shown = new Set<string>(roots.map((r) => r.id));
  const inWindow = new Set(roots.map((r) => r.id));
  if (opts.reveal && byId.has(opts.reveal)) {
    const chain = chainTo(opts.reveal);
    const from = chain.findIndex((n) => inWindow.has(n.id));
    if (from >= 0) for (const n of chain.slice(from)) shown.add(n.id);
  }
  const queue: Node<T>[] = [...roots];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (!shown.has(node.id)) {
      if (shown.size >= budget) continue;
      shown.add(node.id);
    }
    for (const c of node.children as Node<T>[]) queue.push(c);
  }

  const hiddenBelow = new Map<string, number>();
  for (const id of shown) {
    let hidden = 0;
    for (const c of byId.get(id)!.children as Node<T>[]) if (!shown.has(c.id)) hidden += 1 + c.descendantCount;
    if (hidden) hiddenBelow.set(id, hidden);
  }
  const focus = focusNode ? { id: focusNode.id, parentId: parent.get(focusNode.id)?.id ?? null } : null;
  return { roots, shown, hiddenBelow, page, pageCount, focus };
}

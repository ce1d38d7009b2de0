import Link from "next/link";
import { deleteReplyAction } from "@/lib/actions/replies";
import { setReplyHiddenAction } from "@/lib/actions/moderation";
import type { ReplyView } from "@/lib/queries/replies";
import { buildThread, type ThreadNode } from "@/lib/threads/build-thread";
import { THREAD_SORTS, type ThreadSort, type ThreadView } from "@/lib/schemas/reply";
import { threadHref } from "@/lib/threads/thread-url";
import { windowThread, type ThreadWindow } from "@/lib/threads/thread-window";
import { ActionButton } from "@/components/reviews/action-button";
import { Pagination } from "@/components/ui/pagination";
import { Markdown } from "@/components/reviews/markdown";
import { RevealPermalink } from "./reveal-permalink";
import { ReplyForm } from "./reply-form";
import styles from "./thread.module.css";

/** Indentation stops growing here; deeper replies line up with their parent. */
const INDENT_CAP = 6;
/** Subtrees this deep start collapsed ("continue this thread"); a permalink opens them. */
const COLLAPSE_DEPTH = 8;

type Props = {
  replies: ReplyView[];
  /** Sort, and which part of a long thread to show (see lib/threads/thread-window.ts). */
  view: ThreadView;
  /** The viewer's previous visit: replies after it (by others) are marked new. */
  lastVisit: Date | null;
  viewerHandle: string | null;
  /** The page path the thread lives on (for sort links and redirects). */
  path: string;
  label: string;
};

const SORT_LABELS: Record<ThreadSort, string> = { oldest: "Oldest", newest: "Newest", top: "Top" };

export function Thread({ replies, view, lastVisit, viewerHandle, path, label }: Props) {
  const tree = buildThread(replies, { sort: view.sort });
  const win = windowThread(tree, { page: view.page, focus: view.thread, reveal: view.reply });
  const ctx: Ctx = { lastVisit, viewerHandle, path, win, sort: view.sort };
  return (
    <div className="thread">
      <RevealPermalink />
      {replies.length > 1 && (
        <nav className={styles.sort} aria-label={`Sort ${label}`}>
          <span className="muted">Sort:</span>
          {THREAD_SORTS.map((s) => (
            <Link key={s} href={threadHref(path, { sort: s, thread: win.focus?.id }, "thread")} aria-current={s === view.sort ? "true" : undefined} scroll={false}>
              {SORT_LABELS[s]}
            </Link>
          ))}
        </nav>
      )}
      {win.focus && (
        <p className={styles.branch}>
          Showing one branch of the thread. <Link href={threadHref(path, { sort: view.sort }, "thread")}>Show the whole thread</Link>
          {win.focus.parentId && (
            <>
              {" · "}
              <Link href={threadHref(path, { sort: view.sort, thread: win.focus.parentId }, `reply-${win.focus.parentId}`)}>Up to the reply it answers</Link>
            </>
          )}
        </p>
      )}
      {tree.length === 0 ? (
        <p className="empty">No replies yet.</p>
      ) : (
        <ol className={styles.thread} aria-label={label}>
          {win.roots.map((n) => (
            <ReplyItem key={n.id} node={n} ctx={ctx} />
          ))}
        </ol>
      )}
      <Pagination page={win.page} pageCount={win.pageCount} hrefFor={(n) => threadHref(path, { sort: view.sort, page: n }, "thread")} label="Pages of replies" />
    </div>
  );
}

type ReplyNode = ThreadNode<ReplyView>;
type Ctx = { lastVisit: Date | null; viewerHandle: string | null; path: string; win: ThreadWindow<ReplyView>; sort: ThreadSort };

function ReplyItem({ node, ctx }: { node: ReplyNode; ctx: Ctx }) {
  const { lastVisit, viewerHandle, path, win } = ctx;
  const children = node.children.filter((c) => win.shown.has(c.id));
  const left = win.hiddenBelow.get(node.id) ?? 0;
  const isNew = !!lastVisit && node.createdAt > lastVisit && !!node.author && node.author.handle !== viewerHandle;
  const who = node.author?.name ?? "deleted";
  return (
    <li id={`reply-${node.id}`} className={styles.reply} tabIndex={-1} aria-label={`Reply by ${who}`} data-new={isNew || undefined}>
      <div className={styles.head}>
        {node.author ? <Link href={`/u/${node.author.handle}`}>{node.author.name}</Link> : <span>[deleted]</span>}
        <a href={`#reply-${node.id}`} aria-label={`Permalink to reply by ${who}`}>
          <time dateTime={node.createdAt.toISOString()}>{node.createdAt.toISOString().slice(0, 16).replace("T", " ")}</time>
        </a>
        {node.editedAt && !node.deleted && <span>edited</span>}
        {isNew && <span className={styles.new}>new</span>}
      </div>
      <div className={styles.body}>
        {node.deleted ? (
          <p className="muted">Reply deleted.</p>
        ) : node.hidden && node.body == null ? (
          <p className="muted">Hidden by a moderator.</p>
        ) : (
          <>
            {node.hidden && <p className="notice">Hidden by a moderator (you can still see it).</p>}
            <Markdown source={node.body ?? ""} idPrefix={`reply-${node.id}-`} />
          </>
        )}
      </div>
      {(node.can.reply || node.can.edit || node.can.delete || node.can.moderate) && (
        <div className={styles.tools}>
          {node.can.reply && (
            <details>
              <summary>Reply<span className="visually-hidden"> to {who}</span></summary>
              <ReplyForm target={{ parentId: node.id }} returnTo={path} label={`Reply to ${who}`} />
            </details>
          )}
          {node.can.edit && (
            <details>
              <summary>Edit<span className="visually-hidden"> your reply</span></summary>
              <ReplyForm editing={{ id: node.id, body: node.body ?? "" }} returnTo={path} />
            </details>
          )}
          {node.can.delete && <ActionButton action={deleteReplyAction} fields={{ replyId: node.id, returnTo: path }} label="Delete" className="btn secondary" confirm="Delete this reply? Answers to it stay." />}
          {node.can.moderate && (
            <ActionButton action={setReplyHiddenAction} fields={{ replyId: node.id, hidden: node.hidden ? "false" : "true" }} label={node.hidden ? "Unhide" : "Hide"} className="btn secondary" />
          )}
        </div>
      )}
      {children.length > 0 && (
        <details className={styles.collapse} open={node.depth + 1 < COLLAPSE_DEPTH}>
          <summary>
            {node.descendantCount === 1 ? "1 reply" : `${node.descendantCount} replies`}
            <span className="visually-hidden"> under {who}&apos;s reply</span>
          </summary>
          <ol className={`${styles.children} ${node.depth + 1 >= INDENT_CAP ? styles.flat : ""}`}>
            {children.map((c) => (
              <ReplyItem key={c.id} node={c} ctx={ctx} />
            ))}
          </ol>
        </details>
      )}
      {left > 0 && (
        <p className={styles.more}>
          <Link href={threadHref(path, { sort: ctx.sort, thread: node.id }, `reply-${node.id}`)}>
            Continue this thread ({left === 1 ? "1 more reply" : `${left} more replies`})
            <span className="visually-hidden"> under {who}&apos;s reply</span>
          </Link>
        </p>
      )}
    </li>
  );
}

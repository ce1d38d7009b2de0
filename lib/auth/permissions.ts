// Who may do what, in one place. Mutations call these with the row they are about to
// change; pages call them to decide which buttons to offer. Pure: no I/O.
import type { CurrentUser } from "./session";

/** Whoever is acting: a signed-in user, or null for an anonymous visitor. */
export type Actor = Pick<CurrentUser, "id" | "role"> | null;
type Owned = { authorId?: string; ownerId?: string; userId?: string };

const ownerOf = (row: Owned) => row.authorId ?? row.ownerId ?? row.userId;

export const isAdmin = (actor: Actor) => actor?.role === "admin";
export const isOwner = (actor: Actor, row: Owned) => !!actor && ownerOf(row) === actor.id;

/** Reviews, replies, notes, lists: only their author edits or deletes them. */
export const canEdit = (actor: Actor, row: Owned) => isOwner(actor, row);
export const canDelete = (actor: Actor, row: Owned) => isOwner(actor, row);
/** Admins hide abusive reviews and replies; the author still sees their own. */
export const canModerate = (actor: Actor) => isAdmin(actor);
/** Any member adds posts; the creator or an admin edits one. */
export const canCreatePost = (actor: Actor) => !!actor;
export const canEditPost = (actor: Actor, post: { createdById: string | null }) =>
  !!actor && (isAdmin(actor) || post.createdById === actor.id);

export type Visibility = "public" | "unlisted" | "private";
/** Private lists: owner only. Unlisted: anyone with the link. Public: everyone. */
export const canViewList = (actor: Actor, list: { ownerId: string; visibility: Visibility }) =>
  list.visibility !== "private" || isOwner(actor, list);

/** What a viewer may see of hidden content: the author and admins see it, others a notice. */
export const canSeeHidden = (actor: Actor, row: Owned) => isAdmin(actor) || isOwner(actor, row);

/** Writing reviews, replies and notes needs an account, nothing more. */
export const canWrite = (actor: Actor) => !!actor;
/** Private notes: the owner only, everywhere (pages, API, exports). */
export const canViewNote = (actor: Actor, note: { userId: string }) => isOwner(actor, note);
/** Drafts are visible to their creator and admins; published posts to everyone. */
export const canViewPost = (actor: Actor, post: { draft: boolean; createdById: string | null }) =>
  !post.draft || isAdmin(actor) || (!!actor && post.createdById === actor.id);

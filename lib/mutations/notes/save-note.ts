import "server-only";
import type { Db } from "@/lib/db";
import { type Actor } from "@/lib/auth/permissions";
import { findVisiblePost, parseInput, requireActor } from "@/lib/mutations/reviews/shared";
import { saveNoteSchema } from "@/lib/schemas/note";

/**
 * The signed-in user's private note on a post. Keyed by (user, post), so one user can never
 * write another's note: there is no note id to forge. Saving an empty note deletes it.
 */
export async function saveNote(db: Db, { actor, ...input }: { actor: Actor; postId: unknown; body: unknown }) {
  const user = requireActor(actor);
  const data = parseInput(saveNoteSchema, input);
  return db.$transaction(async (tx) => {
    const post = await findVisiblePost(tx, user, data.postId);
    const key = { userId_postId: { userId: user.id, postId: post.id } };
    if (!data.body) {
      await tx.note.deleteMany({ where: { userId: user.id, postId: post.id } });
      return { deleted: true as const, postId: post.id, postSlug: post.slug };
    }
    await tx.note.upsert({ where: key, create: { userId: user.id, postId: post.id, body: data.body }, update: { body: data.body } });
    return { deleted: false as const, postId: post.id, postSlug: post.slug };
  });
}

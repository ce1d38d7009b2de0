import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

/** The viewer's own note on a post. There is no way to ask for anyone else's. */
export async function getMyNote(postId: string, viewer: Actor) {
  if (!viewer) return null;
  return db.note.findUnique({
    where: { userId_postId: { userId: viewer.id, postId } },
    select: { body: true, updatedAt: true },
  });
}

import "server-only";
import type { Db } from "@/lib/db";
import { type Actor } from "@/lib/auth/permissions";
import { parseInput, requireActor } from "@/lib/mutations/reviews/shared";
import { profileSchema } from "@/lib/schemas/auth";

/** A user edits their own name and bio; there is no user id to pass, so no one else's. */
export async function updateProfile(db: Db, { actor, ...input }: { actor: Actor; name: unknown; bio: unknown }) {
  const user = requireActor(actor);
  const data = parseInput(profileSchema, input);
  return db.user.update({ where: { id: user.id }, data: { name: data.name, bio: data.bio }, select: { handle: true } });
}

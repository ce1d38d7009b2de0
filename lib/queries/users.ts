import "server-only";
import { db } from "@/lib/db";
import { canSeeHidden, type Actor } from "@/lib/auth/permissions";
import { toReviewView, reviewSelect } from "./reviews";

/** Field errors for an email or handle already in use, or null when both are free. */
export async function findAccountConflicts({ email, handle }: { email: string; handle: string }) {
  const [byEmail, byHandle] = await Promise.all([
    db.user.findUnique({ where: { email }, select: { id: true } }),
    db.user.findUnique({ where: { handle }, select: { id: true } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (byEmail) errors.email = ["An account with that email already exists."];
  if (byHandle) errors.handle = ["That handle is taken."];
  return Object.keys(errors).length ? errors : null;
}

/** A profile: name, bio, role and the reviews this viewer may see, newest first. */
export async function getProfile(handle: string, viewer: Actor) {
  const user = await db.user.findUnique({
    where: { handle },
    select: { id: true, name: true, handle: true, bio: true, role: true, createdAt: true },
  });
  if (!user) return null;
  const reviews = await db.review.findMany({
    where: {
      authorId: user.id,
      deletedAt: null,
      ...(canSeeHidden(viewer, { authorId: user.id }) ? {} : { hiddenAt: null }),
      post: { draft: false },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 100,
    select: reviewSelect,
  });
  return { ...user, reviews: reviews.map((r) => toReviewView(r, viewer)) };
}

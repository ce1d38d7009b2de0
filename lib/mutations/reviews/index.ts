// The review mutations bound to the app's database client, for server actions (which may
// not import the client). Tests call the unbound functions with their own database.
import "server-only";
import { db } from "@/lib/db";
import { createReview } from "./create-review";
import { deleteReview } from "./delete-review";
import { updateReview } from "./update-review";

type Args<F> = F extends (db: never, args: infer A) => unknown ? A : never;

export const reviewMutations = {
  create: (args: Args<typeof createReview>) => createReview(db, args),
  update: (args: Args<typeof updateReview>) => updateReview(db, args),
  delete: (args: Args<typeof deleteReview>) => deleteReview(db, args),
};

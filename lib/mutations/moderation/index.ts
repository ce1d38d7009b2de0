import "server-only";
import { db } from "@/lib/db";
import { setReplyHidden } from "./hide-reply";
import { setReviewHidden } from "./hide-review";

type Args<F> = F extends (db: never, args: infer A) => unknown ? A : never;

export const moderationMutations = {
  setReviewHidden: (args: Args<typeof setReviewHidden>) => setReviewHidden(db, args),
  setReplyHidden: (args: Args<typeof setReplyHidden>) => setReplyHidden(db, args),
};

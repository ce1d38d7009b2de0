import "server-only";
import { db } from "@/lib/db";
import { updateProfile } from "./update-profile";

type Args<F> = F extends (db: never, args: infer A) => unknown ? A : never;

export const userMutations = {
  updateProfile: (args: Args<typeof updateProfile>) => updateProfile(db, args),
};

// Creates an account from the command line (scripts/user-create.ts): the way the first
// admin comes to exist. Same rows better-auth writes on sign-up, password hashed with its
// scrypt KDF so the user signs in through the normal form.
import { hashPassword } from "better-auth/crypto";
import type { Db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { parseInput } from "@/lib/mutations/reviews/shared";
import { signUpSchema } from "@/lib/schemas/auth";

export async function createUser(db: Db, input: { name: unknown; handle: unknown; email: unknown; password: unknown; admin?: boolean }) {
  const data = parseInput(signUpSchema, input);
  const password = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const [byEmail, byHandle] = await Promise.all([
      tx.user.findUnique({ where: { email: data.email }, select: { id: true } }),
      tx.user.findUnique({ where: { handle: data.handle }, select: { id: true } }),
    ]);
    if (byEmail) throw new ConflictError("An account with that email already exists.", { email: ["An account with that email already exists."] });
    if (byHandle) throw new ConflictError("That handle is taken.", { handle: ["That handle is taken."] });
    const id = crypto.randomUUID();
    const user = await tx.user.create({
      data: { id, name: data.name, email: data.email, handle: data.handle, role: input.admin ? "admin" : "member", emailVerified: false },
      select: { id: true, handle: true, email: true, role: true },
    });
    await tx.account.create({ data: { id: crypto.randomUUID(), accountId: id, providerId: "credential", userId: id, password } });
    return user;
  });
}

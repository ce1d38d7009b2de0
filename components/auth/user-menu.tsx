import Link from "next/link";
import { signOutAction } from "@/lib/actions/auth";
import { getCurrentUser } from "@/lib/auth/session";

/** Sign in / sign up links, or the signed-in user's profile link and sign-out button. */
export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <>
        <Link href="/sign-in">Sign in</Link>
        <Link href="/sign-up">Sign up</Link>
      </>
    );
  }
  return (
    <>
      <Link href={`/u/${user.handle}`} aria-label={`Your profile (${user.name})`}>
        {user.name}
        {user.role === "admin" && <span className="chip" style={{ marginLeft: ".35rem" }}>admin</span>}
      </Link>
      <form action={signOutAction} style={{ display: "inline" }}>
        <button type="submit" className="btn secondary">Sign out</button>
      </form>
    </>
  );
}

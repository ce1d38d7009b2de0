import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { signInSchema } from "@/lib/schemas/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next: rawNext } = await searchParams;
  const next = signInSchema.shape.next.parse(typeof rawNext === "string" ? rawNext : undefined);
  if (await getCurrentUser()) redirect(next);
  return (
    <div style={{ maxWidth: 420 }}>
      <h1>Sign in</h1>
      <SignInForm next={next} />
    </div>
  );
}

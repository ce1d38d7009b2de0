import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(`/u/${user.handle}`);
  return (
    <div style={{ maxWidth: 420 }}>
      <h1>Create an account</h1>
      <SignUpForm />
    </div>
  );
}

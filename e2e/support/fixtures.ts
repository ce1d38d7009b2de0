// Test users made through the real auth endpoint, each with a unique name, signed in
// inside the page's own browser context (its cookies are the session).
import crypto from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";

export type TestUser = { name: string; handle: string; email: string; password: string };

export function uniqueName(prefix: string) {
  return `${prefix}-${crypto.randomBytes(4).toString("hex")}`;
}

export async function signUpViaApi(page: Page, prefix = "tester"): Promise<TestUser> {
  const handle = uniqueName(prefix).toLowerCase();
  const user = { name: `Test ${handle}`, handle, email: `${handle}@example.test`, password: "correct horse battery staple" };
  const res = await page.request.post("/api/auth/sign-up/email", {
    data: { name: user.name, email: user.email, password: user.password, handle: user.handle },
    headers: { origin: new URL(page.url() === "about:blank" ? "http://localhost" : page.url()).origin },
  });
  expect(res.ok(), `sign-up failed: ${res.status()} ${await res.text()}`).toBeTruthy();
  return user;
}

/** `member`: a fresh signed-in user in the default page. */
export const test = base.extend<{ member: TestUser }>({
  member: async ({ page, baseURL }, use) => {
    await page.goto(baseURL ?? "/");
    const user = await signUpViaApi(page);
    await use(user);
  },
});

export { expect };

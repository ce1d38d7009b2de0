// Sign up, sign in and out through the forms; handle and duplicate checks; cookies.
import { expect, test, uniqueName } from "./support/fixtures";

test("sign up with validation, sign out, sign in with a wrong then right password", async ({ page, context }) => {
  const handle = uniqueName("carol").toLowerCase();
  const email = `${handle}@example.test`;
  const password = "a very long passphrase";
  await page.goto("/sign-up");
  const form = page.getByRole("form", { name: "Sign up" });
  await form.getByLabel("Name").fill("Carol Test");
  await form.getByLabel("Handle").fill("Bad Handle!");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("Use lowercase letters, digits, - and _ only.")).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveValue(email);

  await form.getByLabel("Handle").fill("ada");
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("That handle is taken.")).toBeVisible();

  await form.getByLabel("Handle").fill(handle);
  await form.getByLabel("Email").fill("ada@example.org");
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("An account with that email already exists.")).toBeVisible();

  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(new RegExp(`/u/${handle}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Carol Test" })).toBeVisible();

  const session = (await context.cookies()).find((c) => c.name.includes("session_token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto(`/sign-in?next=${encodeURIComponent("/reviews")}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password!!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/reviews$/);
  await expect(page.getByRole("link", { name: /Your profile/ })).toBeVisible();
});

test("a direct sign-up request cannot pick a bad handle or make itself admin", async ({ page }) => {
  await page.goto("/");
  const origin = new URL(page.url()).origin;
  const bad = await page.request.post("/api/auth/sign-up/email", {
    data: { name: "X", email: `${uniqueName("x")}@example.test`, password: "long enough password", handle: "NOPE NOPE" },
    headers: { origin },
  });
  expect(bad.status()).toBe(400);
  const handle = uniqueName("mallory").toLowerCase();
  const sneaky = await page.request.post("/api/auth/sign-up/email", {
    data: { name: "M", email: `${handle}@example.test`, password: "long enough password", handle, role: "admin" },
    headers: { origin },
  });
  expect(sneaky.status()).toBeLessThan(500);
  await page.goto(`/u/${handle}`);
  await expect(page.getByText("admin", { exact: true })).toHaveCount(0);
});

test("a profile shows the bio as sanitized markdown; the owner edits it", async ({ page, member }) => {
  await page.goto(`/u/${member.handle}`);
  await page.getByText("Edit your profile").click();
  await page.getByLabel("Bio (markdown)").fill("I study **ELK**. <img src=x onerror=alert(1)>");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.reload();
  await expect(page.locator("main strong", { hasText: "ELK" })).toBeVisible();
  await expect(page.locator("main [onerror]")).toHaveCount(0);
  expect((await page.goto("/u/nobody-has-this-handle"))?.status()).toBe(404);
});

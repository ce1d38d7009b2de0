// Placeholder slot: the accounts feature replaces it (sign in / sign up, or the user's menu).
export async function UserMenu() {
  return null;
}

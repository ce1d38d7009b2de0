// Placeholder slot: the feature that owns this component replaces it.
export function PostListsSection(_props: { postId: string; postSlug: string }) {
  return null;
}

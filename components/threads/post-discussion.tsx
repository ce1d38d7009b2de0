// Placeholder slot: the feature that owns this component replaces it.
export function PostDiscussion(_props: { postId: string; postSlug: string }) {
  return null;
}

// Placeholder slot: the feature that owns this component replaces it.
export function ReadingStatusControl(_props: { postId: string; status: "to_read" | "reading" | "read" | "skipped" | null; compact?: boolean }) {
  return null;
}

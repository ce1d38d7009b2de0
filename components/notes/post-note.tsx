import { getCurrentUser } from "@/lib/auth/session";
import { getMyNote } from "@/lib/queries/notes";
import { Markdown } from "@/components/reviews/markdown";
import { NoteForm } from "./note-form";

/** The viewer's private note on a post; nothing at all for anonymous visitors. */
export async function PostNote({ postId }: { postId: string; postSlug: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const note = await getMyNote(postId, user);
  return (
    <section aria-labelledby="note-heading" className="card">
      <h2 id="note-heading" style={{ marginTop: 0 }}>My private note</h2>
      {note?.body && (
        <>
          <Markdown source={note.body} idPrefix="note-" />
          <p className="meta">Saved {note.updatedAt.toISOString().slice(0, 16).replace("T", " ")}</p>
        </>
      )}
      <NoteForm postId={postId} body={note?.body ?? ""} />
    </section>
  );
}

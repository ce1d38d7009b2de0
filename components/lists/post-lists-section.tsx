// The post page's reading-list panel for the signed-in reader: which of my lists hold
// this post, and a form to add it to one. (The post page itself lists the public lists
// that hold the post, so they are not repeated here.)
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { findMyListsForPost } from "@/lib/queries/lists";
import { AddToListForm } from "./add-to-list-form";
import "./lists.css";

export async function PostListsSection({ postId }: { postId: string; postSlug: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const lists = await findMyListsForPost(postId, user.id);
  const mine = lists.filter((l) => l.holdsPost);
  return (
    <section aria-labelledby="my-lists-heading" className="card">
      <h2 id="my-lists-heading" style={{ marginTop: 0 }}>
        My reading lists
      </h2>
      {mine.length > 0 ? (
        <ul className="small">
          {mine.map((l) => (
            <li key={l.id}>
              In <Link href={`/lists/${l.slug}`}>{l.title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="small muted">Not in any of your lists yet.</p>
      )}
      <AddToListForm postId={postId} lists={lists.filter((l) => !l.holdsPost)} hasLists={lists.length > 0} />
    </section>
  );
}

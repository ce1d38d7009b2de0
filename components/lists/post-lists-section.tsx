// The post page's reading-list panel for the signed-in reader: which of my lists hold
// this post, and a form to add it to one. (The post page itself lists the public lists
// that hold the post, so they are not repeated here.)
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { findListsContainingPost, findListTargets } from "@/lib/queries/lists";
import { AddToListForm } from "./add-to-list-form";
import "./lists.css";

export async function PostListsSection({ postId }: { postId: string; postSlug: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const [containing, targets] = await Promise.all([findListsContainingPost(postId, user), findListTargets(user.id)]);
  const mine = containing.filter((l) => l.mine);
  const mineIds = new Set(mine.map((l) => l.id));
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
      <AddToListForm postId={postId} lists={targets.filter((l) => !mineIds.has(l.id))} hasLists={targets.length > 0} />
    </section>
  );
}

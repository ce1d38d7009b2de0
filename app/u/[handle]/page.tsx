import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProfileForm } from "@/components/auth/profile-form";
import { Markdown } from "@/components/reviews/markdown";
import { ReviewCard } from "@/components/reviews/review-card";
import { getCurrentUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/queries/users";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ handle: string }> }): Promise<Metadata> {
  const { handle } = await params;
  return { title: `@${handle}` };
}

export default async function ProfilePage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const viewer = await getCurrentUser();
  const profile = await getProfile(handle, viewer);
  if (!profile) notFound();
  const own = viewer?.id === profile.id;
  return (
    <div className="stack">
      <header>
        <h1>{profile.name}</h1>
        <p className="meta">
          <span>@{profile.handle}</span>
          {profile.role === "admin" && <span className="chip">admin</span>}
          <span>joined {profile.createdAt.toISOString().slice(0, 10)}</span>
          <span>{profile.reviews.length === 1 ? "1 review" : `${profile.reviews.length} reviews`}</span>
        </p>
      </header>
      {profile.bio ? <Markdown source={profile.bio} idPrefix="bio-" /> : <p className="muted">No bio yet.</p>}
      {own && (
        <details className="card">
          <summary>Edit your profile</summary>
          <ProfileForm name={profile.name} bio={profile.bio} />
        </details>
      )}
      <section aria-labelledby="profile-reviews">
        <h2 id="profile-reviews">Reviews</h2>
        {profile.reviews.length === 0 ? (
          <p className="empty">No reviews yet.</p>
        ) : (
          <ol className="post-list">
            {profile.reviews.map((r) => (
              <li key={r.id}>
                <ReviewCard review={r} showPost />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

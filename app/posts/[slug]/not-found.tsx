import Link from "next/link";

export default function PostNotFound() {
  return (
    <div className="empty">
      <h1>Post not found</h1>
      <p>No post has this address, or it is a draft you cannot see.</p>
      <p><Link href="/">Back to the library</Link></p>
    </div>
  );
}

import Link from "next/link";

export default function NotFound() {
  return (
    <div className="empty">
      <h1>Tag not found</h1>
      <p>There is no such tag (it may have been renamed).</p>
      <p><Link href="/tags">All tags</Link></p>
    </div>
  );
}

import Link from "next/link";

export default function NotFound() {
  return (
    <div className="empty">
      <h1>Page not found</h1>
      <p>Nothing lives at this address.</p>
      <p><Link href="/">Back to the library</Link></p>
    </div>
  );
}

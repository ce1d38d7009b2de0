import Link from "next/link";

export default function NotFound() {
  return (
    <div className="empty">
      <h1>Agenda not found</h1>
      <p>There is no such agenda (it may have been renamed).</p>
      <p><Link href="/agendas">All agendas</Link></p>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import "katex/dist/katex.min.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Alignment Reading Tracker", template: "%s · Alignment Reading Tracker" },
  description: "A shared library, reviews and reading lists for AI-alignment research.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <nav aria-label="Main">
            <Link href="/" className="brand">Alignment Reading Tracker</Link>
            <Link href="/">Library</Link>
            <Link href="/agendas">Agendas</Link>
            <Link href="/tags">Tags</Link>
            <Link href="/reviews">Reviews</Link>
            <Link href="/lists">Lists</Link>
            <Link href="/import">Import</Link>
            <Link href="/me">Me</Link>
            <UserMenu />
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}

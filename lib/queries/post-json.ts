// A post's authors, tags and agendas as json arrays, for raw statements over "Post" p: the
// library's rows and the post page read them the same way.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** [{ name, slug }] in byline order. */
export const authorsJsonSql = Prisma.sql`coalesce((SELECT json_agg(json_build_object('name', au.name, 'slug', au.slug) ORDER BY pau.position)
        FROM "PostAuthor" pau JOIN "Author" au ON au.id = pau."authorId" WHERE pau."postId" = p.id), '[]'::json)`;

/** [{ name, slug }] by name. */
export const tagsJsonSql = Prisma.sql`coalesce((SELECT json_agg(json_build_object('name', t.name, 'slug', t.slug) ORDER BY t.name, t.id)
        FROM "PostTag" pt JOIN "Tag" t ON t.id = pt."tagId" WHERE pt."postId" = p.id), '[]'::json)`;

/** [{ name, slug }] by name, with `core` (a core reading of the agenda) when asked for. */
export const agendasJsonSql = ({ core = false } = {}) => Prisma.sql`coalesce((SELECT json_agg(json_build_object('name', a.name, 'slug', a.slug${core ? Prisma.sql`, 'core', pa.core` : Prisma.empty}) ORDER BY a.name, a.id)
        FROM "PostAgenda" pa JOIN "Agenda" a ON a.id = pa."agendaId" WHERE pa."postId" = p.id), '[]'::json)`;

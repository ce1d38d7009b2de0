import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed";
import { setupTestDatabase } from "@/tests/support/setup-test-db";
import { findFilterOptions, findPickerOptions } from "./filter-options";

describe(`filter options on a seeded database (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  const t = setupTestDatabase();
  beforeAll(async () => {
    await seedDemo(t.db);
  });

  it("offers every agenda and tag, in tree order with depths, when they fit", async () => {
    const { agendas, tags } = await findFilterOptions(t.db);
    expect(agendas.total).toBe(await t.db.agenda.count());
    expect(tags.total).toBe(await t.db.tag.count());
    expect(agendas.options).toHaveLength(agendas.total);
    expect(tags.options).toHaveLength(tags.total);
    const child = await t.db.agenda.findFirstOrThrow({ where: { parentId: { not: null } }, include: { parent: true } });
    const at = (slug: string) => agendas.options.findIndex((o) => o.slug === slug);
    expect(at(child.slug)).toBeGreaterThan(at(child.parent!.slug));
    expect(agendas.options[at(child.slug)].depth).toBe(agendas.options[at(child.parent!.slug)].depth + 1);
  });

  it("bounds the options to the most used plus the selected ones, by current or former slug", async () => {
    const byUse = await t.db.tag.findMany({ orderBy: [{ postCount: "desc" }, { name: "asc" }, { id: "asc" }] });
    const rare = byUse[byUse.length - 1];
    await t.db.tag.update({ where: { id: rare.id }, data: { oldSlugs: ["a-former-tag-slug"] } });
    const agenda = await t.db.agenda.findFirstOrThrow({ orderBy: [{ postCount: "asc" }, { name: "desc" }] });

    const { agendas, tags } = await findFilterOptions(t.db, { tags: ["a-former-tag-slug", "no-such-tag"], agendas: [agenda.slug], limit: 3 });
    expect(tags.total).toBe(byUse.length);
    expect(tags.options.map((o) => o.slug).sort()).toEqual([...byUse.slice(0, 3).map((x) => x.slug), rare.slug].sort());
    expect(agendas.options.map((o) => o.slug)).toContain(agenda.slug);
    expect(agendas.options.length).toBeLessThanOrEqual(4);
  });

  it("treats hostile slugs as plain values", async () => {
    const { tags } = await findFilterOptions(t.db, { tags: [`'); DROP TABLE "Tag"; --`], limit: 1 });
    expect(tags.options).toHaveLength(1);
    expect(await t.db.tag.count()).toBe(tags.total);
  });

  it("offers the post form the most used plus the post's own agendas and tags, by id", async () => {
    const byUse = await t.db.tag.findMany({ orderBy: [{ postCount: "desc" }, { name: "asc" }, { id: "asc" }] });
    const rare = byUse[byUse.length - 1];
    const agenda = await t.db.agenda.findFirstOrThrow({ orderBy: [{ postCount: "asc" }, { name: "desc" }] });

    const { agendas, tags } = await findPickerOptions(t.db, { tagIds: [rare.id, "no-such-id"], agendaIds: [agenda.id], limit: 2 });
    expect(tags.total).toBe(byUse.length);
    expect(tags.options.map((o) => o.id).sort()).toEqual([...byUse.slice(0, 2).map((x) => x.id), rare.id].sort());
    expect(agendas.options.map((o) => o.id)).toContain(agenda.id);
    expect(agendas.options.length).toBeLessThanOrEqual(3);
  });
});

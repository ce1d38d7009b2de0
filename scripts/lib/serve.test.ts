import { describe, expect, it } from "vitest";
import { SERVER_HEAP_MB, SERVER_SEMI_SPACE_MB, serverEnv } from "./serve";

const ours = `--max-old-space-size=${SERVER_HEAP_MB} --max-semi-space-size=${SERVER_SEMI_SPACE_MB}`;

describe("serverEnv", () => {
  it("gives next start the server's heap limit and nursery size, keeping other Node options", () => {
    expect(serverEnv({ PORT: "3000" }).NODE_OPTIONS).toBe(ours);
    expect(serverEnv({ NODE_OPTIONS: "--enable-source-maps" }).NODE_OPTIONS).toBe(`--enable-source-maps ${ours}`);
  });

  it("leaves a limit the operator set alone", () => {
    expect(serverEnv({ NODE_OPTIONS: "--max-old-space-size=1024" }).NODE_OPTIONS).toBe(`--max-old-space-size=1024 --max-semi-space-size=${SERVER_SEMI_SPACE_MB}`);
    expect(serverEnv({ NODE_OPTIONS: "--max_old_space_size=900" }).NODE_OPTIONS).toBe(`--max_old_space_size=900 --max-semi-space-size=${SERVER_SEMI_SPACE_MB}`);
    expect(serverEnv({ NODE_OPTIONS: "--max-semi-space-size=8" }).NODE_OPTIONS).toBe(`--max-semi-space-size=8 --max-old-space-size=${SERVER_HEAP_MB}`);
  });
});

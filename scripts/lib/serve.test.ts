import { describe, expect, it } from "vitest";
import { SERVER_HEAP_MB, serverEnv } from "./serve";

describe("serverEnv", () => {
  it("gives next start the server's heap limit, keeping other Node options", () => {
    expect(serverEnv({ PORT: "3000" }).NODE_OPTIONS).toBe(`--max-old-space-size=${SERVER_HEAP_MB}`);
    expect(serverEnv({ NODE_OPTIONS: "--enable-source-maps" }).NODE_OPTIONS).toBe(`--enable-source-maps --max-old-space-size=${SERVER_HEAP_MB}`);
  });

  it("leaves a limit the operator set alone", () => {
    expect(serverEnv({ NODE_OPTIONS: "--max-old-space-size=1024" }).NODE_OPTIONS).toBe("--max-old-space-size=1024");
    expect(serverEnv({ NODE_OPTIONS: "--max_old_space_size=900" }).NODE_OPTIONS).toBe("--max_old_space_size=900");
  });
});

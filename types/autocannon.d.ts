// The part of autocannon's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Options = { url: string; connections?: number; duration?: number; timeout?: number };
  type Result = { requests: { total: number }; errors: number; timeouts: number; non2xx: number };
  type Instance = Promise<Result> & { on(event: "response", fn: (client: unknown, status: number, bytes: number, responseTime: number) => void): void };
  function autocannon(options: Options): Instance;
  export default autocannon;
}

/**
 * Web tests never reach a network: a request no test stubbed (stubFetch, or a stubbed XMLHttpRequest) fails loudly
 * with its URL, instead of happy-dom sending it to http://localhost:3000 and the refusal (ECONNREFUSED) surfacing
 * in whichever test runs then.
 */
globalThis.fetch = (input: RequestInfo | URL) => Promise.reject(new Error(`web test: unstubbed fetch of ${String(input)}`));

/** happy-dom's XMLHttpRequest, refusing to send. */
class NoNetworkXhr extends globalThis.XMLHttpRequest {
  private target = '';
  override open(method: string, url: string | URL): void {
    this.target = `${method} ${String(url)}`;
  }
  override send(): void {
    throw new Error(`web test: unstubbed XMLHttpRequest ${this.target}`);
  }
}
globalThis.XMLHttpRequest = NoNetworkXhr;

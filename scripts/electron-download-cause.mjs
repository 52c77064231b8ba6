// Loaded with `node --import` in front of Electron's install.js by check-desktop.mjs. When the download
// fails, install.js prints only the error's stack, and for a failed fetch that says "TypeError: fetch
// failed": the reason (no DNS answer, a refused connection, a proxy) is in error.cause, which it never
// prints. This writes the address and the reason on one line of stderr, so check-desktop.mjs can say why.
import { CAUSE_PREFIX } from './desktop-checks.mjs';

const fetchAsInstalled = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  try {
    return await fetchAsInstalled(input, init);
  } catch (error) {
    const cause = error?.cause ?? error;
    // Trying several addresses of one host fails with an AggregateError, whose parts hold the reasons.
    const parts = cause?.errors?.length ? cause.errors : [cause];
    const code = cause?.code ?? parts[0]?.code;
    const message = parts.map((part) => part?.message).filter(Boolean).join('; ') || error.message;
    const url = input instanceof Request ? input.url : String(input);
    console.error(`${CAUSE_PREFIX} ${url}: ${code && !message.includes(code) ? `${message} (${code})` : message}`);
    throw error;
  }
};

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/shared/content-security-policy.ts';

/** The page carries the same CSP as the server's header, so it also holds when opened some other way. */
function cspMeta(): Plugin {
  return {
    name: 'workbench-csp-meta',
    transformIndexHtml: () => [
      // frame-ancestors only works as a header (which both front doors send); in a meta element it is ignored with a warning.
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy.replace(/;\s*frame-ancestors[^;]*/, '') }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Everything ships inside the app: no module preload polyfill that would need inline script.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});

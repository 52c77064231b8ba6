import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/shared/content-security-policy.ts';

/** The page carries the same CSP as the server's header, so it also holds when opened some other way. */
function cspMeta(): Plugin {
  return {
    name: 'workbench-csp-meta',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }],
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

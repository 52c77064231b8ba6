/**
 * One policy for the desktop window and the browser mode: everything from the app's own origin,
 * nothing inline, nothing remote. Charts draw on canvas and images are generated locally (data: URLs).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

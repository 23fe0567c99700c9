/**
 * The site's Content-Security-Policy. Everything comes from the site itself; 'wasm-unsafe-eval'
 * is the one allowance, for Pagefind's WebAssembly search. public/_headers repeats it (plus
 * frame-ancestors, which a <meta> tag cannot set) and a test keeps the two equal.
 * @see https://pagefind.app/docs/hosting/
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

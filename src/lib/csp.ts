/**
 * The Content Security Policy, in one place: astro.config.mjs puts it in every page's meta tag (Astro
 * adds the hashes of its own scripts and styles), and the security integration writes the same policy,
 * with every page's hashes, to dist/_headers for hosts that send headers.
 */

/**
 * Inline scripts Astro does not hash because they are `is:inline`: Starlight's (theme, sidebar, tabs)
 * and the platform-key script in our Search override. They change when Starlight does; the build's
 * CSP check then fails and names the hash to put here.
 */
export const INLINE_SCRIPT_HASHES = [
  'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=', // Starlight ThemeProvider
  'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=', // Starlight ThemeSelect: updatePickers()
  'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=', // Starlight SidebarRestorePoint
  'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=', // Starlight SidebarPersister
  'sha256-OizSKqsU+f0G4vojbxNt0Lao3kUpTmCLQSv3y6P7qhQ=', // Starlight Tabs: restore the synced tab
  'sha256-EsQjR8vjUCGwG6zOG1k+wGl2jSXQkuJT/gclG0dugTw=', // our Search: show ⌘ on Apple devices
] as const;

/** Directives besides script-src and style-src, which Astro writes from the hashes it collects. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind runs its search index as WebAssembly, which CSP blocks without 'wasm-unsafe-eval'. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Starlight and Expressive Code set `style` attributes; style elements stay hashed. */
export const STYLE_RESOURCES = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] as const;

/** Headers that only a server can send (frame-ancestors is ignored in a meta tag). Values: ../shared/facts.md, OWASP HTTP headers cheat sheet. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-site',
  'X-Frame-Options': 'DENY',
};

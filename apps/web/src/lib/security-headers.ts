/**
 * The Content-Security-Policy of every response. Scripts run only with this response's nonce (Next.js
 * puts it on its own scripts, which may load others: 'strict-dynamic'); nothing may frame a page
 * ('frame-ancestors', and X-Frame-Options for older browsers); forms post only here; no plugins, no
 * <base>. Styles allow inline CSS (React's style attributes, the exports' <style>): CSS cannot run
 * script, and with a nonce in style-src browsers would ignore 'unsafe-inline'.
 */
export function contentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers every response carries besides the policy. */
export const securityHeaders = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
} as const;

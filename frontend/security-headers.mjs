// The security headers of every page the SPA's servers return, in one place: `vite preview`
// (vite.config.ts, as scripts/start.sh and scripts/test.sh serve the SPA) and nginx (the Dockerfile
// writes them into nginx's configuration with scripts/nginx-security-headers.mjs). They are the
// API's (backend application.properties: nosniff, X-Frame-Options DENY, Referrer-Policy no-referrer,
// a CSP with frame-ancestors 'none'; e2e/security-headers.test.mjs compares them), with a CSP that
// lets the SPA do what it needs and nothing else: its own scripts and styles (Mantine also sets
// inline styles), the API on its own origin, and Keycloak — keycloak-js's token calls (connect-src)
// and the login page it navigates to (form-action, frame-src).

/**
 * @param {string} keycloakOrigin the origin of Keycloak as the browser reaches it, e.g. http://localhost:8180
 * @returns {Record<string, string>} header name → value
 */
export function securityHeaders(keycloakOrigin) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${keycloakOrigin}`,
    `frame-src 'self' ${keycloakOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${keycloakOrigin}`,
    "object-src 'none'",
  ];
  return {
    'Content-Security-Policy': csp.join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

/** The Keycloak origin the built SPA sends the browser to (the same default as src/lib/auth/keycloak.ts). */
export function keycloakOrigin(url = process.env.VITE_KEYCLOAK_URL || 'http://localhost:8180') {
  return new URL(url).origin;
}

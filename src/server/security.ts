import type { MiddlewareHandler } from 'hono';

/**
 * Book and review text is untrusted. The front end renders it as text only; these headers are the
 * second wall: no inline script, no script from anywhere but this server, no plugins, no framing.
 * `style-src 'self'` (no 'unsafe-inline'): the app's styles come from its own stylesheet.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
  };
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function hostName(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  return hostHeader.split(':')[0] ?? '';
}

/**
 * A page on another site can make the browser send requests to 127.0.0.1. Two checks stop it:
 * - Host: when bound to loopback, only loopback host names are served (blocks DNS rebinding).
 * - Origin: a request that changes something must come from this server's own pages.
 */
export function originGuard(options: { loopbackOnly: boolean }): MiddlewareHandler {
  return async (c, next) => {
    // Node's server always has a Host header; an in-process request has its URL's host instead.
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (options.loopbackOnly && host && !LOOPBACK_NAMES.has(hostName(host))) {
      return c.json(
        { error: { code: 'forbidden', message: `Host ${host} is not served here.`, hint: null } },
        403,
      );
    }
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      const origin = c.req.header('origin');
      if (origin && host && origin !== `http://${host}` && origin !== `https://${host}`) {
        return c.json(
          {
            error: {
              code: 'forbidden',
              message: 'Cross-site request refused.',
              hint: 'Use the Verbatim page itself.',
            },
          },
          403,
        );
      }
    }
    await next();
  };
}

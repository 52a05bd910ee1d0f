// The Content-Security-Policy and the other security headers, sent with every answer.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MiddlewareHandler } from 'hono'

/**
 * The policy the built app's index.html carries as a meta tag (vite.config.ts writes it there), plus
 * frame-ancestors, which only a header can carry. Read from the build so the two never differ.
 */
export function contentSecurityPolicy(distDir: string | null): string {
  let policy = FALLBACK_POLICY
  try {
    if (distDir) {
      const html = readFileSync(join(distDir, 'index.html'), 'utf8')
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
      if (meta?.[1]) policy = meta[1]
    }
  } catch {
    // no build: the API alone, under the same policy
  }
  return policy.includes('frame-ancestors') ? policy : `${policy}; frame-ancestors 'none'`
}

/** vite.config.ts CONTENT_SECURITY_POLICY without frame-ancestors (a test keeps them equal). */
const FALLBACK_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

export function securityHeaders(policy: string): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const h = c.res.headers
    h.set('Content-Security-Policy', policy)
    h.set('X-Content-Type-Options', 'nosniff')
    h.set('X-Frame-Options', 'DENY')
    h.set('Referrer-Policy', 'no-referrer')
    h.set('Cross-Origin-Opener-Policy', 'same-origin')
    h.set('Cross-Origin-Resource-Policy', 'same-origin')
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()')
    // Browsers heed it only over HTTPS (the reverse proxy's); harmless over plain HTTP.
    h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    if (c.req.path.startsWith('/api/')) h.set('Cache-Control', 'no-store')
  }
}

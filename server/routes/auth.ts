// Sign-in, sign-out and the signed-in user; the bearer-token check every other call goes through.
import type { Hono, MiddlewareHandler } from 'hono'
import { LoginRequestSchema } from '../../src/api/contract'
import { newToken, NO_PASSWORD, tokenHash, verifyPassword } from '../auth/passwords'
import { clientAddress } from '../http/client-address'
import type { ApiContext, AppEnv } from '../http/env'
import { badRequest, invalid, Problem, unauthorized } from '../http/problem'

export function requireUser(ctx: ApiContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? ''
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : ''
    if (!token) throw unauthorized()
    const hash = tokenHash(token)
    const now = ctx.now()
    const user = await ctx.store.sessionUser(hash, { now, idleSince: new Date(now.getTime() - ctx.policy.idleMs) })
    if (!user) throw unauthorized()
    c.set('user', user)
    c.set('tokenHash', hash)
    await next()
  }
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json()
  } catch {
    throw badRequest('Body is not JSON')
  }
}

export function authRoutes(app: Hono<AppEnv>, ctx: ApiContext, auth: MiddlewareHandler<AppEnv>) {
  app.post('/auth/login', async (c) => {
    const parsed = LoginRequestSchema.safeParse(await readJson(c.req.raw))
    if (!parsed.success) throw invalid(parsed.error)
    const { username, password } = parsed.data
    const now = ctx.now()
    const keys = [`user:${username.toLowerCase()}`, `ip:${clientAddress(c, ctx.trustProxy)}`] as const
    const failures = await ctx.store.recentFailures(keys, new Date(now.getTime() - ctx.policy.failureWindowMs))
    if (
      (failures.get(keys[0]) ?? 0) >= ctx.policy.maxFailuresPerAccount ||
      (failures.get(keys[1]) ?? 0) >= ctx.policy.maxFailuresPerAddress
    ) {
      const retryAfter = String(Math.ceil(ctx.policy.failureWindowMs / 1000))
      throw new Problem(429, 'Too Many Requests', 'Too many failed sign-ins; try again later', {
        'Retry-After': retryAfter,
      })
    }
    const account = await ctx.store.findAccount(username)
    const matches = await verifyPassword(password, account?.passwordHash ?? NO_PASSWORD)
    if (!account || !matches || account.disabled) {
      await ctx.store.recordFailure(keys, now)
      throw unauthorized('Wrong username or password')
    }
    const { token, hash } = newToken()
    await ctx.store.createSession(hash, account.username, now, new Date(now.getTime() + ctx.policy.absoluteMs))
    const { passwordHash: _hash, disabled: _disabled, ...user } = account
    return c.json({ token, user })
  })

  app.post('/auth/logout', auth, async (c) => {
    await ctx.store.revokeSession(c.get('tokenHash'), ctx.now())
    return c.body(null, 204)
  })

  app.get('/me', auth, (c) => c.json(c.get('user')))
}

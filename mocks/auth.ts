// Stateless mock sessions: the token names its user and dataset and is signed, so it survives a reload.
import { seedOf } from './hash'
import type { DatasetName } from './units'

const SIGNING_KEY = 'tien-do-dvctt/mock-only'
const revoked = new Set<string>()

const sign = (payload: string) => seedOf(`${payload}|${SIGNING_KEY}`).toString(36)

export function issueToken(username: string, dataset: DatasetName): string {
  const payload = btoa(`${username}|${dataset}`)
  return `mock.${payload}.${sign(payload)}`
}

export function readToken(token: string): { username: string; dataset: DatasetName } | null {
  if (revoked.has(token)) return null
  const [prefix, payload, signature] = token.split('.')
  if (prefix !== 'mock' || !payload || signature !== sign(payload)) return null
  const [username, dataset] = atob(payload).split('|')
  if (!username || (dataset !== 'demo' && dataset !== 'national')) return null
  return { username, dataset }
}

export function revokeToken(token: string): void {
  revoked.add(token)
}

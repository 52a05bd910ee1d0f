import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ENDPOINTS } from '../../src/api/contract'
import { buildOpenApiDocument } from '../../src/api/openapi'

const FILE = new URL('../../public/openapi.json', import.meta.url)

describe('openapi.json', () => {
  const document = buildOpenApiDocument()

  it('is generated from the contract schemas and committed up to date (npm run openapi rewrites it)', () => {
    const text = `${JSON.stringify(document, null, 2)}\n`
    if (process.env.UPDATE_OPENAPI) writeFileSync(FILE, text)
    expect(readFileSync(FILE, 'utf8')).toBe(text)
  })

  it('describes every endpoint and the row fields', () => {
    const paths = document.paths as Record<string, unknown>
    for (const spec of Object.values(ENDPOINTS)) expect(paths[spec.path], spec.path).toBeDefined()
    const statRow = (document.components as { schemas: Record<string, { required: string[] }> }).schemas.StatRow!
    // Only the row's identity and `received` are always there ("not reported is not zero").
    expect(statRow.required.sort()).toEqual(['includesDescendants', 'month', 'received', 'unitId'])
  })
})

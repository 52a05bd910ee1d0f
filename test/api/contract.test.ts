import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import { ProblemSchema, UnitsResponseSchema, UserSchema, withoutBidiControls } from '../../src/api/contract'

// Every bidi embedding, override and isolate control: LRE RLE PDF LRO RLO, LRI RLI FSI PDI.
const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']

describe('bidi controls in API text', () => {
  it("never reach the app: the API client's units come without them", async () => {
    const body = { units: [{ id: 'c1', code: '30133', name: 'Xã \u202Egnp.exe', kind: 'commune', parentId: null }] }
    const api = createApiClient({
      baseUrl: 'http://api.test/api/v1',
      getToken: () => 'token',
      fetch: async () => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
    })
    expect((await api.units()).map((u) => u.name)).toEqual(['Xã gnp.exe'])
  })

  it(
    'are removed from unit names where a /units answer is parsed, ' + 'so "Xã \\u202Egnp.exe" cannot read "Xã exe.png"',
    () => {
      const answer = {
        units: [
          { id: 'c1', code: '30133', name: 'Xã \u202Egnp.exe', kind: 'commune', parentId: 'd874' },
          { id: 'c2', code: '30136', name: `Xã ${CONTROLS.join('')}Tân Hòa`, kind: 'commune', parentId: 'd874' },
        ],
      }
      const parsed = UnitsResponseSchema.parse(answer)
      expect(parsed.units.map((u) => u.name)).toEqual(['Xã gnp.exe', 'Xã Tân Hòa'])
    },
  )

  it("are removed from the user's name and from problem messages too", () => {
    const user = UserSchema.parse({
      username: 'a',
      displayName: '\u2067Nguyễn Văn An\u2069',
      role: 'staff',
      scopeUnitId: 'p87',
      canExport: false,
    })
    expect(user.displayName).toBe('Nguyễn Văn An')
    const problem = ProblemSchema.parse({ title: 'Forbidden\u202E', status: 403, detail: '\u202DOutside' })
    expect([problem.title, problem.detail]).toEqual(['Forbidden', 'Outside'])
  })

  it('leave every other character alone: Vietnamese, right-to-left letters, marks that reorder nothing', () => {
    const text = 'Xã Tân Quới – שלום \u200E\u200F 5,9%'
    expect(withoutBidiControls(text)).toBe(text)
    for (const control of CONTROLS) expect(withoutBidiControls(`a${control}b`)).toBe('ab')
  })
})

describe('the user of a v2 server', () => {
  it('may be a commune chair who may import and set targets (CONTRACT.md), and a v1 user still parses', () => {
    const v2 = {
      username: 'chutich.tanlong',
      displayName: 'Nguyễn Văn B',
      role: 'commune_chair',
      scopeUnitId: 'x1',
      canExport: true,
      canImport: true,
      canSetTargets: false,
    }
    expect(UserSchema.parse(v2)).toEqual(v2)
    const { canImport: _i, canSetTargets: _s, ...v1 } = { ...v2, role: 'district_chair' }
    expect(UserSchema.parse(v1)).toEqual(v1)
    expect(UserSchema.safeParse({ ...v2, role: 'mayor' }).success).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { ApiError } from '../../src/api/errors'
import { errorMessage, isRequestFailure, type RequestFailure } from '../../src/components/error-message'
import { vi } from '../../src/i18n/vi'

// A tiny translator over the real Vietnamese messages.
const t = (key: string, values: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], vi) as string
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]))
}

describe('errorMessage', () => {
  it.each([
    [
      new ApiError({ kind: 'malformed', endpoint: 'stats', title: 'Malformed', field: 'rows[0].received' }),
      'Dữ liệu trả về không đúng quy định: stats, trường rows[0].received.',
    ],
    [new ApiError({ kind: 'timeout', endpoint: 'units', title: 'Timeout' }), 'Máy chủ không trả lời kịp (units).'],
    [
      new ApiError({ kind: 'http', endpoint: 'stats', status: 403, title: 'Forbidden' }),
      'Đơn vị này nằm ngoài phạm vi được xem của bạn.',
    ],
    [
      new ApiError({ kind: 'http', endpoint: 'meta', status: 500, title: 'Internal Server Error', detail: 'boom' }),
      'Máy chủ báo lỗi 500 (meta): boom.',
    ],
  ])('says %s plainly', (error, expected) => {
    expect(errorMessage(t, error)).toBe(expected)
  })
})

describe('isRequestFailure', () => {
  it("knows the API's errors by their shape (no import of the data layer), and nothing else", () => {
    const failure: RequestFailure = new ApiError({ kind: 'http', endpoint: 'stats', status: 403, title: 'Forbidden' })
    expect(isRequestFailure(failure)).toBe(true)
    expect(isRequestFailure(new TypeError('Failed to fetch'))).toBe(false)
    const unknownKind = Object.assign(new Error('x'), { kind: 'other', endpoint: 'stats', title: 'x' })
    expect(isRequestFailure(unknownKind)).toBe(false)
    expect(isRequestFailure({ kind: 'http', endpoint: 'stats', title: 'not an Error' })).toBe(false)
    expect(errorMessage(t, new TypeError('Failed to fetch'))).toBe(t('states.network', { endpoint: '?' }))
  })
})

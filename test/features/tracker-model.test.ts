import { describe, expect, it } from 'vitest'
import type { ChildFigure } from '../../src/domain/breakdown'
import { summarise } from '../../src/features/targets/tracker-model'

const f = (status: ChildFigure['status']) => ({ status }) as ChildFigure

describe('summarise', () => {
  it('counts units judged against a target, and how many met it', () => {
    expect(summarise([f('met'), f('notMet'), f('notMet'), f('noValue'), f('noTarget'), f('met')])).toEqual({
      met: 2,
      total: 4,
    })
  })
})

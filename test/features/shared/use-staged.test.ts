import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef, watch, type EffectScope } from 'vue'
import { stagesSettled, useStaged } from '../../../src/features/shared/use-staged'

// Resolves after the tasks already queued (setTimeout 0: node has no scheduler.yield).
const taskLater = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

let scope: EffectScope | null = null
afterEach(() => scope?.stop())

function stagedChain(initial: number | null) {
  scope = effectScope()
  return scope.run(() => {
    const source = shallowRef<number | null>(initial)
    const first = useStaged(() => source.value)
    const second = useStaged(() => (first.value === null ? null : first.value * 10))
    return { source, first, second }
  })!
}

describe('useStaged', () => {
  it('hands a value already there on at once', () => {
    const { first, second } = stagedChain(2)
    expect(first.value).toBe(2)
    expect(second.value).toBe(20)
  })

  it('hands a new value on a task later, and each stage a task after the one before', async () => {
    const { source, first, second } = stagedChain(null)
    source.value = 3
    await nextTick()
    expect(first.value).toBeNull()
    await taskLater()
    expect(first.value).toBe(3)
    expect(second.value).toBeNull()
    await taskLater()
    await nextTick()
    expect(second.value).toBe(30)
  })

  it('works a later stage out in the task that hands the earlier one on, and hands it on a task after', async () => {
    // The overview's pattern: a stage nothing draws from, whose follower works its figures out: the
    // working out is a task of its own, the drawing the next.
    scope = effectScope()
    const work = vi.fn((value: number) => value * 10)
    const { source, trigger, worked } = scope.run(() => {
      const source = shallowRef<number | null>(null)
      const trigger = useStaged(() => source.value)
      const worked = useStaged(() => (trigger.value === null ? null : work(trigger.value)))
      return { source, trigger, worked }
    })!
    source.value = 2
    await nextTick()
    await taskLater()
    await nextTick()
    expect(trigger.value).toBe(2)
    expect(work).toHaveBeenCalledTimes(1)
    expect(worked.value).toBeNull()
    await taskLater()
    expect(worked.value).toBe(20)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('hands a change of a value already shown on at once, through every stage', async () => {
    const { source, first, second } = stagedChain(1)
    source.value = 7
    await nextTick()
    expect(first.value).toBe(7)
    expect(second.value).toBe(70)
  })

  it('says the stages are settled only once the last one has its value', async () => {
    const { source, second } = stagedChain(null)
    source.value = 4
    await nextTick()
    let settledWith: number | null = null
    await stagesSettled().then(() => {
      settledWith = second.value
    })
    expect(settledWith).toBe(40)
  })

  it('empties at once, and a value overtaken before its task is never handed on', async () => {
    const { source, first, second } = stagedChain(1)
    source.value = null
    await nextTick()
    expect(first.value).toBeNull()
    expect(second.value).toBeNull()

    const handedOn: Array<number | null> = []
    scope!.run(() => watch(first, (value) => handedOn.push(value), { flush: 'sync' }))
    source.value = 5
    await nextTick()
    source.value = 6
    await nextTick()
    await stagesSettled()
    expect(handedOn).toEqual([6])
    expect(second.value).toBe(60)
  })
})

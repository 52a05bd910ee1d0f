// Requests take turns (mocks/turns.ts): one a turn of the event loop, in the order they came, so that what
// came meanwhile (a connection, a request) is read between two.
import { describe, expect, it } from 'vitest'
import { turn } from '../../mocks/turns'

describe('turns', () => {
  it('start one a turn of the event loop, in the order asked', async () => {
    const log: string[] = []
    const asked = ['first', 'second', 'third'].map((name) => turn().then(() => log.push(name)))
    // Queued after the first turn, before the others: the loop comes round to it between the first and the second.
    setImmediate(() => log.push('meanwhile'))
    await Promise.all(asked)
    expect(log).toEqual(['first', 'meanwhile', 'second', 'third'])
  })

  it('a turn asked once the others are over is given too (the queue starts again)', async () => {
    await turn()
    const log: string[] = []
    const asked = turn().then(() => log.push('turn'))
    setImmediate(() => log.push('meanwhile'))
    await asked
    expect(log).toEqual(['turn'])
  })
})

// For `mock:serve`: requests start their work one a turn of the event loop, in the order they came (`await turn()`).
// Node reads the requests that came, and accepts the connections waiting, once a turn: when every request read was
// answered within that same turn, the turn lasted as long as all of them together, and a connection made meanwhile
// was accepted at the next turn and read at the one after. Twenty clients starting at once, the last few connections
// waited through two or three such turns (logged on mock:serve: 13 connections accepted at once, then one a turn at
// 53, 93, 133, 160 ms) while the first ones' next requests were answered. The bench's first pass (api-load.ts, 8 runs
// each): p95 111–164 ms → 85–118 with the answers made from pieces (row-pieces.ts, a turn ~3 ms); with answers made
// as before (~6 ms on the one thread) turns alone made it worse (144–182). Tried on the real server, whose answers
// wait for the database between their parts: its each-new pass no better (p95 58–95 ms against 57–83).
const waiting: Array<() => void> = []

/** Resolves at this request's turn: the next turn of the event loop after those that came before it. */
export const turn = () =>
  new Promise<void>((resolve) => {
    if (waiting.push(resolve) === 1) setImmediate(nextTurn)
  })

function nextTurn() {
  waiting.shift()!()
  if (waiting.length > 0) setImmediate(nextTurn)
}

// The browser's observers, driven by hand for composable tests: `report` hands each connected observer's
// callback the entries a test makes for its targets.
import { vi } from 'vitest'

export interface FakeObserver {
  callback: (entries: unknown[]) => void
  targets: Element[]
  isConnected: boolean
  options: unknown
}

export function stubObserver(name: 'ResizeObserver' | 'IntersectionObserver'): FakeObserver[] {
  const observers: FakeObserver[] = []
  vi.stubGlobal(
    name,
    class {
      record: FakeObserver
      constructor(callback: (entries: unknown[]) => void, options?: unknown) {
        this.record = { callback, targets: [], isConnected: true, options }
        observers.push(this.record)
      }
      observe(target: Element) {
        this.record.targets.push(target)
      }
      disconnect() {
        this.record.isConnected = false
      }
    },
  )
  return observers
}

export function report(observers: FakeObserver[], entry: (target: Element) => object) {
  for (const observer of observers.filter((o) => o.isConnected)) observer.callback(observer.targets.map(entry))
}

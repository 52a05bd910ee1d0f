// Loads a dataset's units on first use: the national list only when someone needs it.
import { buildDataset, type CompactUnits, type Dataset, type DatasetName } from './units'

const loading = new Map<DatasetName, Promise<Dataset>>()

/** The dataset's units (memoised). */
export function loadDataset(name: DatasetName): Promise<Dataset> {
  let promise = loading.get(name)
  if (!promise) {
    promise =
      name === 'demo'
        ? import('./data/units-2024-dong-thap.json').then((m) =>
            buildDataset('demo', m.default as unknown as CompactUnits, false),
          )
        : import('./data/units-2024-national.json').then((m) =>
            buildDataset('national', m.default as unknown as CompactUnits, true),
          )
    loading.set(name, promise)
  }
  return promise
}

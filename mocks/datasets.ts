// Loads a dataset's units on first use: the national lists only when someone needs them.
import { buildDataset, type CompactUnits, type CompactUnits2025, type Dataset, type DatasetName } from './units'

const loading = new Map<DatasetName, Promise<Dataset>>()

/** The dataset's units (memoised). */
export function loadDataset(name: DatasetName): Promise<Dataset> {
  let promise = loading.get(name)
  if (!promise) {
    promise =
      name === 'demo'
        ? Promise.all([import('./data/units-2024-demo.json'), import('./data/units-2025-dong-thap.json')]).then(
            ([before, after]) =>
              buildDataset(
                'demo',
                before.default as unknown as CompactUnits,
                after.default as unknown as CompactUnits2025,
                false,
              ),
          )
        : Promise.all([import('./data/units-2024-national.json'), import('./data/units-2025-national.json')]).then(
            ([before, after]) =>
              buildDataset(
                'national',
                before.default as unknown as CompactUnits,
                after.default as unknown as CompactUnits2025,
                true,
              ),
          )
    loading.set(name, promise)
  }
  return promise
}

// The app's writes (imports, their reverts, targets), each followed by asking again what it changed: the
// figures every open screen shows are then the new ones at once.
import { useMutation, useQueryClient } from '@tanstack/vue-query'
import { useApi } from '../app-context'
import type { ImportOptions } from './client'
import type { TargetUpdate } from './contract'
import { importsKeys, statsKeys, targetsKeys } from './queries'

export interface ImportRequest extends ImportOptions {
  file: Blob
  fileName: string
}

/** Uploads (dry run or for real) and reverts; a real import or a revert refreshes the stats and the history. */
export function useImportWrites() {
  const api = useApi()
  const queryClient = useQueryClient()
  const afterChange = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: statsKeys.all }),
      queryClient.invalidateQueries({ queryKey: importsKeys.all }),
    ])
  const upload = useMutation({
    mutationFn: ({ file, fileName, ...options }: ImportRequest) => api.importFile(file, fileName, options),
    onSuccess: (_report, request) => (request.dryRun ? undefined : afterChange()),
  })
  const revert = useMutation({
    mutationFn: (id: string) => api.revertImport(id),
    onSuccess: afterChange,
  })
  return { upload, revert }
}

/** Sets or removes a unit's targets; every screen's targets are asked again. */
export function useSetTarget() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (update: TargetUpdate) => api.setTarget(update),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: targetsKeys.all }),
  })
}

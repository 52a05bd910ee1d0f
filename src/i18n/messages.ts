import type { vi } from './vi'

/** The shape every language must fill: the Vietnamese messages' keys, each a string. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }
export type Messages = Shape<typeof vi>

/** A message by its key, with its {name} placeholders filled from `values`. */
export type Translate = (key: string, values?: Record<string, unknown>) => string

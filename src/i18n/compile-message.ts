// vue-i18n's own message compiler is left out of the bundle (5 KB gzip less in the first load): this one
// understands the only syntax our messages use, named placeholders like {unit}. A test keeps the
// message files to that syntax.
import type { MessageCompiler, MessageContext, MessageFunction } from 'vue-i18n'

const PLACEHOLDER = /\{(\w+)\}/g
const compiled = new Map<string, MessageFunction<string>>()
const split = new Map<string, string[]>()

/** A message's text and placeholder names, alternating (text first), worked out once per message. */
export function messageParts(message: string): string[] {
  let parts = split.get(message)
  if (!parts) {
    parts = message.split(PLACEHOLDER)
    split.set(message, parts)
  }
  return parts
}

/** A message with its placeholders filled by `named` (an unknown name is left empty). */
export function fillMessage(message: string, named: (name: string) => unknown): string {
  const parts = messageParts(message)
  if (parts.length === 1) return message
  let out = parts[0]!
  for (let index = 1; index < parts.length; index += 2) out += String(named(parts[index]!) ?? '') + parts[index + 1]!
  return out
}

/** Splits a message into text and placeholder names once, then fills it on each call. */
export const compileMessage: MessageCompiler = (message) => {
  if (typeof message !== 'string') throw new Error('Messages are plain strings with {name} placeholders')
  let fill = compiled.get(message)
  if (!fill) {
    fill = ({ named }: MessageContext<string>) => fillMessage(message, named)
    compiled.set(message, fill)
  }
  return fill
}

/** True when a message uses nothing beyond text and {name} placeholders. */
export const isPlainMessage = (message: string): boolean => !/[|@{}]/.test(message.replace(PLACEHOLDER, ''))

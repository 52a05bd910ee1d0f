// vue-i18n's own message compiler is left out of the bundle (5 KB gzip less in the first load): this one
// understands the only syntax our messages use, named placeholders like {unit}. A test keeps the
// message files to that syntax.
import type { MessageCompiler, MessageContext, MessageFunction } from 'vue-i18n'

const PLACEHOLDER = /\{(\w+)\}/g
const compiled = new Map<string, MessageFunction<string>>()

/** Splits a message into text and placeholder names once, then fills it on each call. */
export const compileMessage: MessageCompiler = (message) => {
  if (typeof message !== 'string') throw new Error('Messages are plain strings with {name} placeholders')
  let fill = compiled.get(message)
  if (!fill) {
    const parts = message.split(PLACEHOLDER)
    fill = ({ named }: MessageContext<string>) => parts.map((part, index) => (index % 2 === 0 ? part : String(named(part) ?? ''))).join('')
    compiled.set(message, fill)
  }
  return fill
}

/** True when a message uses nothing beyond text and {name} placeholders. */
export const isPlainMessage = (message: string): boolean => !/[|@{}]/.test(message.replace(PLACEHOLDER, ''))

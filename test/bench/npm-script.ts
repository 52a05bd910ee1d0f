// The arguments a package.json script gives to node (`node <flags> <file> …`): the bench starts the
// process it measures itself (to know its pid) with the same V8 settings as `npm start` or `npm run mock:serve`.
import { readFileSync } from 'node:fs'

export function nodeArgumentsOf(name: string): string[] {
  const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts[name]
  const [command, ...args] = (script ?? '').trim().split(/\s+/)
  if (command !== 'node') throw new Error(`package.json's ${name} is not "node …": ${script}`)
  return args
}

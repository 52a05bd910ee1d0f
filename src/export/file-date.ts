// The date and time printed in files: "02/12/2026 18:09" in Vietnam time, day before hour as on a document.

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const two = (n: number) => String(n).padStart(2, '0')

/** `iso` in Vietnam time as "dd/MM/yyyy HH:mm" (the files' form, whatever the reader's time zone). */
export function fileDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const d = new Date(date.getTime() + VIETNAM_OFFSET_MS)
  const day = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
  return `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}

// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, shallowRef, type Ref } from 'vue'
import { createAppI18n } from '../../src/i18n'
import { useOverviewExport, type ExportSubject } from '../../src/features/overview/use-overview-export'

function mountExport(subject: Ref<ExportSubject | null>, hasFailed?: () => boolean) {
  let exporter!: ReturnType<typeof useOverviewExport>
  mount(
    defineComponent({
      setup() {
        exporter = useOverviewExport(subject, hasFailed)
        return () => h('p')
      },
    }),
    { global: { plugins: [createAppI18n('vi')] } },
  )
  return exporter
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await nextTick()
}

describe('useOverviewExport', () => {
  it("a file asked before the children's figures are in waits for them, then is made of them", async () => {
    const prepared: string[] = []
    const subject = shallowRef<ExportSubject | null>(null)
    const exporter = mountExport(subject)
    const running = exporter.run('pdf')
    await flush()
    // asked, and saying so, though nothing can be written yet
    expect(exporter.isBusy.value).toBe(true)
    expect(prepared).toEqual([])
    subject.value = {
      unitName: 'Tỉnh Đồng Tháp',
      prepare: (id: string) => {
        prepared.push(id)
        return new Promise<void>(() => undefined) // the tier split's rows, still on their way
      },
    } as unknown as ExportSubject
    await flush()
    expect(prepared).toEqual(['pdf'])
    exporter.cancel()
    await running
    expect(exporter.message.value).toBe('Đã hủy, không tạo tệp.')
  })

  it('a file waiting for figures whose request failed says so, and is not made', async () => {
    const failed = shallowRef(false)
    const exporter = mountExport(shallowRef<ExportSubject | null>(null), () => failed.value)
    const running = exporter.run('xlsx')
    await flush()
    expect(exporter.isBusy.value).toBe(true)
    failed.value = true
    await running
    expect(exporter.isBusy.value).toBe(false)
    expect(exporter.message.value).toBe(
      'Không tạo được tệp: số liệu của màn hình không tải được; hãy thử lại khi số liệu đã hiện.',
    )
  })

  it("a cancel holds while a whole-page file still waits for its figures (the tier split's rows)", async () => {
    const prepared: string[] = []
    const subject = shallowRef({
      unitName: 'Tỉnh Đồng Tháp',
      prepare: (id: string) => {
        prepared.push(id)
        return new Promise<void>(() => undefined) // the rows never come
      },
    } as unknown as ExportSubject)
    const exporter = mountExport(subject)

    const running = exporter.run('pdf')
    await flush()
    expect(exporter.isBusy.value).toBe(true)
    expect(prepared).toEqual(['pdf'])
    exporter.cancel()
    await running
    expect(exporter.isBusy.value).toBe(false)
    expect(exporter.message.value).toBe('Đã hủy, không tạo tệp.')
  })
})

// @vitest-environment jsdom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, shallowRef } from 'vue'
import { createAppI18n } from '../../src/i18n'
import { useOverviewExport, type ExportSubject } from '../../src/features/overview/use-overview-export'

describe('useOverviewExport', () => {
  it("a cancel holds while a whole-page file still waits for its figures (the tier split's rows)", async () => {
    const prepared: string[] = []
    const subject = shallowRef({
      unitName: 'Tỉnh Đồng Tháp',
      prepare: (id: string) => {
        prepared.push(id)
        return new Promise<void>(() => undefined) // the rows never come
      },
    } as unknown as ExportSubject)
    let exporter!: ReturnType<typeof useOverviewExport>
    mount(
      defineComponent({
        setup() {
          exporter = useOverviewExport(subject)
          return () => h('p')
        },
      }),
      { global: { plugins: [createAppI18n('vi')] } },
    )

    const running = exporter.run('pdf')
    await nextTick()
    expect(exporter.isBusy.value).toBe(true)
    expect(prepared).toEqual(['pdf'])
    exporter.cancel()
    await running
    expect(exporter.isBusy.value).toBe(false)
    expect(exporter.message.value).toBe('Đã hủy, không tạo tệp.')
  })
})

import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, emptyRecord, type WatchRecord } from '@/tracking/model'
import { docId, readDoc, toDoc } from '@/tracking/sync/documents'
import { resolveConflict } from '@/tracking/sync/resolve'

const edit = (
  updatedAt: number,
  updatedBy: string,
  over: Partial<WatchRecord> = {},
): WatchRecord => ({
  ...emptyRecord('tng-s01e03'),
  updatedAt,
  updatedBy,
  ...over,
})

describe('a record as a document on the sync server', () => {
  it('goes there and back unchanged, keyed like the log', () => {
    const record = edit(5, 'laptop', { rating10: 8, note: 'Data!' })
    const doc = toDoc(record, '1-abc')
    expect(doc).toEqual({ _id: 'record:tng-s01e03', _rev: '1-abc', v: SCHEMA_VERSION, record })
    expect(readDoc(JSON.parse(JSON.stringify(doc)))).toEqual({ kind: 'record', record })
  })

  it('leaves alone what is not ours, refuses what is broken, and stops at a newer format', () => {
    expect(readDoc({ _id: '_design/app', views: {} })).toEqual({ kind: 'other' })
    expect(readDoc({ _id: 'photo-1', title: 'x' })).toEqual({ kind: 'other' })
    expect(readDoc({ _id: docId('tng-s01e03'), v: SCHEMA_VERSION + 1, record: {} })).toEqual({
      kind: 'newer',
      version: SCHEMA_VERSION + 1,
    })
    expect(
      readDoc({ _id: docId('tng-s01e03'), v: SCHEMA_VERSION, record: { id: 'tng-s01e03' } }),
    ).toMatchObject({
      kind: 'invalid',
    })
    expect(readDoc({ ...toDoc(edit(1, 'a')), _id: docId('tng-s01e04') })).toEqual({
      kind: 'invalid',
      reason: 'its id does not match',
    })
  })
})

describe('resolving a conflict between devices', () => {
  it('keeps the later edit, whichever leaf CouchDB shows, and removes every other leaf', () => {
    const phone = edit(2000, 'phone', { rating10: 6 })
    const laptop = edit(1000, 'laptop', { rating10: 9 })
    expect(
      resolveConflict({ rev: '3-a', record: laptop }, [{ rev: '2-b', record: phone }]),
    ).toEqual({
      winner: phone,
      update: phone,
      remove: ['2-b'],
    })
    expect(
      resolveConflict({ rev: '3-a', record: phone }, [{ rev: '2-b', record: laptop }]),
    ).toEqual({
      winner: phone,
      update: undefined,
      remove: ['2-b'],
    })
  })

  it('breaks a tie of times by the writer, as tabs do', () => {
    const a = edit(1000, 'aaa')
    const b = edit(1000, 'bbb')
    expect(resolveConflict({ rev: '1-x', record: a }, [{ rev: '1-y', record: b }])?.winner).toBe(b)
    expect(resolveConflict({ rev: '1-y', record: b }, [{ rev: '1-x', record: a }])?.winner).toBe(b)
  })

  it('lets any record beat a leaf that is not one', () => {
    const a = edit(1, 'a')
    expect(resolveConflict({ rev: '2-x', record: null }, [{ rev: '2-y', record: a }])).toEqual({
      winner: a,
      update: a,
      remove: ['2-y'],
    })
    expect(resolveConflict({ rev: '2-x', record: null }, [])).toBeNull()
  })

  it('treats an emptied record (a delete, an Undo) as an edit like any other', () => {
    const rated = edit(1000, 'phone', { rating10: 8 })
    const undone = edit(2000, 'laptop')
    expect(
      resolveConflict({ rev: '2-x', record: rated }, [{ rev: '2-y', record: undone }])?.winner,
    ).toBe(undone)
  })
})

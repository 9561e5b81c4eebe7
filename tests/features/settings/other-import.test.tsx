import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { resetOtherImport } from '@/features/settings/use-other-import'
import { fixtureFolder, zipOf } from '../../support/export-files'
import { renderApp, watchRecord, type RenderAppResult } from '../../support/render-with-providers'

/** Issue 10 on the Settings screen: an export from another app, its plan, Import and Undo. */

const fileOf = (source: { name: string; bytes: Uint8Array }, type = 'application/zip') =>
  new File([source.bytes as Uint8Array<ArrayBuffer>], source.name, { type })

const traktZip = () => fileOf(zipOf('trakt-export-jdoe.zip', fixtureFolder('trakt/flat-export')))

async function openSettings(
  records = [watchRecord('tng-s01e03', { rating10: 6, updatedAt: 100, updatedBy: 'laptop' })],
) {
  const app = renderApp({ url: '/settings', records })
  await screen.findByRole('heading', { level: 1, name: 'Your data' })
  await waitFor(() => expect(app.store.getState().status).toBe('ready'))
  return app
}

const choose = (app: RenderAppResult, ...files: File[]) =>
  app.user.upload(screen.getByLabelText('Export files'), files)

const plan = () => screen.findByRole('region', { name: 'What the import would do' })

beforeEach(() => resetOtherImport())

describe('importing from another app', () => {
  it('shows what the export holds and what would change, and writes nothing before Import', async () => {
    const app = await openSettings()
    await choose(app, traktZip())
    const region = await plan()
    expect(region).toHaveTextContent(/Trakt export: \d+ viewings, \d+ ratings/)
    expect(within(region).getAllByText(/to add/)).toHaveLength(3)
    expect(app.adapter.writeCalls).toEqual([])
  })

  it('imports in one transaction, then Undo import puts everything back', async () => {
    const app = await openSettings([])
    await choose(app, traktZip())
    await app.user.click(within(await plan()).getByRole('button', { name: 'Import' }))
    expect(await screen.findByText('Imported.')).toBeInTheDocument()
    expect(app.adapter.writeCalls).toHaveLength(1)
    expect(app.record('tng-s01e03')?.plays.length).toBeGreaterThan(0)
    // Farpoint, one episode on Trakt, marks both halves here.
    expect(app.record('tng-s01e01')?.plays).toHaveLength(
      app.record('tng-s01e02')?.plays.length ?? -1,
    )

    await app.user.click(screen.getByRole('button', { name: 'Undo import' }))
    expect(await screen.findByText('Import undone.')).toBeInTheDocument()
    expect(app.record('tng-s01e03')?.plays).toEqual([])
  })

  it('importing the same file again adds nothing', async () => {
    const app = await openSettings([])
    await choose(app, traktZip())
    await app.user.click(within(await plan()).getByRole('button', { name: 'Import' }))
    await screen.findByText('Imported.')
    const after = structuredClone(app.store.getState().records)
    // A new import waits until the last one is undone or kept.
    expect(screen.getByLabelText('Export files')).toBeDisabled()
    await app.user.click(screen.getByRole('button', { name: 'Done' }))
    expect(screen.getByLabelText('Export files')).toHaveFocus()
    await choose(app, traktZip())
    const again = await plan()
    expect(again).toHaveTextContent('0 viewings to add')
    expect(again).toHaveTextContent('Everything in the files is already here')
    await app.user.click(within(again).getByRole('button', { name: 'Import' }))
    expect(await screen.findByText(/already here: nothing changed/)).toBeInTheDocument()
    expect(app.store.getState().records).toEqual(after)
  })

  it('lists a different rating as a conflict, keeps mine unless I choose the file’s', async () => {
    const app = await openSettings()
    await choose(app, traktZip())
    const region = await plan()
    const conflict = within(region).getByRole('group', { name: /The Naked Now.*rating/ })
    expect(within(conflict).getByRole('radio', { name: /Keep mine/ })).toBeChecked()
    await app.user.click(within(conflict).getByRole('radio', { name: /Use the file’s/ }))
    await app.user.click(within(region).getByRole('button', { name: 'Import' }))
    await screen.findByText('Imported.')
    expect(app.record('tng-s01e03')?.rating10).toBe(4)
  })

  it('shows the plan again, writing nothing, when the log changed while it was open', async () => {
    const app = await openSettings([])
    await choose(app, traktZip())
    const region = await plan()
    app.store.getState().actions.edit(['tng-s01e03'], (r) => ({ ...r, rating10: 10 }))
    await app.user.click(within(region).getByRole('button', { name: 'Import' }))
    expect(await screen.findByText(/Your log changed while this plan was open/)).toBeInTheDocument()
    expect(
      within(await plan()).getByRole('group', { name: /The Naked Now.*rating/ }),
    ).toBeInTheDocument()
    expect(screen.queryByText('Imported.')).not.toBeInTheDocument()
  })

  it('refuses a file it does not know, by name, and changes nothing', async () => {
    const app = await openSettings()
    await choose(
      app,
      new File(['series,episode\r\nTNG,1\r\n'], 'my-list.csv', { type: 'text/csv' }),
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Not imported.')
    expect(alert).toHaveTextContent(
      'my-list.csv: none of these files is a TV Time, Trakt, IMDb or Letterboxd export',
    )
    expect(alert).toHaveTextContent('Your data was not changed.')
    expect(app.adapter.writeCalls).toEqual([])
  })

  it('lists the rows it could not match, with a way to download them', async () => {
    const app = await openSettings()
    await choose(app, traktZip())
    const region = await plan()
    await app.user.click(within(region).getByText(/not matched to the catalogue/))
    expect(within(region).getAllByText(/Sopranos/).length).toBeGreaterThan(0)
    expect(
      within(region).getByRole('button', { name: 'Download the list (CSV)' }),
    ).toBeInTheDocument()
  })
})

describe('bringing files in', () => {
  it('takes an export dropped on the box', async () => {
    const app = await openSettings([])
    const zone = screen.getByLabelText('Export files').closest('.drop-zone')!
    fireEvent.drop(zone, { dataTransfer: { files: [traktZip()] } })
    expect(await plan()).toHaveTextContent(/Trakt export: 13 viewings/)
    expect(app.adapter.writeCalls).toEqual([])
  })

  it('refuses a 300 MB file by its size, without reading it', async () => {
    const app = await openSettings()
    const huge = new File(['x'], 'everything.zip', { type: 'application/zip' })
    Object.defineProperty(huge, 'size', { value: 300 * 1024 * 1024 })
    await choose(app, huge)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'everything.zip: the file is 300 MB, more than the 120 MB an export of a watch history can be.',
    )
    expect(app.adapter.writeCalls).toEqual([])
  })

  it('counts IMDb ratings as watched only when asked', async () => {
    const app = await openSettings([])
    const csv = [
      'Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors',
      'tt0796366,7,2021-11-13,"Star Trek","Star Trek",https://www.imdb.com/title/tt0796366,Movie,7.9,127,2009,"Sci-Fi, Action, Adventure",628165,"2009-05-08","J.J. Abrams"',
    ].join('\n')
    await choose(app, new File([csv], 'ratings.csv', { type: 'text/csv' }))
    const region = await plan()
    expect(region).toHaveTextContent('IMDb export: 0 viewings, 1 rating')
    expect(region).toHaveTextContent('0 viewings to add')
    await app.user.click(
      within(region).getByRole('checkbox', {
        name: /Count each rated episode and film as watched/,
      }),
    )
    expect(region).toHaveTextContent('1 viewing to add')
    await app.user.click(within(region).getByRole('button', { name: 'Import' }))
    await screen.findByText('Imported.')
    expect(app.record('films-11')).toMatchObject({
      rating10: 7,
      plays: [{ precision: 'unknown', watchedAt: null, loggedAt: 0 }],
    })
  })
})

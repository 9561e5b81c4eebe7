import { useEffect, useRef } from 'react'
import { countOf, listPhrase } from '@/lib/plural'
import { Banner } from '@/ui/banner'
import { UndoFailed } from './import-banners'
import type { useOtherImport } from './use-other-import'

type Flow = ReturnType<typeof useOtherImport>

/** What an import did, with its Undo; then what Undo did. Focus comes here from the button that went. */
export function ImportResult({ flow, onDone }: { flow: Flow; onDone: () => void }) {
  const { state } = flow
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.step === 'done' || state.step === 'undone') ref.current?.focus()
  }, [state.step])
  if (state.step !== 'done' && state.step !== 'undone') return null
  return (
    <div ref={ref} tabIndex={-1} className="import-result">
      {state.step === 'done' && (
        <Banner
          tone="info"
          title="Imported."
          actions={
            <>
              {state.written > 0 && (
                <button type="button" className="button" onClick={() => void flow.undo()}>
                  Undo import
                </button>
              )}
              <button type="button" className="button" onClick={onDone}>
                Done
              </button>
            </>
          }
        >
          {state.written === 0
            ? 'Everything in the files was already here: nothing changed.'
            : `${
                listPhrase(
                  [
                    state.plan.viewings.add > 0 && countOf(state.plan.viewings.add, 'viewing'),
                    state.plan.ratings.add > 0 && countOf(state.plan.ratings.add, 'rating'),
                    state.plan.notes.add > 0 && countOf(state.plan.notes.add, 'note'),
                    state.plan.viewings.dated > 0 &&
                      `${countOf(state.plan.viewings.dated, 'date')} made more precise`,
                  ].filter((x): x is string => typeof x === 'string'),
                ) || 'Your choices'
              } added, across ${countOf(state.written, 'entry', 'entries')}.`}
        </Banner>
      )}
      {state.step === 'done' && state.undoFailed && <UndoFailed />}
      {state.step === 'undone' && (
        <Banner tone="info" title="Import undone.">
          {state.kept === 0
            ? 'Everything the import changed is as it was before.'
            : `${countOf(state.reverted, 'entry is', 'entries are')} as before. ${countOf(state.kept, 'entry', 'entries')} changed since the import ${state.kept === 1 ? 'was' : 'were'} left as ${state.kept === 1 ? 'it is' : 'they are'}.`}
        </Banner>
      )}
    </div>
  )
}

import { useDocumentTitle } from '@/lib/use-document-title'
import { paths } from '@/lib/paths'
import { Breadcrumbs } from '@/ui/breadcrumbs'
import { AppearanceSection } from './appearance-section'
import { BackupSection } from './backup-section'
import { ImportSection } from './import-section'
import { OtherImportSection } from './other-import-section'
import { StorageSection } from './storage-section'
import { SyncSection } from './sync-section'

export function SettingsPage() {
  useDocumentTitle('Your data')
  return (
    <div className="page settings">
      <Breadcrumbs items={[{ label: 'All series', to: paths.home }, { label: 'Your data' }]} />
      <header>
        <h1>Your data</h1>
        <p className="muted">
          Your watch log lives only in this browser. Keep a backup file somewhere safe.
        </p>
      </header>
      <StorageSection />
      <BackupSection />
      <ImportSection />
      <OtherImportSection />
      <SyncSection />
      <AppearanceSection />
    </div>
  )
}

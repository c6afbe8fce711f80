import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderToStaticMarkup } from 'react-dom/server'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { Workspace } from '../../api/types.ts'
import { WorkspaceContext } from '../workspace/workspace-context.ts'
import { permissionsOf } from '../workspace/permissions.ts'
import { MusicBrainzImportPage } from './musicbrainz-import-page.tsx'

function render(role: 'member' | 'crew') {
  const value = {
    slug: 'demo',
    workspace: { slug: 'demo', name: 'Demo', role } as unknown as Workspace,
    permissions: permissionsOf(role),
    href: (rest = '') => `/w/demo${rest}`,
  }
  return renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <WorkspaceContext.Provider value={value}>
          <MusicBrainzImportPage />
        </WorkspaceContext.Provider>
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

describe('the MusicBrainz import page', () => {
  it('offers a labelled multi-file JSON picker to those who may edit the catalog', () => {
    const html = render('member')
    expect(html).toContain('<h1 class="page-title">Import from MusicBrainz</h1>')
    expect(html).toMatch(
      /<label class="field-label" for="([^"]+)">MusicBrainz files<\/label>[\s\S]*<input id="\1"[^>]*type="file"[^>]*multiple=""[^>]*accept=".json,application\/json"/,
    )
    expect(html).toContain('>Import</button>')
    expect(html).not.toContain('<progress')
  })

  it('tells a crew member they cannot import, without a form', () => {
    const html = render('crew')
    expect(html).toContain('You can read this workspace but not import into it.')
    expect(html).not.toContain('type="file"')
  })
})

import { describe, expect, it } from 'vitest'
import { pageAt, workspaceAt } from './page-addresses.ts'

describe('the page an address opens', () => {
  it('reads the pages whose first answers are asked early', () => {
    expect(pageAt('/login')).toEqual({ page: 'sign-in' })
    expect(pageAt('/login/')).toEqual({ page: 'sign-in' })
    expect(pageAt('/w/demo')).toEqual({ page: 'home', workspace: 'demo' })
    expect(pageAt('/w/demo/')).toEqual({ page: 'home', workspace: 'demo' })
    expect(pageAt('/w/demo/setlists')).toEqual({ page: 'set lists', workspace: 'demo' })
    expect(pageAt('/w/demo/setlists/p-1')).toEqual({ page: 'a proposal', workspace: 'demo', id: 'p-1' })
    expect(pageAt('/w/demo/shows/s-1/')).toEqual({ page: 'a show', workspace: 'demo', id: 's-1' })
  })

  it('decodes an id once, as the router does', () => {
    expect(pageAt('/w/demo/setlists/a%20b')).toEqual({ page: 'a proposal', workspace: 'demo', id: 'a b' })
    expect(pageAt('/w/demo/shows/%25')).toEqual({ page: 'a show', workspace: 'demo', id: '%' })
  })

  it('takes a form, a deeper page or an unreadable id for another page in the workspace', () => {
    for (const path of [
      '/w/demo/setlists/new',
      '/w/demo/shows/new/',
      '/w/demo/shows/s-1/door',
      '/w/demo/songs',
      '/w/demo/shows/%E0%A4%A',
      '/w/demo/setlists/%',
    ])
      expect(pageAt(path), path).toEqual({ page: 'in a workspace', workspace: 'demo' })
  })

  it('takes anything else for a page outside a workspace', () => {
    for (const path of ['/', '/signup', '/workspaces', '/invite/abc', '/w/', '/w/Demo', '/w/de_mo/shows/s-1', '/wx/demo', '/login/x'])
      expect(pageAt(path), path).toEqual({ page: 'other' })
    expect(workspaceAt('/w/demo-2/shows')).toBe('demo-2')
    expect(workspaceAt('/w/demo-2x')).toBe('demo-2x')
    expect(workspaceAt('/w/')).toBeUndefined()
  })
})

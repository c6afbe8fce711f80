import { useEffect, useId, useState, type FormEvent } from 'react'
import { useSearchParams } from 'react-router'

/** The search text of the page, from `?q=`. */
export function useSearchText(): string {
  const [params] = useSearchParams()
  return params.get('q') ?? ''
}

/** A search box that keeps its text in `?q=` (so results can be linked and survive Back). */
export function SearchBox({ label, placeholder }: { label: string; placeholder?: string }) {
  const id = useId()
  const [params, setParams] = useSearchParams()
  const current = params.get('q') ?? ''
  const [text, setText] = useState(current)

  // Follow the URL when it changes from outside (Back, a link), not when it echoes what is typed.
  useEffect(() => setText((typed) => (typed.trim() === current ? typed : current)), [current])

  useEffect(() => {
    if (text.trim() === current) return
    const timer = window.setTimeout(() => apply(text), 250)
    return () => window.clearTimeout(timer)
  })

  function apply(value: string) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        if (value.trim()) next.set('q', value.trim())
        else next.delete('q')
        return next
      },
      { replace: true },
    )
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    apply(text)
  }

  return (
    <form role="search" className="search" onSubmit={handleSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className="input search-input"
        type="search"
        value={text}
        placeholder={placeholder ?? label}
        onChange={(event) => setText(event.target.value)}
      />
    </form>
  )
}

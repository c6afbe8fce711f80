/** A select of the workspace's people with "Everyone" first, for filtering a list by person. */
export function PersonFilter({
  people,
  value,
  label,
  onChange,
}: {
  people: readonly { id: string; name: string }[] | undefined
  value: string
  label: string
  onChange: (personId: string) => void
}) {
  return (
    <div className="filters">
      <label className="filter">
        <span className="visually-hidden">Person</span>
        <select className="input" value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
          <option value="">Everyone</option>
          {people?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

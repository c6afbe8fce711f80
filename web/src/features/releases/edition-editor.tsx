import { EditionSchema } from '../../../../src/contract/catalog.ts'
import type { Recording } from '../../api/types.ts'
import { SelectField, TextField } from '../../components/field.tsx'
import { labelOf } from '../../format/vocabulary.ts'
import { draftKey, type EditionDraft } from './release-draft.ts'
import { TrackListEditor } from './track-list-editor.tsx'

const FORMATS = EditionSchema.shape.format.unwrap().options

interface EditionEditorProps {
  edition: EditionDraft
  index: number
  onChange: (edition: EditionDraft) => void
  onRemove: () => void
  onDuplicate: (copy: EditionDraft) => void
  recordings: Recording[]
  actId: string
  messageFor: (path: string) => string | undefined
  messageUnder: (path: string) => string | undefined
}

/** One edition in the release form: name, dates, format, barcode and its track list. */
export function EditionEditor({ edition, index, onChange, onRemove, onDuplicate, recordings, actId, messageFor, messageUnder }: EditionEditorProps) {
  const path = `editions.${index}`
  const set = (field: keyof EditionDraft) => (event: { target: { value: string } }) => onChange({ ...edition, [field]: event.target.value })
  const label = edition.name.trim() || `Edition ${index + 1}`

  function handleDuplicate() {
    const tracks = edition.tracks.map((t) => ({ ...t, key: draftKey('track') }))
    onDuplicate({ ...edition, key: draftKey('edition'), id: undefined, name: `${label} (deluxe)`, barcode: '', tracks })
  }

  return (
    <fieldset className="card edition-editor">
      <legend className="edition-legend">{label}</legend>
      <div className="field-row">
        <TextField
          label="Edition name"
          path={`${path}.name`}
          value={edition.name}
          onChange={set('name')}
          error={messageFor(`${path}.name`)}
          placeholder="Deluxe edition"
        />
        <SelectField label="Format" path={`${path}.format`} isOptional value={edition.format} onChange={set('format')} error={messageFor(`${path}.format`)}>
          <option value="">—</option>
          {FORMATS.map((format) => (
            <option key={format} value={format}>
              {labelOf(format)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row">
        <TextField
          label="Release date"
          path={`${path}.releaseDate`}
          isOptional
          placeholder="2013-06-11"
          value={edition.releaseDate}
          onChange={set('releaseDate')}
          error={messageFor(`${path}.releaseDate`)}
        />
        <TextField
          label="Pre-order date"
          path={`${path}.preorderDate`}
          isOptional
          value={edition.preorderDate}
          onChange={set('preorderDate')}
          error={messageFor(`${path}.preorderDate`)}
        />
        <TextField
          label="Barcode"
          path={`${path}.barcode`}
          isOptional
          inputMode="numeric"
          hint="UPC or EAN, 8 to 14 digits"
          value={edition.barcode}
          onChange={set('barcode')}
          error={messageFor(`${path}.barcode`)}
        />
      </div>
      <TrackListEditor
        tracks={edition.tracks}
        onChange={(tracks) => onChange({ ...edition, tracks })}
        recordings={recordings}
        actId={actId}
        path={`${path}.tracks`}
        editionName={label}
        messageUnder={messageUnder}
      />
      <div className="form-actions form-actions--end">
        <button type="button" className="button button--quiet" onClick={handleDuplicate}>
          Copy as a new edition
        </button>
        <button type="button" className="button button--danger-quiet" onClick={onRemove}>
          Remove {label}
        </button>
      </div>
    </fieldset>
  )
}

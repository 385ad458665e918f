import { useRef, useState } from 'react';
import type { WidgetProps } from './form-context';
import { joinIds } from './form-context';
import { ImagePicker } from './ImagePicker';
import { scalarText } from './options';
import { commitText, useDraft } from './use-draft';

/** An image reference: typed, chosen from disk, or picked from the media folder, with a thumbnail. */
export function ImageWidget({ path, label, inputId, describedBy, invalid, required, readOnly, value, emit, ctx }: WidgetProps) {
  const current = scalarText(value);
  const draft = useDraft(current, (text, final) => commitText(text.trim() === '' ? '' : text, final, current, required, emit));
  const [pickerOpen, setPickerOpen] = useState(false);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const libraryButton = useRef<HTMLButtonElement>(null);
  const pickerId = `${inputId}-picker`;
  const previewId = `${inputId}-preview`;

  const ref = draft.text.trim();
  const url = ref === '' ? null : ctx.imageUrl(ref);
  const broken = ref !== '' && (url === null || failedUrl === url);

  const choose = async () => {
    setChoosing(true);
    try {
      const picked = await ctx.onPickImage(path);
      if (picked) emit(picked);
    } finally {
      setChoosing(false);
    }
  };

  const closePicker = () => {
    setPickerOpen(false);
    libraryButton.current?.focus();
  };

  return (
    <div className="pd-form-image">
      <div className="pd-form-image-row">
        <input
          id={inputId}
          type="text"
          className="pd-form-input"
          {...draft.props}
          readOnly={readOnly}
          spellCheck={false}
          aria-required={required || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={joinIds(describedBy, broken && previewId)}
        />
        <button type="button" className="pd-form-button" disabled={readOnly || choosing} aria-label={`Choose file for ${label}`} onClick={() => void choose()}>
          Choose…
        </button>
        <button
          type="button"
          ref={libraryButton}
          className="pd-form-button"
          disabled={readOnly}
          aria-expanded={pickerOpen}
          aria-controls={pickerOpen ? pickerId : undefined}
          aria-label={`Media library for ${label}`}
          onClick={() => setPickerOpen((open) => !open)}
        >
          Media library
        </button>
      </div>
      {ref !== '' && (
        <div className="pd-form-image-preview" id={previewId}>
          {url !== null && !broken ? (
            <img src={url} alt={`${label} preview`} className="pd-form-thumb" onError={() => setFailedUrl(url)} />
          ) : (
            <p className="pd-form-note pd-form-note-warning">No preview: the image could not be found.</p>
          )}
        </div>
      )}
      {pickerOpen && (
        <ImagePicker
          id={pickerId}
          label={label}
          images={ctx.mediaImages}
          selected={ref}
          onPick={(picked) => {
            if (picked !== current) emit(picked);
            closePicker();
          }}
          onClose={closePicker}
        />
      )}
    </div>
  );
}

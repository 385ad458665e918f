import { useEffect, useRef, useState } from 'react';
import type { MediaImage } from './form-context';

const MAX_SHOWN = 120;

interface ImagePickerProps {
  id: string;
  label: string;
  images: MediaImage[];
  selected: string;
  onPick(ref: string): void;
  onClose(): void;
}

function fileName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1) || ref;
}

/** The media folder as a filterable grid of thumbnail buttons; Escape closes it. */
export function ImagePicker({ id, label, images, selected, onPick, onClose }: ImagePickerProps) {
  const [filter, setFilter] = useState('');
  const filterRef = useRef<HTMLInputElement>(null);
  useEffect(() => filterRef.current?.focus(), []);

  const needle = filter.trim().toLowerCase();
  const matching = needle === '' ? images : images.filter((img) => img.ref.toLowerCase().includes(needle));
  const shown = matching.slice(0, MAX_SHOWN);

  return (
    <div
      id={id}
      className="pd-form-picker"
      role="group"
      aria-label={`Media library for ${label}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <input
        ref={filterRef}
        type="search"
        className="pd-form-input pd-form-picker-filter"
        placeholder="Filter by name"
        aria-label="Filter images"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {shown.length === 0 ? (
        <p className="pd-form-note">{images.length === 0 ? 'The media folder has no images.' : 'No image matches.'}</p>
      ) : (
        <ul className="pd-form-picker-grid">
          {shown.map((img) => (
            <li key={img.ref}>
              <button
                type="button"
                className="pd-form-picker-item"
                aria-pressed={img.ref === selected}
                title={img.ref}
                onClick={() => onPick(img.ref)}
              >
                <img src={img.url} alt="" loading="lazy" decoding="async" className="pd-form-picker-thumb" />
                <span className="pd-form-picker-name">{fileName(img.ref)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {matching.length > shown.length && (
        <p className="pd-form-note">
          Showing {shown.length} of {matching.length} images; type to narrow the list.
        </p>
      )}
      <button type="button" className="pd-form-button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

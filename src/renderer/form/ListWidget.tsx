import { useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';
import type { WidgetProps } from './form-context';
import { joinIds } from './form-context';
import { addToList, listItems, parseList, remainingSuggestions, removeAt } from './list-parse';
import { usePendingValue } from './use-pending-value';

/**
 * Tags and other lists of scalars: chips with a remove button each, and an input with
 * suggestions. Enter or a comma adds, Backspace in the empty input removes the last item.
 */
export function ListWidget({ field, path, label, inputId, describedBy, invalid, required, readOnly, value, emit, ctx }: WidgetProps) {
  const stored = listItems(value);
  const [items, setItems] = usePendingValue(stored.items);
  const wasList = stored.wasList;
  const [typed, setTyped] = useState('');
  const removeButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const numeric = field.itemKind === 'number';
  const datalistId = `${inputId}-suggestions`;
  const noteId = `${inputId}-note`;
  const suggestions = remainingSuggestions([...(field.options ?? []), ...(ctx.suggestions[path] ?? ctx.suggestions[field.name] ?? [])], items);

  // Keys follow the items, not their positions, so removing a chip keeps its neighbours (and focus) in place.
  const chipKeys = items.map((item, index) => `${item}#${items.slice(0, index).filter((x) => x === item).length}`);

  const emitItems = (next: string[]) => {
    setItems(next);
    if (next.length === 0) emit(required ? [] : undefined);
    else emit(numeric ? next.map(Number).filter(Number.isFinite) : next);
  };

  const add = (text: string) => {
    const next = addToList(items, numeric ? parseList(text).filter((t) => Number.isFinite(Number(t))).join(',') : text);
    setTyped('');
    if (next.length !== items.length || !wasList) emitItems(next);
  };

  const remove = (index: number) => {
    emitItems(removeAt(items, index));
    // The pressed button disappears: keep focus on the next chip, else the previous one, else the input.
    const target = removeButtons.current[index + 1] ?? removeButtons.current[index - 1] ?? inputRef.current;
    target?.focus();
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    const inputType = (e.nativeEvent as InputEvent).inputType;
    // Picking from the datalist replaces the text without typing: add it at once.
    if ((inputType === undefined || inputType === 'insertReplacementText') && suggestions.includes(text)) {
      add(text);
      return;
    }
    const lastComma = text.lastIndexOf(',');
    if (lastComma >= 0) {
      add(text.slice(0, lastComma));
      setTyped(text.slice(lastComma + 1).trimStart());
      return;
    }
    setTyped(text);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (typed.trim() !== '') add(typed);
    } else if (e.key === 'Backspace' && typed === '' && items.length > 0) {
      e.preventDefault();
      emitItems(items.slice(0, -1));
    } else if ((e.ctrlKey || e.metaKey) && typed.trim() !== '') {
      add(typed);
    }
  };

  return (
    <div className="pd-form-list">
      {items.length > 0 && (
        <ul className="pd-form-chips" aria-label={`${label}: ${items.length} ${items.length === 1 ? 'item' : 'items'}`}>
          {items.map((item, index) => (
            <li key={chipKeys[index]} className="pd-form-chip">
              <span className="pd-form-chip-text">{item}</span>
              {!readOnly && (
                <button
                  type="button"
                  className="pd-form-chip-remove"
                  ref={(el) => {
                    removeButtons.current[index] = el;
                  }}
                  aria-label={`Remove ${item} from ${label}`}
                  title={`Remove ${item}`}
                  onClick={() => remove(index)}
                  onKeyDown={(e) => {
                    if (e.key === 'Backspace' || e.key === 'Delete') {
                      e.preventDefault();
                      remove(index);
                    }
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <input
        id={inputId}
        ref={inputRef}
        type="text"
        className="pd-form-input pd-form-list-input"
        value={typed}
        list={suggestions.length > 0 ? datalistId : undefined}
        placeholder={readOnly ? undefined : items.length === 0 ? 'Type and press Enter' : 'Add another…'}
        readOnly={readOnly}
        inputMode={numeric ? 'decimal' : undefined}
        onChange={onChange}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (typed.trim() !== '') add(typed);
        }}
        aria-required={required || undefined}
        aria-invalid={invalid || !wasList || undefined}
        aria-describedby={joinIds(describedBy, !wasList && noteId)}
      />
      {suggestions.length > 0 && (
        <datalist id={datalistId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {!wasList && (
        <p id={noteId} className="pd-form-note pd-form-note-warning">
          The file holds a single value, not a list; changing it here saves a list.
        </p>
      )}
    </div>
  );
}

/**
 * Moves keyboard focus to a field of a rendered FrontmatterForm (for "go to problem"):
 * opens the groups around it, falls back to the nearest shown parent path ("tags.2" →
 * "tags"), and returns false when the form shows no such field.
 */
export function focusField(root: ParentNode, path: string): boolean {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    const wrapper = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(candidate)}"]`);
    if (!wrapper) continue;
    for (let el = wrapper.parentElement; el; el = el.parentElement) {
      if (el instanceof HTMLDetailsElement) el.open = true;
    }
    const details = wrapper.querySelector(':scope > details');
    if (details instanceof HTMLDetailsElement) details.open = true;
    // The labelled control first (the tag input, not the first chip's remove button).
    const labelFor = wrapper.querySelector(':scope > label[for], :scope > .pd-form-check > label[for]')?.getAttribute('for');
    const labelled = labelFor ? wrapper.ownerDocument.getElementById(labelFor) : null;
    const target = labelled ?? wrapper.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, summary, button');
    if (!target) return false;
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
    return true;
  }
  return false;
}

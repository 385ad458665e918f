import { useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../client/api-client';
import type { DocumentStore } from '../documents/document-store';
import type { ImagePasteCallbacks, PastedImage } from '../editor/image-paste';
import type { MediaImage } from '../form/FrontmatterForm';
import { fileToBase64 } from './read-file';

/**
 * Pasted and dropped images of one post: copied into the media folder, their alt text asked
 * for, and the copy taken away again when the paste is undone (unless another open post
 * names it; the host also keeps any file named on disk), put back on redo.
 */
export function usePastedImages(client: ApiClient, store: DocumentStore, file: string, addMedia: (image: MediaImage) => void, onError: (error: unknown) => void) {
  const [asking, setAsking] = useState<PastedImage[]>([]);

  const importImage = useCallback(
    async (picked: File) => {
      const dataBase64 = await fileToBase64(picked);
      const result = await client.call('media.import', { post: file, name: picked.name || 'pasted-image.png', dataBase64 });
      addMedia({ ref: result.ref, url: client.assetUrl(result.path) });
      return result;
    },
    [client, file, addMedia],
  );

  const callbacks = useMemo<ImagePasteCallbacks>(
    () => ({
      async store(picked) {
        try {
          const result = await importImage(picked);
          return { markdown: result.markdown, path: result.path, ref: result.ref, alt: result.alt };
        } catch (error) {
          onError(error);
          return null;
        }
      },
      inserted(images) {
        const withoutAlt = images.filter((image) => image.markdown.startsWith('![]('));
        if (withoutAlt.length > 0) setAsking((current) => [...current, ...withoutAlt]);
      },
      removed(image) {
        setAsking((current) => current.filter((i) => i !== image));
        const elsewhere = store.getSnapshot().docs.some((d) => d.file !== file && d.text.includes(image.ref));
        if (!elsewhere) client.call('media.discardImport', { path: image.path }).catch(onError);
      },
      restored(image) {
        client.call('media.restoreImport', { path: image.path }).catch(onError);
      },
    }),
    [client, store, file, importImage, onError],
  );

  const answered = useCallback((image: PastedImage) => setAsking((current) => current.filter((i) => i !== image)), []);
  return { callbacks, importImage, asking: asking[0], answered };
}

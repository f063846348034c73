/** File export and import for every tool: download text as a file; read chosen files with a size limit, nothing uploaded. */

/** Offers `text` as a file download named `name`. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** Offers `blob` as a file download named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** One chosen file: its text, or that it was too large to read. */
export type ChosenFile = { name: string; text: string } | { name: string; tooLarge: true; bytes: number };

/** Reads every file chosen in `input` (files over `maxBytes` are not read), then resets the input. */
export async function readChosenFiles(input: HTMLInputElement, maxBytes: number): Promise<ChosenFile[]> {
  const files = [...(input.files ?? [])];
  input.value = '';
  return Promise.all(
    files.map(async (file): Promise<ChosenFile> =>
      file.size > maxBytes ? { name: file.name, tooLarge: true, bytes: file.size } : { name: file.name, text: await file.text() },
    ),
  );
}

/** A date stamp for file names, e.g. `2026-12-02`. */
export function fileDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

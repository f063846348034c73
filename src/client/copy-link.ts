/** Shows `link` in its read-only field, selects it and copies it when the browser allows; resolves to whether it was copied. */
export async function offerLink(field: HTMLInputElement, link: string): Promise<boolean> {
  field.value = link;
  field.select();
  try {
    await navigator.clipboard.writeText(link);
    return true;
  } catch {
    return false;
  }
}

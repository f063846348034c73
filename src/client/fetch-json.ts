/** Same-origin JSON built with the site (an island's data files): the parsed body, or an error when the request fails. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return (await response.json()) as T;
}


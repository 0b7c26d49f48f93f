// Saving a database from the page.
export function slug(text: string): string {
  return (
    text
      .replace(/^.*[/\\]/, '')
      .replace(/\.sqlite$/, '')
      .replace(/[^\w.-]+/g, '_')
      .slice(0, 60) || 'database'
  );
}

export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Lets the person save a file made in the browser (nothing is uploaded or fetched): a Blob
 * URL behind a temporary link in the element's own shadow root.
 */
export function download(root: Node, fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  root.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the Blob after this task.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

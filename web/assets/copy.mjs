// Copy buttons for commands shown as text (clone addresses). Without JavaScript the buttons stay
// hidden and the text is still there to select; with it, a button copies and says so.
// The messages come translated from the page (data-copied, data-failed on the status element).

export function enhanceCopyButtons(root = document) {
  if (!navigator.clipboard) {
    return; // insecure contexts have no clipboard API: leave the text to select by hand
  }
  for (const button of root.querySelectorAll("button[data-app-copy]")) {
    const target = document.getElementById(button.dataset.appCopy);
    const status = root.querySelector(`[data-app-copy-status="${button.dataset.appCopy}"]`);
    if (!target) {
      continue;
    }
    button.hidden = false;
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(target.textContent.trim());
        if (status) status.textContent = status.dataset.copied;
      } catch {
        if (status) status.textContent = status.dataset.failed;
      }
    });
  }
}

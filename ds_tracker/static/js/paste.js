// A report copied from Word or a web page arrives on the clipboard as HTML with its tables: keep that HTML in
// the hidden field beside the paste box, so the server reads the tables instead of flattened text. Without
// JavaScript the plain text is sent, as before. Typing into the box after a paste drops the HTML (it no longer
// matches what the box shows).
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("textarea[data-paste-html]").forEach((box) => {
    const hidden = document.getElementById(box.dataset.pasteHtml);
    if (!hidden) return;
    box.addEventListener("paste", (event) => {
      const html = event.clipboardData && event.clipboardData.getData("text/html");
      hidden.value = html && box.value.trim() === "" ? html : "";
    });
    box.addEventListener("input", (event) => {
      if (event.inputType !== "insertFromPaste") hidden.value = "";
    });
  });
});

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

// Before sending, say beside the box when the text is over the site's limit, instead of letting the server
// refuse it after a long upload on a slow line (the text stays in the box).
document.addEventListener("submit", (event) => {
  const box = event.target.querySelector && event.target.querySelector("textarea[data-max-chars]");
  if (!box || box.value.length <= Number(box.dataset.maxChars)) return;
  event.preventDefault();
  let note = box.parentElement.querySelector(".error.too-long");
  if (!note) {
    note = document.createElement("p");
    note.className = "error too-long";
    note.id = box.id + "-too-long";
    box.setAttribute("aria-describedby", note.id);
    box.after(note);
  }
  note.textContent = box.dataset.tooLong;
  box.setAttribute("aria-invalid", "true");
  box.focus();
});


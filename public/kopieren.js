// Copy button for the suggested citation; without JavaScript (or clipboard access) the text stays selectable.
(function () {
  var button = document.querySelector('[data-kopieren]');
  if (!button) return;
  var text = document.getElementById(button.getAttribute('data-kopieren'));
  var message = document.querySelector('[data-kopieren-meldung]');
  button.hidden = false;
  button.addEventListener('click', function () {
    if (!navigator.clipboard) {
      // No clipboard access (e.g. a page not served over HTTPS): select the text for the visitor to copy.
      window.getSelection().selectAllChildren(text);
      message.textContent = 'Text markiert: bitte mit Strg+C (Mac: Cmd+C) kopieren.';
      return;
    }
    navigator.clipboard.writeText(text.textContent.trim()).then(
      function () { message.textContent = 'Kopiert.'; },
      function () { message.textContent = 'Kopieren nicht möglich: bitte den Text markieren und kopieren.'; }
    );
  });
})();

// Copy button for the suggested citation; without JavaScript (or clipboard access) the text stays selectable.
(function () {
  var button = document.querySelector('[data-kopieren]');
  if (!button || !navigator.clipboard) return;
  var text = document.getElementById(button.getAttribute('data-kopieren'));
  var message = document.querySelector('[data-kopieren-meldung]');
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(text.textContent.trim()).then(
      function () { message.textContent = 'Kopiert.'; },
      function () { message.textContent = 'Kopieren nicht möglich: bitte den Text markieren und kopieren.'; }
    );
  });
})();

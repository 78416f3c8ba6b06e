// Raqib's only script: no inline script anywhere (the CSP forbids it), so behaviour is attached here.
(function () {
  'use strict';

  // htmx requests carry the CSRF token the page was rendered with.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Forms with data-confirm ask first; the question is rendered in the page's language.
  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // Buttons with data-copy copy the text of the element with that id (a token or password shown once).
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.textContent.trim());
      button.classList.add('copied');
    }
  });
})();

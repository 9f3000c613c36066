// Enhancement only: the questionnaire works without it. Moves focus to the error summary when a
// page comes back with problems, so keyboard and screen reader users start there.
(function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();

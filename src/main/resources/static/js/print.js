// A print button needs JavaScript; without it the button stays hidden and the browser's own print works.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});

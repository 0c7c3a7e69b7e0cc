// A copy button needs JavaScript and the clipboard; without them it stays hidden and the text can be selected by hand.
document.querySelectorAll('[data-copy]').forEach(function (button) {
  if (!navigator.clipboard) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-copy') + '-copied');
    navigator.clipboard.writeText(field.value).then(function () {
      status.textContent = status.getAttribute('data-done');
    }, function () {
      field.select();
      status.textContent = status.getAttribute('data-failed');
    });
  });
});

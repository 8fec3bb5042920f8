// The print button of a case's written notice (inline handlers are forbidden by the content security policy).
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print-button');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});

// The print button of a service guide (inline handlers are forbidden by the content security policy).
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('guide-print');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});

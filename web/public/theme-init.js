// Kept outside the bundle and loaded synchronously: it must run before the first paint.
try {
  var theme = localStorage.getItem('greenroom-theme')
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme
} catch {
  // no storage (private mode, blocked): the system theme applies
}

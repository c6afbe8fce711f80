// Kept outside the bundle and loaded synchronously: it must run before the first paint.
try {
  var theme = localStorage.getItem('greenroom-theme')
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme
} catch {
  // no storage (private mode, blocked): the system theme applies
}

// A workspace page writes dates in the viewer's time zone (home's rows, a show, a proposal). The first use of Intl
// with the browser's zone finds and loads that zone (~65 ms, ~260 ms on a phone: ADR 058); made here, it runs while
// the app's script downloads and before anything but the boot line is painted, rather than in the page's first render.
if (location.pathname.indexOf('/w/') === 0) {
  try {
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(0)
  } catch {
    // no Intl: the pages format as they can
  }
}

// The first script of the strict-CSP test page (classic and synchronous, so it runs before any
// element is loaded): keeps every refusal the page's Content-Security-Policy reports, for the test
// to read. The event is composed, so refusals inside shadow roots reach the document too.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
  window.cspViolations.push(`${event.effectiveDirective} refused ${event.blockedURI || '?'} "${event.sample}"${where}`);
});

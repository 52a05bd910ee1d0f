// This page load's address, read when this module is first evaluated (with the entry's code): before the router
// starts and completes it ("#/overview" becomes "#/overview?unit=…"). What the tab remembers for its next load (the
// first view's requests, the charts' pictures) is kept under it, beside the address the view completes.
export const LOAD_ADDRESS = typeof location === 'undefined' ? '' : location.href

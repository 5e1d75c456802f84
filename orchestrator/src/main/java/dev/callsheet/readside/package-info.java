/**
 * The read side under {@code /api}: request views and timelines, media items, sources and dead
 * letters, served from the pipeline's state stores. A key another instance owns is fetched from
 * that instance; lists are gathered from every instance. Also the admin's decisions on waiting
 * requests, written as facts: through {@code /api/approvals} and through the one-tap link pages
 * under {@code /a/}.
 */
package dev.callsheet.readside;

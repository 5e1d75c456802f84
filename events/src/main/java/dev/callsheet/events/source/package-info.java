/**
 * Facts about the outside services themselves rather than any media item: a connection test, a
 * health check failing or passing again, an application update. They feed {@code GET /api/sources}.
 */
package dev.callsheet.events.source;

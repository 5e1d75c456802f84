/**
 * Plex Media Server, through its HTTP API: the server's identity, its library sections and their
 * folders, a scan of one folder, and the lookups (by file, by rating key, a show's episodes) that show
 * whether Plex has indexed an imported file and matched it to the right title. {@link
 * dev.callsheet.adapters.plex.PlexClient} is the entry point; Plex's JSON ({@code MediaContainer}
 * objects whose arrays are left out when empty) stays package-private and is translated to the {@code
 * Plex*} records here, where {@code Guid[]} entries become typed {@link dev.callsheet.adapters.plex.PlexIds}
 * and Plex's type words become enums with an explicit unknown value. {@link
 * dev.callsheet.adapters.plex.PlexNotifications} listens to the server's push channel (a websocket)
 * for the timeline and activity news that say when a lookup is worth making. PMS is closed source: what the
 * client relies on is what other clients of it read; what nobody has confirmed is said where it is
 * used.
 */
package dev.callsheet.adapters.plex;

/**
 * Plex Media Server webhooks (the JSON of the multipart {@code payload} part). A movie's or an
 * episode's {@code library.new} becomes a fact; playback, rating, device and admin events, and new
 * shows and seasons, are understood and ignored.
 */
package dev.callsheet.normalise.plex;

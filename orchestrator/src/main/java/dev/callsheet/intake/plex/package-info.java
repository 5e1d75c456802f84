/**
 * Plex Media Server webhooks (the JSON of the multipart {@code payload} part). Only a movie's
 * {@code library.new} becomes a fact; playback, rating, device and admin events are understood and
 * ignored, and series handling comes with the series issue.
 */
package dev.callsheet.intake.plex;

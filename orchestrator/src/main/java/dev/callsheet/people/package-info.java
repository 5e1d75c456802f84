/**
 * The people requests are for: a requester's Discord id and Telegram chat id, read from the Overseerr
 * (or Jellyseerr, Seerr) user's notification settings when the webhook left them out, in a consumer
 * group of its own, and remembered for a while per user so that Overseerr is not asked for the same
 * person at every request.
 */
package dev.callsheet.people;

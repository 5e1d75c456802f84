/**
 * Webhooks of the request managers Overseerr, Jellyseerr and Seerr, which share one webhook agent
 * and default template. Request notifications become request facts, issue notifications issue
 * activity, the test notification a source event.
 */
package dev.callsheet.normalise.overseerr;

/**
 * Notification settings ({@code callsheet.notifications.*}): the channel instances, each declared with
 * its keys or as an Apprise-style URL, the routes from events to channels, and the people. They are
 * read and checked once at start: a channel that cannot work, or a route or person naming one that
 * does not exist, stops the start with a message naming the key, never its secret.
 */
package dev.callsheet.notification;

/**
 * Notification settings ({@code callsheet.notifications.*}): the channel instances, each declared with
 * its keys or as an Apprise-style URL, the routes from events to channels, and the people. They are
 * read and checked once at start: a channel that cannot work, or a route or person naming one that
 * does not exist, stops the start with a message naming the key, never its secret.
 *
 * <p>The delivery side of notifications: renders each {@link dev.callsheet.events.command.SendNotification}
 * from its event's template, and sends it through the configured channel instance it names, each
 * instance with its own queue, pace and retries, so that a slow or backing-off channel delays only
 * itself. Every notice is kept in a durable delivery log (the compacted {@code notifications} topic),
 * written before its command is acknowledged and after each attempt, and read back at start: a notice
 * is never lost across a restart and never sent twice by a replayed command. Every attempt also
 * reaches the request's timeline as a {@link dev.callsheet.events.media.NotificationAttempt}. Which
 * notice goes to whom is the decider's; the channels reach the delivery side through {@link
 * dev.callsheet.notification.ChannelSettingsSource}.
 */
package dev.callsheet.notification;

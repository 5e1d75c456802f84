/**
 * Sending notices to the channels people read: Discord, Slack, Telegram, ntfy, Gotify, Pushover,
 * e-mail, Matrix and a signed JSON webhook. A {@link dev.callsheet.adapters.notify.NoticeChannel}
 * renders a channel-neutral {@link dev.callsheet.adapters.notify.Notice} in its channel's form, keeps
 * within the channel's length limits, and reads the channel's answer into a {@link
 * dev.callsheet.adapters.notify.Sent} or a {@link dev.callsheet.adapters.notify.DeliveryFailure}
 * that says whether and when to try again. Which notice goes to whom is decided elsewhere.
 */
package dev.callsheet.adapters.notify;

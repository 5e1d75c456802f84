package dev.callsheet.normalise;

/**
 * Which configured instance received a webhook.
 *
 * @param fourK whether that instance serves the 4K copies, so its media key gets {@code :4k}
 */
public record WebhookOrigin(String instance, boolean fourK) {}

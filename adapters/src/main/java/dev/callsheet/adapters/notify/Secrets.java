package dev.callsheet.adapters.notify;

import java.net.URI;

/** Showing a URL whose path ends in a secret (a webhook token) without the secret. */
final class Secrets {

    private Secrets() {}

    /** {@code https://discord.com/api/webhooks/123/***}; the query, which may hold more, left out. */
    static String lastPathSegmentHidden(URI url) {
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        int slash = path.lastIndexOf('/');
        String shown = slash < 0 ? "" : path.substring(0, slash + 1) + "***";
        return url.getScheme() + "://" + url.getRawAuthority() + shown;
    }
}

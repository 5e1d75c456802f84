package dev.callsheet.download;

import dev.callsheet.events.SourceKind;
import java.time.Duration;

/**
 * One configured download client instance to watch.
 *
 * @param kind its kind: the source of what the watcher writes
 * @param name the instance's configured name
 * @param service the client's name for messages ({@code qBittorrent})
 * @param url its base URL without credentials, safe to log
 * @param timeout how long one call to it may take ({@code callsheet.instances.<name>.timeout})
 */
record WatchedInstance(SourceKind kind, String name, String service, String url, Duration timeout, ClientJobs jobs) {

    @Override
    public String toString() {
        return service + " instance '" + name + "' at " + url;
    }
}

package dev.callsheet.download;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.download.report.DurationWords;
import dev.callsheet.download.report.JobDecision;
import dev.callsheet.download.report.JobListing;
import dev.callsheet.download.report.ReportRules;
import dev.callsheet.download.report.WatchedJob;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.WatcherObservation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Watches one download client instance, one poll at a time: reads its jobs, writes the reports the
 * rules decide, and remembers a report as sent only once it is written, so that a failed write is
 * decided again at the next poll. While the client cannot be read it backs off, and writes {@code
 * ClientUnreachable} once per kind of problem and {@code ClientReachable} once it can read it again.
 */
final class ClientWatcher {

    private static final Logger log = LoggerFactory.getLogger(ClientWatcher.class);

    private static final String REACHABLE = "reachable";

    private final WatchedInstance instance;
    private final DownloadsProperties settings;
    private final ReportRules rules;
    private final ObservationWriter writer;
    private final Clock clock;

    private final Map<String, WatchedJob> known = new HashMap<>();
    private int failures;
    // The kind of problem of the current run of failed reads; null while reads succeed.
    private String problem;
    // What the source's status shows as far as this watcher wrote it: REACHABLE or a kind of problem.
    // Null until the first write, so that the first good read clears a problem left by an earlier run.
    private String shown;
    private boolean writesFailing;

    ClientWatcher(WatchedInstance instance, DownloadsProperties settings, ObservationWriter writer, Clock clock) {
        this.instance = instance;
        this.settings = settings;
        this.rules = settings.rules(instance.service());
        this.writer = writer;
        this.clock = clock;
    }

    WatchedInstance instance() {
        return instance;
    }

    /** One poll; answers how long to wait before the next. */
    Duration poll() {
        JobListing listing;
        try {
            listing = instance.jobs()
                    .read()
                    .timeout(readLimit(), Mono.error(this::tooSlow))
                    .block();
        } catch (RuntimeException e) {
            return stopping(e) ? settings.pollBusy() : unreadable(e);
        }
        if (problem != null) {
            log.info("{} instance '{}' can be read again", instance.service(), instance.name());
        }
        problem = null;
        failures = 0;
        if (!REACHABLE.equals(shown)) {
            if (!write(new WatcherObservation.ClientReachable())) {
                return settings.pollBusy();
            }
            shown = REACHABLE;
        }
        boolean written = report(listing, clock.instant());
        return written && !listing.busy() ? settings.pollIdle() : settings.pollBusy();
    }

    /**
     * Writes each job's reports in order and takes on what the rules remember of it once all are
     * written. After the first failed write nothing more is written this poll; jobs with unwritten
     * reports keep their old memory, so the next poll decides those reports again.
     */
    private boolean report(JobListing listing, Instant now) {
        boolean written = true;
        for (JobDecision decision : rules.decide(Map.copyOf(known), listing, now)) {
            boolean sent = decision.reports().isEmpty() || (written && writeAll(decision.reports()));
            if (sent && decision.after() == null) {
                known.remove(decision.jobId());
            } else if (sent) {
                known.put(decision.jobId(), decision.after());
            }
            written &= sent;
        }
        return written;
    }

    private boolean writeAll(List<ClientReport> reports) {
        for (ClientReport report : reports) {
            if (!write(new WatcherObservation.JobChanged(report))) {
                return false;
            }
            log.debug(
                    "{} instance '{}': {} {}",
                    instance.service(),
                    instance.name(),
                    report.change(),
                    report.downloadId());
        }
        return true;
    }

    private Duration unreadable(RuntimeException e) {
        failures++;
        Duration retryIn = settings.backoff(failures);
        String kind = e instanceof AdapterFailure failure
                ? failure.kind().name()
                : e.getClass().getName();
        boolean news = !kind.equals(shown);
        String why = (e instanceof AdapterFailure ? e.getMessage() : instance + " could not be read: " + e)
                + (news && e instanceof AdapterFailure failure && failure.kind() == AdapterFailure.Kind.UNREADABLE
                        ? versionNote()
                        : "")
                + "; retrying in " + DurationWords.of(retryIn);
        if (!kind.equals(problem) && e instanceof AdapterFailure) {
            log.warn("{} instance '{}': {}", instance.service(), instance.name(), why);
        } else if (!kind.equals(problem)) {
            // Not the client's answer but a bug here: its trace is worth a look.
            log.warn("{} instance '{}': {}", instance.service(), instance.name(), why, e);
        }
        problem = kind;
        if (news && write(new WatcherObservation.ClientUnreachable(why))) {
            shown = kind;
        }
        return retryIn;
    }

    /**
     * The client's version for the message of an answer that cannot be read, asked only when that
     * message is about to be shown: the admin must tell a version Callsheet does not read yet from a
     * proxy's page.
     */
    private String versionNote() {
        String version;
        try {
            version = instance.jobs().version().timeout(readLimit()).block();
        } catch (RuntimeException e) {
            version = null;
        }
        return " (" + instance.service() + " version " + (version == null || version.isBlank() ? "not known" : version)
                + ")";
    }

    private boolean write(WatcherObservation observation) {
        try {
            writer.write(instance.kind(), instance.name(), observation);
        } catch (RuntimeException e) {
            if (!writesFailing && !stopping(e)) {
                log.warn(
                        "{} instance '{}': could not write to inbound, trying again at the next poll: {}",
                        instance.service(),
                        instance.name(),
                        e.getMessage());
            }
            writesFailing = true;
            return false;
        }
        if (writesFailing) {
            log.info("{} instance '{}': writing to inbound again", instance.service(), instance.name());
            writesFailing = false;
        }
        return true;
    }

    // A backstop only: every call is bounded by the client's timeouts, and a read makes at most three
    // calls in a row (qBittorrent: the refused call, the login, the call again).
    private Duration readLimit() {
        return instance.timeout().multipliedBy(4);
    }

    private AdapterFailure tooSlow() {
        return new AdapterFailure(
                AdapterFailure.Kind.UNREACHABLE,
                "%s at %s did not answer within %s"
                        .formatted(instance.service(), instance.url(), DurationWords.of(readLimit())),
                null);
    }

    /** Whether the failure is the application stopping the watcher's thread, not the client's or the broker's. */
    private static boolean stopping(Throwable failure) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }
}

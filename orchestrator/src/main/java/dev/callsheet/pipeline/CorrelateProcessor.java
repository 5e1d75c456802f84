package dev.callsheet.pipeline;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.MediaKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Finds the media item of each download client report, keyed by download id ({@code
 * download:9F1C2A7B…}). Keeps the {@code download-index} (download id → media key, from the keyed
 * facts that name a download) and writes each report of an indexed download to {@code events} as a
 * {@code DownloadReported} fact. A report that comes before its grab (qBittorrent's "added" often
 * does) is held, in arrival order, until the grab's entry comes. A download whose first held report
 * has waited {@code hold-for}, or that would hold more than {@code max-held} reports, is recorded in
 * {@code unknown-downloads} with all its held reports instead; its later reports update that record
 * until an entry comes. Nothing is dropped unseen.
 */
final class CorrelateProcessor implements Processor<String, DownloadInput, String, Envelope> {

    private static final Duration LONGEST_CHECK = Duration.ofMinutes(1);

    private final PipelineProperties settings;
    private ProcessorContext<String, Envelope> context;
    private KeyValueStore<String, MediaKey> index;
    private KeyValueStore<String, HeldReports> held;
    private KeyValueStore<String, UnknownDownload> unknown;

    CorrelateProcessor(PipelineProperties settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Envelope> context) {
        this.context = context;
        this.index = context.getStateStore(StoreNames.DOWNLOAD_INDEX);
        this.held = context.getStateStore(StoreNames.HELD_DOWNLOADS);
        this.unknown = context.getStateStore(StoreNames.UNKNOWN_DOWNLOADS);
        Duration checkEvery = settings.holdFor().compareTo(LONGEST_CHECK) < 0 ? settings.holdFor() : LONGEST_CHECK;
        context.schedule(checkEvery, PunctuationType.WALL_CLOCK_TIME, this::expire);
    }

    @Override
    public void process(Record<String, DownloadInput> record) {
        switch (record.value()) {
            case DownloadInput.Indexed indexed -> indexed(record.key(), indexed.mediaKey(), record.timestamp());
            case DownloadInput.Reported reported -> reported(record.key(), reported.report(), record.timestamp());
        }
    }

    /** The latest fact naming a download wins; imports name it again, so an unchanged entry is not rewritten. */
    private void indexed(String key, MediaKey mediaKey, long timestamp) {
        if (!mediaKey.equals(index.get(key))) {
            index.put(key, mediaKey);
        }
        // Checked first: every import fact names its download again, and a delete is a changelog write.
        if (unknown.get(key) != null) {
            unknown.delete(key);
        }
        HeldReports waiting = held.get(key);
        if (waiting != null) {
            held.delete(key);
            waiting.reports().forEach(entry -> release(entry.report(), mediaKey, timestamp));
        }
    }

    private void reported(String key, UnkeyedReport report, long timestamp) {
        MediaKey known = index.get(key);
        if (known != null) {
            release(report, known, timestamp);
            return;
        }
        UnknownDownload recorded = unknown.get(key);
        if (recorded != null) {
            unknown.put(key, recorded.plus(report));
            return;
        }
        HeldReports waiting = held.get(key);
        if (waiting == null) {
            waiting = HeldReports.none();
        }
        if (waiting.holds(report)) {
            return;
        }
        var more = waiting.plus(report, context.currentSystemTimeMs());
        if (more.reports().size() > settings.maxHeld()) {
            recordUnknown(key, more);
        } else {
            held.put(key, more);
        }
    }

    /** Records as unknown every download whose first held report has waited {@code hold-for}. */
    private void expire(long now) {
        List<KeyValue<String, HeldReports>> all = new ArrayList<>();
        try (var iterator = held.all()) {
            iterator.forEachRemaining(all::add);
        }
        long holdFor = settings.holdFor().toMillis();
        for (var entry : all) {
            if (now - entry.value.since() >= holdFor) {
                recordUnknown(entry.key, entry.value);
            }
        }
    }

    private void recordUnknown(String key, HeldReports reports) {
        held.delete(key);
        var waited = reports.reports();
        var record = UnknownDownload.first(waited.getFirst().report());
        for (var entry : waited.subList(1, waited.size())) {
            record = record.plus(entry.report());
        }
        unknown.put(key, record);
    }

    private void release(UnkeyedReport report, MediaKey mediaKey, long timestamp) {
        context.forward(new Record<>(mediaKey.value(), report.keyed(mediaKey), timestamp));
    }
}

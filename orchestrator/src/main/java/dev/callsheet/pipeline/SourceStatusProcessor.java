package dev.callsheet.pipeline;

import dev.callsheet.events.command.Command;
import dev.callsheet.request.NoticeRoutes;
import dev.callsheet.source.HealthNotices;
import dev.callsheet.source.SourceObservation;
import dev.callsheet.source.SourceStatus;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds every delivery heard from a source into its {@link SourceStatus}, and forwards the admins'
 * notices its health getting worse asks for ({@link HealthNotices}), keyed as commands are.
 */
final class SourceStatusProcessor implements Processor<String, SourceObservation, String, Command> {

    private final NoticeRoutes routes;
    private KeyValueStore<String, SourceStatus> statuses;
    private ProcessorContext<String, Command> context;

    SourceStatusProcessor(NoticeRoutes routes) {
        this.routes = routes;
    }

    @Override
    public void init(ProcessorContext<String, Command> context) {
        this.context = context;
        statuses = context.getStateStore(StoreNames.SOURCES);
    }

    @Override
    public void process(Record<String, SourceObservation> record) {
        var seen = record.value();
        var current = statuses.get(seen.statusKey());
        var status = current == null ? SourceStatus.first(seen.source(), seen.instance()) : current;
        var heard = status.heard(seen);
        statuses.put(seen.statusKey(), heard);
        for (var notice : HealthNotices.after(status, heard, seen.deliveryId(), routes)) {
            context.forward(record.withKey(notice.key()).<Command>withValue(notice));
        }
    }
}

package dev.callsheet.pipeline.watch;

import dev.callsheet.pipeline.failure.FailedRecords;
import dev.callsheet.pipeline.progress.PartitionOffsets;
import dev.callsheet.pipeline.progress.ProgressRules;
import dev.callsheet.pipeline.progress.TaskProgress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * Samples the pipeline's Streams tasks every {@code callsheet.pipeline.watch-interval} on a thread of
 * its own, so that a pipeline whose stream threads keep dying is still watched. The tasks are those
 * of the whole application (of every instance, when several run): the offsets are the consumer
 * group's, and a task stuck anywhere holds up the media items whose facts it carries.
 */
public class PipelineWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PipelineWatch.class);

    private final StreamsBuilderFactoryBean streams;
    private final OffsetSampler sampler;
    private final FailedRecords failures;
    private final PipelineWatchProperties settings;
    private final Clock clock;
    private ScheduledExecutorService thread;
    private Map<String, Set<TopicPartition>> tasks = Map.of();
    private Map<String, TaskProgress> progress = Map.of();
    private volatile PipelineReport report;

    PipelineWatch(
            StreamsBuilderFactoryBean streams,
            OffsetSampler sampler,
            FailedRecords failures,
            PipelineWatchProperties settings,
            Clock clock) {
        this.streams = streams;
        this.sampler = sampler;
        this.failures = failures;
        this.settings = settings;
        this.clock = clock;
        this.report = new PipelineReport(null, "NOT_STARTED", List.of(), List.of(), failures.counts());
    }

    public PipelineReport report() {
        return report;
    }

    void watch() {
        try {
            var now = clock.instant();
            var kafkaStreams = streams.getKafkaStreams();
            var state =
                    kafkaStreams == null ? "NOT_STARTED" : kafkaStreams.state().name();
            sample(now);
            var troubles =
                    ProgressRules.judge(progress, failures.recentThreadFailures(), now, settings.stallAfter()).stream()
                            .map(TroubleView::of)
                            .toList();
            logChanges(troubles);
            report = new PipelineReport(now, state, troubles, taskReports(), failures.counts());
        } catch (RuntimeException e) {
            // Never let one bad sample end the watch: its thread would not run again.
            log.warn("could not watch the pipeline", e);
        }
    }

    private void sample(Instant now) {
        try {
            progress = ProgressRules.evolve(progress, offsets(), now);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            // The broker may be away, which health says on its own; the last sample stays.
            log.debug("could not sample the pipeline's offsets: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void logChanges(List<TroubleView> troubles) {
        Set<String> known = report.troubles().stream().map(PipelineWatch::key).collect(Collectors.toSet());
        troubles.stream()
                .filter(trouble -> !known.contains(key(trouble)))
                .forEach(trouble -> log.error("pipeline in trouble: {}", trouble.summary()));
        if (troubles.isEmpty() && !known.isEmpty()) {
            log.info("pipeline out of trouble: every task gets on with its work");
        }
    }

    private static String key(TroubleView trouble) {
        return trouble.kind() + " " + trouble.task();
    }

    private Map<String, List<PartitionOffsets>> offsets()
            throws ExecutionException, InterruptedException, TimeoutException {
        var topology = streams.getTopology();
        if (topology == null) {
            return Map.of();
        }
        String group = streams.getStreamsConfiguration().getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        var sources = PipelineTasks.sourceTopics(topology.describe(), group);
        var topics = sources.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        tasks = PipelineTasks.of(sources, sampler.partitionCounts(topics));
        var partitions = tasks.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        var sampled = sampler.sample(group, partitions);
        Map<String, List<PartitionOffsets>> byTask = new TreeMap<>();
        tasks.forEach((task, taskPartitions) -> byTask.put(
                task,
                taskPartitions.stream()
                        .map(sampled::get)
                        .sorted(Comparator.comparing(PartitionOffsets::partition))
                        .toList()));
        return byTask;
    }

    private List<PipelineReport.Task> taskReports() {
        var lastErrors = failures.lastErrors();
        List<PipelineReport.Task> reports = new ArrayList<>();
        tasks.forEach((task, partitions) -> {
            var known = progress.get(task);
            reports.add(new PipelineReport.Task(
                    task,
                    partitions.stream().map(TopicPartition::toString).sorted().toList(),
                    known == null ? List.of() : known.partitions(),
                    known == null ? 0 : known.lag(),
                    known == null ? null : known.lastProgressAt(),
                    known == null ? null : known.waitingSince(),
                    lastErrors.get(task)));
        });
        return reports;
    }

    @Override
    public void start() {
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var watcher = new Thread(runnable, "callsheet-pipeline-watch");
            watcher.setDaemon(true);
            return watcher;
        });
        long every = settings.watchInterval().toMillis();
        thread.scheduleWithFixedDelay(this::watch, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sampler.close();
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}

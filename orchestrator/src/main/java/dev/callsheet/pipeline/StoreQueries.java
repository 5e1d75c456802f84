package dev.callsheet.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Interactive queries on this instance's state stores. Blocking (RocksDB): call from {@code
 * boundedElastic}. {@link #owner} tells whether a key lives here or on another instance, so that
 * the API can route the query there when several instances run.
 */
@Component
public class StoreQueries {

    private final StreamsBuilderFactoryBean streams;

    StoreQueries(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    public <V> Optional<V> get(String storeName, String key) {
        return Optional.ofNullable(this.<V>store(storeName).get(key));
    }

    /** Every entry whose key starts with {@code prefix}, in key order. */
    public <V> List<V> prefixed(String storeName, String prefix) {
        var values = new ArrayList<V>();
        try (var iterator =
                this.<V>store(storeName).prefixScan(prefix, Serdes.String().serializer())) {
            iterator.forEachRemaining(entry -> values.add(entry.value));
        }
        return values;
    }

    /** Every entry of this instance's part of the store. */
    public <V> List<V> all(String storeName) {
        var values = new ArrayList<V>();
        try (var iterator = this.<V>store(storeName).all()) {
            iterator.forEachRemaining(entry -> values.add(entry.value));
        }
        return values;
    }

    /**
     * The instance that owns {@code key} in {@code storeName}, or empty when it is this one (or when
     * only one instance runs and no {@code application.server} is set).
     */
    public Optional<HostInfo> owner(String storeName, String key) {
        var kafkaStreams = running();
        var metadata =
                kafkaStreams.queryMetadataForKey(storeName, key, Serdes.String().serializer());
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            return Optional.empty();
        }
        var self = streams.getStreamsConfiguration() == null
                ? null
                : streams.getStreamsConfiguration()
                        .getProperty(org.apache.kafka.streams.StreamsConfig.APPLICATION_SERVER_CONFIG);
        var active = metadata.activeHost();
        return self == null || (active.host() + ":" + active.port()).equals(self)
                ? Optional.empty()
                : Optional.of(active);
    }

    /** The other instances that hold part of {@code storeName}; empty when only this one runs. */
    public List<HostInfo> otherHosts(String storeName) {
        var self = self();
        if (self == null) {
            return List.of();
        }
        return running().streamsMetadataForStore(storeName).stream()
                .map(metadata -> metadata.hostInfo())
                .filter(host -> !(host.host() + ":" + host.port()).equals(self))
                .distinct()
                .toList();
    }

    private String self() {
        var config = streams.getStreamsConfiguration();
        return config == null ? null : config.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG);
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String storeName) {
        return running()
                .store(StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.<String, V>keyValueStore()));
    }

    private KafkaStreams running() {
        var kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || !kafkaStreams.state().isRunningOrRebalancing()) {
            throw new InvalidStateStoreException("the pipeline is not running yet");
        }
        return kafkaStreams;
    }
}

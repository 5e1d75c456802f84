package dev.callsheet.pipeline;

import dev.callsheet.events.EventJson;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.core.JacksonException;

/**
 * Topic values and store values as JSON, through the one mapping in {@link EventJson}. A value over
 * {@link RecordSizes#PIPELINE_VALUE} is refused with {@link OversizedRecord}: a store's changelog
 * or a topic could not take it.
 */
public final class JsonSerde<T> implements Serde<T> {

    private final Class<T> type;

    private JsonSerde(Class<T> type) {
        this.type = type;
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(type);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            byte[] bytes = EventJson.mapper().writeValueAsBytes(value);
            if (bytes.length > RecordSizes.PIPELINE_VALUE) {
                throw new OversizedRecord(type.getSimpleName() + " for " + topic, bytes.length);
            }
            return bytes;
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return EventJson.mapper().readValue(bytes, type);
            } catch (JacksonException e) {
                throw new SerializationException("cannot read " + type.getSimpleName() + " from " + topic, e);
            }
        };
    }
}

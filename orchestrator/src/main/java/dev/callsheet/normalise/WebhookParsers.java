package dev.callsheet.normalise;

import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every source's parser, and which configured instance a delivery came through. */
public final class WebhookParsers {

    private final Map<SourceKind, WebhookParser> bySource = new EnumMap<>(SourceKind.class);
    private final InstanceProperties instances;

    public WebhookParsers(List<WebhookParser> parsers, InstanceProperties instances) {
        parsers.forEach(parser -> bySource.put(parser.source(), parser));
        this.instances = instances;
    }

    /**
     * @throws UnparseableWebhook when no parser exists for the source or the body is not its webhook
     */
    public ParsedWebhook parse(SourceKind source, String instance, byte[] body) throws UnparseableWebhook {
        var parser = bySource.get(source);
        if (parser == null) {
            throw new UnparseableWebhook("no parser for source " + source.id());
        }
        boolean fourK = instances
                .find(source, instance)
                .map(InstanceProperties.Instance::fourK)
                .orElse(false);
        return parser.parse(body, new WebhookOrigin(instance, fourK));
    }
}

package dev.callsheet.pipeline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Streams application.
 *
 * @param applicationServer this instance's {@code host:port} as the other instances reach its API;
 *     set it when several instances run, so that queries for keys another instance owns are routed
 *     there. Unset for a single instance.
 */
@ConfigurationProperties("callsheet.pipeline")
public record PipelineProperties(String applicationServer) {}

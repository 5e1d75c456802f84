/**
 * JMH benchmarks of the per-fact work the pipeline does on its own thread: parsing a webhook,
 * reading and writing a media item as JSON, and deciding. They are run by hand ({@code java -jar
 * benchmarks/target/benchmarks.jar}), never by the build, and their numbers are kept in {@code
 * docs/benchmarks.md} next to the Kafka Streams ceilings they are compared with.
 */
package dev.callsheet.benchmarks;

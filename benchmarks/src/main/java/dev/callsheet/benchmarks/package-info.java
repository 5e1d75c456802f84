/**
 * JMH benchmarks of the per-fact work the pipeline does on its own thread: parsing a webhook,
 * reading and writing a media item as JSON, and deciding. They are run by hand ({@code java -jar
 * benchmarks/target/benchmarks.jar}), never by the build, and their numbers are kept in {@code
 * docs/benchmarks.md} next to the Kafka Streams ceilings they are compared with. Each class sets
 * short defaults (one fork, 3 warm-up and 5 measured iterations of 2 s); on a 2-core machine shared
 * with builds the error bars are wide, so read {@code uptime} first and compare runs made alike.
 */
package dev.callsheet.benchmarks;

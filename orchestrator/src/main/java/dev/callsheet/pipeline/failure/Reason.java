package dev.callsheet.pipeline.failure;

/** An exception as one line: its type and message, bounded, for logs, dead letters and the API. */
final class Reason {

    /** Exception messages can quote whole inputs. */
    private static final int LIMIT = 500;

    private Reason() {}

    static String of(Throwable exception) {
        String message = exception.getMessage();
        String line =
                exception.getClass().getSimpleName() + (message == null ? "" : ": " + message.replaceAll("\\s+", " "));
        return line.length() <= LIMIT ? line : line.substring(0, LIMIT - 1) + "…";
    }
}

package dev.callsheet.adapters;

/** What a failure was caused by, looked for down its chain of causes: transports wrap what went wrong. */
public final class Causes {

    private Causes() {}

    /** Whether {@code error}, or anything it wraps, is a {@code type}. */
    public static boolean include(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

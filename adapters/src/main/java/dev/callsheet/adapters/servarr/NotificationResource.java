package dev.callsheet.adapters.servarr;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One item of {@code GET /api/v3/notification}: the {@code ProviderResource} both arrs share (name,
 * implementation, settings as {@code fields[]}) plus the event flags we read. Everything is optional:
 * only {@code implementation}, the flags and each field's {@code name} are always there, and nothing
 * here needs more. Sonarr v3 and every Radarr lack {@code onImportComplete}.
 */
record NotificationResource(
        String name,
        String implementation,
        String implementationName,
        List<Field> fields,
        Boolean onDownload,
        Boolean onUpgrade,
        Boolean onImportComplete,
        Set<Integer> tags) {

    /** The C# class name of Plex's connection; the arrs match it case-insensitively, and so do we. */
    static final String PLEX_SERVER = "PlexServer";

    /**
     * One setting: {@code name} is the C# property camel-cased, {@code value} whatever JSON it holds
     * (absent when null). The value may be a secret in clear (Radarr v3, Sonarr v3), so it is kept out
     * of {@link #toString()}.
     */
    record Field(String name, Object value) {

        @Override
        public String toString() {
            return "Field[name=" + name + "]";
        }
    }

    /** This connection as a Plex connection; empty for any other kind. */
    Optional<ArrPlexConnection> toPlexConnection() {
        if (!PLEX_SERVER.equalsIgnoreCase(implementation)) {
            return Optional.empty();
        }
        return Optional.of(new ArrPlexConnection(
                name,
                text(value("host")),
                number(value("port")),
                flag(value("useSsl")),
                flag(value("updateLibrary")),
                Boolean.TRUE.equals(onDownload),
                Boolean.TRUE.equals(onUpgrade),
                Boolean.TRUE.equals(onImportComplete),
                tags));
    }

    private Object value(String field) {
        return fields == null
                ? null
                : fields.stream()
                        .filter(candidate -> candidate != null && field.equals(candidate.name()))
                        .map(Field::value)
                        .filter(value -> value != null)
                        .findFirst()
                        .orElse(null);
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    // The arrs write an int setting as a number; a string of digits is read too, as they do themselves.
    private static Integer number(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text && text.strip().matches("\\d{1,5}")) {
            return Integer.valueOf(text.strip());
        }
        return null;
    }

    private static boolean flag(Object value) {
        return Boolean.TRUE.equals(value) || (value instanceof String text && text.equalsIgnoreCase("true"));
    }
}

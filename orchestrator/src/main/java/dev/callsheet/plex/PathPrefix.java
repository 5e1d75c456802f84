package dev.callsheet.plex;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Paths compared component by component: {@code /data/media} is a prefix of {@code /data/media/films}
 * but not of {@code /data/media-4k}. A backslash reads as a slash for the comparison only, and case
 * is ignored only for Windows-style paths (a drive letter or a UNC share), whose file systems ignore
 * it; Linux paths differ by case.
 */
final class PathPrefix {

    private static final Pattern WINDOWS = Pattern.compile("^([A-Za-z]:[\\\\/]|\\\\\\\\)");

    private PathPrefix() {}

    /** A path with a drive letter ({@code D:\Media}) or a UNC share ({@code \\nas\media}). */
    static boolean isWindows(String path) {
        return WINDOWS.matcher(path).find();
    }

    /** An absolute path of either style. */
    static boolean isAbsolute(String path) {
        return path.startsWith("/") || isWindows(path);
    }

    /**
     * What follows {@code prefix} in {@code path}, with {@code /} between its components: {@code ""}
     * when they name the same folder; empty when {@code prefix} is not a whole-component prefix of
     * {@code path}. Case is ignored when {@code prefix} is Windows-style.
     */
    static Optional<String> remainder(String prefix, String path) {
        String base = trimmed(slashed(prefix));
        String full = slashed(path);
        boolean ignoreCase = isWindows(prefix);
        if (base.isEmpty()) {
            // The root "/" contains every absolute Linux path.
            return full.startsWith("/") ? Optional.of(trimmed(full.substring(1))) : Optional.empty();
        }
        if (!full.regionMatches(ignoreCase, 0, base, 0, base.length())) {
            return Optional.empty();
        }
        String rest = full.substring(base.length());
        if (rest.isEmpty() || rest.equals("/")) {
            return Optional.of("");
        }
        return rest.startsWith("/") ? Optional.of(trimmed(rest.substring(1))) : Optional.empty();
    }

    /** {@code folder} with {@code rest} (components joined by {@code /}) appended in the folder's own style. */
    static String join(String folder, String rest) {
        String separator = isWindows(folder) ? "\\" : "/";
        String base = folder.length() > 1 && (folder.endsWith("/") || folder.endsWith("\\"))
                ? folder.substring(0, folder.length() - 1)
                : folder;
        if (rest.isEmpty()) {
            return base;
        }
        return (base.endsWith(separator) ? base : base + separator) + rest.replace("/", separator);
    }

    /** The folder that holds {@code file}, in the file's own style; the file itself when it has no parent. */
    static String parent(String file) {
        int cut = isWindows(file) ? Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) : file.lastIndexOf('/');
        if (cut < 0) {
            return file;
        }
        // Keep the root of "D:\film.mkv" ("D:\") and of "/film.mkv" ("/").
        boolean root = cut == 0 || (isWindows(file) && cut == 2 && file.charAt(1) == ':');
        return file.substring(0, root ? cut + 1 : cut);
    }

    /** How many components {@code path} has: the deeper of two prefixes of a path has more. */
    static int depth(String path) {
        String trimmed = trimmed(slashed(path));
        return (int) trimmed.chars().filter(c -> c == '/').count() + (trimmed.isEmpty() ? 0 : 1);
    }

    private static String slashed(String path) {
        return path.replace('\\', '/');
    }

    private static String trimmed(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}

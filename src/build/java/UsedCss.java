import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Writes the part of Bootstrap's CSS that the pages use, at package time (the pom runs it with {@code java
 * UsedCss.java}, from the JDK alone, offline).
 *
 * <p>Usage: {@code java UsedCss.java <bootstrap webjar> <entry in it> <output css> <folder or file>...}: every
 * word that appears in the given templates, scripts and sources counts as used (the way PurgeCSS reads
 * content); a rule is kept when one of its selectors names only used classes (classes inside {@code :not()}
 * do not count: such a selector matches whether they are used or not) and no unused {@code data-bs-}
 * attribute. Rules without classes (elements, {@code :root}), fonts and keyframes are kept whole, as is the
 * licence comment; an at-rule left empty is dropped.
 */
public final class UsedCss {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern CLASS = Pattern.compile("\\.(-?[_A-Za-z][_A-Za-z0-9-]*)");
    private static final Pattern BS_ATTRIBUTE = Pattern.compile("\\[(data-bs-[a-z-]+)");

    private final Set<String> words;

    private UsedCss(Set<String> words) {
        this.words = words;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: UsedCss <webjar> <entry> <output> <content>...");
        }
        String css;
        try (ZipFile jar = new ZipFile(args[0])) {
            var entry = jar.getEntry(args[1]);
            if (entry == null) {
                throw new IllegalArgumentException(args[1] + " is not in " + args[0]);
            }
            css = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> words = new HashSet<>();
        for (int i = 3; i < args.length; i++) {
            try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                files.filter(Files::isRegularFile).forEach(file -> collectWords(file, words));
            }
        }
        String used = new UsedCss(words).filter(withoutSourceMap(css));
        Path output = Path.of(args[2]);
        Files.createDirectories(output.getParent());
        Files.writeString(output, used, StandardCharsets.UTF_8);
        System.out.printf(
                "UsedCss: %s, %,d of %,d bytes of %s (%d words read)%n",
                output, used.length(), css.length(), args[1], words.size());
    }

    private static void collectWords(Path file, Set<String> words) {
        try {
            Matcher m = WORD.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                words.add(m.group());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The map is not served, so the comment that points to it goes. */
    private static String withoutSourceMap(String css) {
        return css.replaceAll("/\\*# sourceMappingURL=[^*]*\\*/\\s*$", "");
    }

    /** The rules of {@code css} (a sheet, or an at-rule's block) that are used. */
    private String filter(String css) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (css.startsWith("/*", i)) {
                int end = css.indexOf("*/", i) + 2;
                if (css.startsWith("/*!", i)) {
                    out.append(css, i, end).append('\n');
                }
                i = end;
            } else {
                int brace = next(css, i, '{');
                int semicolon = next(css, i, ';');
                if (semicolon >= 0 && (brace < 0 || semicolon < brace)) {
                    out.append(css, i, semicolon + 1); // @charset, @import
                    i = semicolon + 1;
                    continue;
                }
                int close = closing(css, brace);
                String prelude = css.substring(i, brace).trim();
                String body = css.substring(brace + 1, close);
                if (prelude.startsWith("@media") || prelude.startsWith("@supports") || prelude.startsWith("@container")
                        || prelude.startsWith("@layer")) {
                    String inner = filter(body);
                    if (!inner.isEmpty()) {
                        out.append(prelude).append('{').append(inner).append('}');
                    }
                } else if (prelude.startsWith("@")) {
                    out.append(prelude).append('{').append(body).append('}');
                } else {
                    List<String> kept = new ArrayList<>();
                    for (String selector : selectors(prelude)) {
                        if (used(selector)) {
                            kept.add(selector);
                        }
                    }
                    if (!kept.isEmpty()) {
                        out.append(String.join(",", kept)).append('{').append(body).append('}');
                    }
                }
                i = close + 1;
            }
        }
        return out.toString();
    }

    private boolean used(String selector) {
        String outsideNot = selector.replaceAll(":not\\((?:[^()]|\\([^()]*\\))*\\)", "");
        Matcher classes = CLASS.matcher(outsideNot.replaceAll("\\[[^\\]]*\\]", ""));
        while (classes.find()) {
            if (!words.contains(classes.group(1))) {
                return false;
            }
        }
        Matcher attributes = BS_ATTRIBUTE.matcher(outsideNot);
        while (attributes.find()) {
            if (!words.contains(attributes.group(1))) {
                return false;
            }
        }
        return true;
    }

    /** A selector list split at its top-level commas. */
    private static List<String> selectors(String prelude) {
        List<String> list = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < prelude.length(); i++) {
            char c = prelude.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                list.add(prelude.substring(start, i).trim());
                start = i + 1;
            }
        }
        list.add(prelude.substring(start).trim());
        return list;
    }

    /** The first {@code wanted} at or after {@code from} outside quoted text, or -1. */
    private static int next(String css, int from, char wanted) {
        return scan(css, from, wanted, false);
    }

    /** The brace that closes the one at {@code open}, past quoted text and nested blocks. */
    private static int closing(String css, int open) {
        int close = scan(css, open, '}', true);
        if (close < 0) {
            throw new IllegalStateException("unclosed block at " + open);
        }
        return close;
    }

    private static int scan(String css, int from, char wanted, boolean nested) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < css.length(); i++) {
            char c = css.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (nested && c == '{') {
                depth++;
            } else if (c == wanted && (!nested || --depth == 0)) {
                return i;
            }
        }
        return -1;
    }
}

package vn.dangvu.shared.jobs;

import java.util.Arrays;
import java.util.List;

/** The message a finished job shows: a message key and its arguments ("key:…" arguments are keys too). */
public record JobOutcome(String messageKey, List<String> arguments) {

    public static JobOutcome of(String messageKey, Object... arguments) {
        return new JobOutcome(
                messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}

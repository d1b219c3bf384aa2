package vn.dangvu.shared.jobs;

import java.util.Arrays;
import java.util.List;

/**
 * The message a finished job shows: a message key and its arguments ("key:…" arguments are keys too;
 * "num:…" ones are whole numbers, shown as the user's language writes them, 20.000), and the page of what
 * it produced, if any (a checked import's preview, the list it wrote to), or the file it produced (an
 * export), which the job's page offers to download.
 */
public record JobOutcome(String messageKey, List<String> arguments, String resultPath, JobFile file) {

    public JobOutcome(String messageKey, List<String> arguments, String resultPath) {
        this(messageKey, arguments, resultPath, null);
    }

    public static JobOutcome of(String messageKey, Object... arguments) {
        return new JobOutcome(
                messageKey, Arrays.stream(arguments).map(JobOutcome::argument).toList(), null);
    }

    /** An argument as the job's row keeps it, text. */
    static String argument(Object argument) {
        return argument instanceof Integer || argument instanceof Long ? "num:" + argument : String.valueOf(argument);
    }

    /** The same outcome, linking to the page of what the job produced. */
    public JobOutcome linkedTo(String path) {
        return new JobOutcome(messageKey, arguments, path, file);
    }

    /** The same outcome, with a file for the job's starter to download from the job's page. */
    public JobOutcome withFile(JobFile produced) {
        return new JobOutcome(messageKey, arguments, resultPath, produced);
    }
}

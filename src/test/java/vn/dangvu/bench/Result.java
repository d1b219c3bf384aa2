package vn.dangvu.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The measurements of one page: latency percentiles, throughput, SQL statements per request. */
record Result(
        String page,
        String role,
        long budgetMs,
        int requests,
        int errors,
        double p50,
        double p95,
        double max,
        double rps,
        int minStatements,
        int maxStatements) {

    /**
     * @param samples the requests of users who pause between clicks: the latencies
     * @param saturated the requests of the same users without pauses, taking {@code wallNanos}: the req/s
     */
    static Result of(
            String page,
            String role,
            long budgetMs,
            List<Client.Sample> samples,
            List<Client.Sample> saturated,
            long wallNanos) {
        double[] ms =
                samples.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        int errors = (int) Stream.concat(samples.stream(), saturated.stream())
                .filter(s -> s.status() != 200)
                .count();
        int min = samples.stream().mapToInt(Client.Sample::statements).min().orElse(-1);
        int max = samples.stream().mapToInt(Client.Sample::statements).max().orElse(-1);
        double seconds = wallNanos / (double) TimeUnit.SECONDS.toNanos(1);
        return new Result(
                page,
                role,
                budgetMs,
                samples.size(),
                errors,
                percentile(ms, 50),
                percentile(ms, 95),
                ms[ms.length - 1],
                saturated.size() / seconds,
                min,
                max);
    }

    /** The budget of issue 9: the p95 for pages, every request for the export. */
    boolean withinBudget() {
        return errors == 0 && (page.endsWith("xlsx") ? max : p95) < budgetMs;
    }

    String statements() {
        return minStatements == maxStatements ? String.valueOf(minStatements) : minStatements + "–" + maxStatements;
    }

    String line() {
        return String.format(
                Locale.ROOT,
                "%-24s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  %6.1f req/s  %s statements  %d errors  %s",
                page,
                p50,
                p95,
                max,
                rps,
                statements(),
                errors,
                withinBudget() ? "within budget" : "OVER BUDGET");
    }

    /** The columns the table and the CSV share: requests, errors, p50, p95, max, req/s, SQL statements. */
    private String figures(String separator) {
        return String.format(
                Locale.ROOT,
                String.join(separator, "%d", "%d", "%.1f", "%.1f", "%.1f", "%.1f", "%s"),
                requests,
                errors,
                p50,
                p95,
                max,
                rps,
                statements());
    }

    static String table(List<Result> results) {
        StringBuilder table = new StringBuilder(
                "| page | as | requests | errors | p50 ms | p95 ms | max ms | req/s | SQL statements | budget | |\n"
                        + "|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Result r : results) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s < %d ms | %s |%n",
                    r.page,
                    r.role,
                    r.figures(" | "),
                    r.page.endsWith("xlsx") ? "each" : "p95",
                    r.budgetMs,
                    r.withinBudget() ? "ok" : "**over**"));
        }
        return table.toString();
    }

    static String csv(List<Result> results) {
        StringBuilder csv = new StringBuilder("page,requests,errors,p50_ms,p95_ms,max_ms,rps,statements\n");
        for (Result r : results) {
            csv.append(String.format(Locale.ROOT, "%s,%s%n", r.page, r.figures(",")));
        }
        return csv.toString();
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}

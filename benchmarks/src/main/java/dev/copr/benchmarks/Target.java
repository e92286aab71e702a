package dev.copr.benchmarks;

/**
 * A ratio the project promises (issue 21), with its bound: at most the bound for times, at least
 * the bound for throughput.
 *
 * @param name what is compared, e.g. {@code plain GET, time ours/raw}
 * @param ratio the median, lowest and highest ratio of the interleaved rounds
 * @param atMost whether the ratio must stay at or below the bound (else at or above it)
 * @param bound the bound the median must meet
 */
record Target(String name, GetThroughput.Ratio ratio, boolean atMost, double bound) {

    /** Whether the median ratio meets the bound. */
    boolean met() {
        return atMost ? ratio.median() <= bound : ratio.median() >= bound;
    }

    @Override
    public String toString() {
        return String.format("%-52s %s %.2f   %-18s %s", name, atMost ? "<=" : ">=", bound, ratio,
                met() ? "met" : "MISSED");
    }
}

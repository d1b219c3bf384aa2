package vn.dangvu.dues.loading;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Dues recorded by the system (the demo district): rates, members' categories and whole months paid, each
 * month at its due by the ledger's own rules, with the audit entries the screens leave (one per member).
 */
public interface DuesLoader {

    /** A rate of a category from a day, as the rates page adds it (filling the time before a later one). */
    void addRate(String category, String rule, Integer basisPoints, Long amount, LocalDate validFrom, String note);

    /** Members' categories and bases, each from a month and still holding. */
    void assignAll(List<Assigned> assignments);

    record Assigned(long memberId, String category, Long base, YearMonth from) {}

    /** Whole months paid, each at its due: months {@code from} to {@code to} paid on {@code paidOn}. */
    void payAll(List<Paid> payments);

    record Paid(long memberId, YearMonth from, YearMonth to, LocalDate paidOn, String channel, String reference) {}
}

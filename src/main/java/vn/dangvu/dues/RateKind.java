package vn.dangvu.dues;

/** A rate is a percent of the member's base, or a fixed amount a month. */
public enum RateKind {
    PERCENT,
    AMOUNT
}

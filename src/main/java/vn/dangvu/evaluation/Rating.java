package vn.dangvu.evaluation;

/** HTXSNV, HTTNV, HTNV, KHTNV, or not rated. */
public enum Rating {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL,
    NOT_RATED
}
